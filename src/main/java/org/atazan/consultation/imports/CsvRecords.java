package org.atazan.consultation.imports;

import org.atazan.kernel.BoundedReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.atazan.consultation.ImportLimits;
import org.atazan.kernel.BadInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** CSV rows with a header line, under the line, byte and row limits. */
final class CsvRecords implements RecordSource {
    private final BoundedReader text;
    private final CSVParser parser;
    private final Iterator<CSVRecord> rows;
    private final List<String> header;
    private final ImportLimits limits;
    private final String file;
    private long count;

    CsvRecords(InputStream in, ImportMapping mapping, ImportLimits limits, String file) {
        this.limits = limits;
        this.file = file;
        this.text = new BoundedReader(in, mapping.charset(), limits.bytes(), ImportLimits.BYTES, limits.lineChars(),
                ImportLimits.LINE_CHARS, file);
        try {
            this.parser = CSVFormat.DEFAULT.builder().setDelimiter(mapping.delimiter()).setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setTrim(true).get().parse(text);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw unreadable(e);
        }
        this.header = parser.getHeaderNames();
        if (header.isEmpty()) throw new BadInputException(file + " line 1: no header line naming the columns");
        this.rows = parser.iterator();
    }

    @Override
    public SourceRecord next() {
        long line = parser.getCurrentLineNumber() + 1;
        CSVRecord r;
        try {
            if (!rows.hasNext()) return null;
            r = rows.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw unreadable(e);
        }
        if (++count > limits.rows()) {
            throw new BadInputException(file + " line " + line + ": more than " + String.format("%,d", limits.rows())
                    + " rows (limit " + ImportLimits.ROWS + ")");
        }
        if (r.size() > header.size()) {
            throw new BadInputException(file + " line " + line + ": " + r.size() + " values for " + header.size() + " columns");
        }
        Map<String, String> values = new HashMap<>(header.size() * 2);
        for (int i = 0; i < r.size(); i++) values.put(header.get(i), r.get(i));
        return new SourceRecord(line, values);
    }

    private BadInputException unreadable(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t != t.getCause()) {
            if (t instanceof BadInputException b) return b;
            t = t.getCause();
        }
        if (t instanceof BadInputException b) return b;
        return new BadInputException(file + " line " + text.line() + ": not readable as CSV: "
                + String.valueOf(t.getMessage()).lines().findFirst().orElse(""));
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

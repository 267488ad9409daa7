package org.atazan.consultation.imports;

import org.atazan.consultation.ImportLimits;
import org.atazan.kernel.BadInputException;

import java.io.Closeable;
import java.io.InputStream;

/** The rows of an import file, read one at a time under {@link ImportLimits}. */
public interface RecordSource extends Closeable {

    /** The next row, or {@code null} at the end; bad input naming the line when the file cannot be read. */
    SourceRecord next();

    @Override
    void close();

    /** The rows of a file in the mapping's format ({@code csv} or {@code json}). */
    static RecordSource open(InputStream in, String format, ImportMapping mapping, ImportLimits limits, String file) {
        return switch (format) {
            case "csv" -> new CsvRecords(in, mapping, limits, file);
            case "json" -> new JsonRecords(in, mapping, limits, file);
            default -> throw new BadInputException("field format: '" + format + "' is not one of csv, json");
        };
    }
}

package org.atazan.systematization.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.atazan.kernel.BadInputException;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Consumer;

/**
 * A CSV file (RFC 4180, no header unless the caller skips one) read as a stream with its limits
 * checked while it is read: the file's size before anything, each physical line's length as it comes.
 * Every problem is a {@link BadInputException} naming the file and line.
 */
final class CsvInput {
    /** A row as read: its values and the line it starts on. */
    record Row(CSVRecord values, long line) {
        String get(int i) {
            return values.get(i);
        }

        int size() {
            return values.size();
        }
    }

    private CsvInput() {
    }

    static void read(Path file, long maxBytes, int maxLineChars, Consumer<Row> each) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new BadInputException(file + ": " + String.format("%,d", size) + " bytes, more than the limit of "
                        + String.format("%,d", maxBytes) + " (--max-bytes)");
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage());
        }
        if (Files.isDirectory(file)) throw new BadInputException(file + ": a directory, not a CSV file");
        try (LineBounded text = new LineBounded(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), maxLineChars, file);
             CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(text)) {
            Iterator<CSVRecord> rows = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord r;
                try {
                    if (!rows.hasNext()) break;
                    r = rows.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    Throwable cause = e.getCause() != null ? e.getCause() : e;
                    if (cause instanceof BadInputException b) throw b;
                    if (cause.getCause() instanceof BadInputException b) throw b;
                    throw new BadInputException(file + " line " + text.line + ": not readable as CSV (" + cause.getMessage() + ")");
                }
                each.accept(new Row(r, line));
            }
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** Counts lines and refuses one longer than the limit, or bytes that are not UTF-8. */
    private static final class LineBounded extends FilterReader {
        private final int max;
        private final Path file;
        long line = 1;
        private long chars;

        LineBounded(Reader in, int max, Path file) {
            super(in);
            this.max = max;
            this.file = file;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n;
            try {
                n = super.read(buf, off, len);
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new BadInputException(file + " line " + line + ": not UTF-8 text");
            }
            for (int i = off; i < off + n; i++) {
                if (buf[i] == '\n') {
                    line++;
                    chars = 0;
                } else if (++chars > max) {
                    throw new BadInputException(file + " line " + line + ": longer than " + String.format("%,d", max)
                            + " characters (--max-line)");
                }
            }
            return n;
        }
    }
}

package org.atazan.kernel;


import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * The text of an input file with its limits checked while it is read, never after: its bytes, and
 * (for CSV) the characters of each physical line. Bytes that are not text in the file's encoding,
 * and NUL characters, are refused with their line rather than replaced. A byte-order mark is dropped.
 * Each limit is named in the refusal by the setting that changes it.
 */
public final class BoundedReader extends Reader {
    private static final char NOT_TEXT = '\uFFFD';
    private final Reader in;
    private final Counting bytes;
    private final int maxLine;
    private final String lineLimit;
    private final String charsetName;
    private final String file;
    private long line = 1;
    private long lineChars;
    private boolean afterCr;
    private boolean started;

    /**
     * @param maxBytes  the most bytes read, named by {@code bytesLimit}
     * @param maxLine   the longest physical line, or 0 for no line limit (JSON: strings are bounded instead),
     *                  named by {@code lineLimit}
     */
    public BoundedReader(InputStream in, Charset charset, long maxBytes, String bytesLimit, int maxLine, String lineLimit,
                         String file) {
        this.bytes = new Counting(in, maxBytes, bytesLimit, file);
        // Replaced, then refused when the replacement is delivered: so the message names the exact line.
        this.in = new InputStreamReader(bytes, charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith(String.valueOf(NOT_TEXT)));
        this.maxLine = maxLine;
        this.lineLimit = lineLimit;
        this.charsetName = charset.name();
        this.file = file;
    }

    public long line() {
        return line;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = in.read(buf, off, len);
        if (n <= 0) return n;
        if (!started) {
            started = true;
            if (buf[off] == '\uFEFF') {
                System.arraycopy(buf, off + 1, buf, off, n - 1);
                n--;
            }
        }
        for (int i = off; i < off + n; i++) {
            char c = buf[i];
            if (c == '\n') {
                if (!afterCr) line++;
                afterCr = false;
                lineChars = 0;
            } else if (c == '\r') {
                line++;
                afterCr = true;
                lineChars = 0;
            } else {
                afterCr = false;
                if (c == 0) throw new BadInputException(file + " line " + line + ": a NUL character: a binary file, not text");
                if (c == NOT_TEXT) {
                    throw new BadInputException(file + " line " + line + ": not text in " + charsetName + " (a binary file, or"
                            + " text saved in another encoding)");
                }
                if (maxLine > 0 && ++lineChars > maxLine) {
                    throw new BadInputException(file + " line " + line + ": longer than " + String.format("%,d", maxLine)
                            + " characters (limit " + lineLimit + ")");
                }
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Counts the bytes read and refuses the one past the limit. */
    private static final class Counting extends InputStream {
        private final InputStream in;
        private final long max;
        private final String limit;
        private final String file;
        private long count;

        Counting(InputStream in, long max, String limit, String file) {
            this.in = in;
            this.max = max;
            this.limit = limit;
            this.file = file;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) add(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, (int) Math.min(len, max + 1 - count));
            if (n > 0) add(n);
            return n;
        }

        private void add(int n) {
            count += n;
            if (count > max) {
                throw new BadInputException(file + ": larger than " + String.format("%,d", max) + " bytes (limit "
                        + limit + ")");
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}

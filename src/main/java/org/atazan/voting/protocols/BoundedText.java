package org.atazan.voting.protocols;

import org.atazan.kernel.BadInputException;
import org.atazan.voting.ImportLimits;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The text of a CSV file, decoded from its bytes with every limit of {@link ImportLimits} checked
 * while it is read, so that no line, record or file larger than allowed is ever held in memory:
 * <ul>
 *   <li>bytes read from the stream (after unzipping) at most {@code csvBytes};</li>
 *   <li>characters of a physical line at most {@code lineChars};</li>
 *   <li>characters read for one record (whose quoted fields may span lines) at most {@code lineChars}
 *       plus the CSV parser's read-ahead: the parser calls {@link #startRecord()} before each record;</li>
 *   <li>bytes that are not text in the file's encoding (a binary file, or a windows-1251 file read as
 *       UTF-8) and NUL characters are refused with the line where they are, never replaced silently;</li>
 *   <li>a byte-order mark at the start is dropped, so that the first column's name is found.</li>
 * </ul>
 * Lines are counted as Commons CSV counts them: LF, CR LF and a lone CR each end one.
 */
final class BoundedText extends Reader {
    /** What the CSV parser may have read ahead of the record it is parsing (its buffer). */
    static final int READ_AHEAD = 8192;
    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ImportLimits limits;
    private final String file;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER);
    private long byteCount;
    private long line = 1;
    private long lineChars;
    private long recordChars;
    private boolean afterCr;
    private boolean started;
    private boolean eof;
    private boolean flushed;
    /** Bytes that cannot be decoded, met after the characters still in {@link #chars}. */
    private String undecodable;

    BoundedText(InputStream in, Charset charset, ImportLimits limits, String file) {
        this.in = in;
        this.charset = charset;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.limits = limits;
        this.file = file;
        bytes.flip();
        chars.flip();
    }

    /** The physical line of the next character (1 for the first). */
    long line() {
        return line;
    }

    /** Bytes read so far (after unzipping). */
    long bytesRead() {
        return byteCount;
    }

    /** The reader of the CSV is about to parse a record: its characters are counted from here. */
    void startRecord() {
        recordChars = 0;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) return 0;
        if (!chars.hasRemaining() && !fill()) return -1;
        if (!started) {
            started = true;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
                if (!chars.hasRemaining() && !fill()) return -1;
            }
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buf, off, n);
        count(buf, off, n);
        return n;
    }

    private void count(char[] buf, int off, int n) {
        int max = limits.lineChars();
        long chars = lineChars;
        boolean cr = afterCr;
        for (int i = off, end = off + n; i < end; i++) {
            char c = buf[i];
            if (c > '\r') { // the common case: one comparison, one count
                cr = false;
                if (++chars > max) throw lineTooLong(max);
            } else if (c == '\n') {
                if (!cr) line++;
                cr = false;
                chars = 0;
            } else if (c == '\r') {
                line++;
                cr = true;
                chars = 0;
            } else {
                cr = false;
                if (c == 0) throw new BadInputException(file + " line " + line + ": a NUL character: a binary file, not CSV text");
                if (++chars > max) throw lineTooLong(max);
            }
        }
        lineChars = chars;
        afterCr = cr;
        recordChars += n;
        if (recordChars > (long) max + READ_AHEAD) {
            throw new BadInputException(file + " line " + line + ": a record longer than " + String.format("%,d", max)
                    + " characters, its quoted fields spanning lines (limit atazan.limits.csv-line-chars)");
        }
    }

    private BadInputException lineTooLong(int max) {
        return new BadInputException(file + " line " + line + ": longer than " + String.format("%,d", max)
                + " characters (limit atazan.limits.csv-line-chars)");
    }

    /** Decodes the next characters; false at the end of the text. */
    private boolean fill() throws IOException {
        chars.clear();
        try {
            while (!flushed) {
                if (undecodable != null) {
                    if (chars.position() > 0) break; // first deliver what came before, so the line is exact
                    throw notText();
                }
                CoderResult r = decoder.decode(bytes, chars, eof);
                if (r.isError()) {
                    undecodable = hex(r.length());
                } else if (r.isOverflow()) {
                    break;
                } else if (eof) {
                    if (decoder.flush(chars).isOverflow()) break;
                    flushed = true;
                } else {
                    readBytes();
                }
            }
        } finally {
            chars.flip();
        }
        return chars.hasRemaining();
    }

    private void readBytes() throws IOException {
        bytes.compact();
        try {
            int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
                return;
            }
            bytes.position(bytes.position() + n);
            byteCount += n;
            if (byteCount > limits.csvBytes()) {
                throw new BadInputException(file + " line " + line + ": the CSV text is larger than "
                        + size(limits.csvBytes()) + " (unzipped; limit atazan.limits.csv-bytes)");
            }
        } finally {
            bytes.flip();
        }
    }

    private String hex(int length) {
        StringBuilder s = new StringBuilder(length == 1 ? "byte " : "bytes ");
        HexFormat h = HexFormat.of().withUpperCase();
        for (int i = 0; i < Math.min(length, 4); i++) {
            if (i > 0) s.append(' ');
            s.append("0x").append(h.toHexDigits(bytes.get(bytes.position() + i)));
        }
        return s.toString();
    }

    private BadInputException notText() {
        String encoding = charset.name();
        String hint = charset.equals(StandardCharsets.UTF_8)
                ? "a binary file, or text saved in another encoding (such as windows-1251); save it as UTF-8, or import it"
                  + " with a mapping that names its encoding"
                : "a binary file, or text in another encoding than the mapping's";
        return new BadInputException(file + " line " + line + ": not " + encoding + " text: " + undecodable
                + " cannot be read as " + encoding + "; " + hint);
    }

    private static String size(long bytes) {
        if (bytes % (1L << 30) == 0) return bytes / (1L << 30) + " GB";
        if (bytes % (1L << 20) == 0) return bytes / (1L << 20) + " MB";
        return String.format("%,d bytes", bytes);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

package org.atazan.voting.protocols;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The records of an RFC 4180 CSV text, read one at a time by the rules of Commons CSV's default format
 * (a field that starts with a quote is quoted, "" inside it is a quote, and it may hold delimiters and
 * line ends; any other field is taken as it stands). The fields of the current record are ranges of
 * one reused buffer, so that a column nobody reads (a long name, a URL) never becomes a String: on a
 * file of 100,000 stations that is most of the work of reading it.
 */
final class CsvRecords {
    private static final int EOF = -1;

    private final Reader in;
    private final char delimiter;
    /** What is read ahead of the record being parsed: at most {@link BoundedText#READ_AHEAD}. */
    private final char[] buf = new char[BoundedText.READ_AHEAD];
    private int pos;
    private int limit;
    private char[] text = new char[512];
    private int length;
    private int[] ends = new int[16];
    private int fields;
    /** Line ends read so far, as a text editor counts them (LF, CR LF and a lone CR each end one). */
    private long lines;

    CsvRecords(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** Line ends read so far: the record just read ended on line {@code lines()} (or at the end of the text). */
    long lines() {
        return lines;
    }

    /** Reads the next record; false at the end of the text. */
    boolean next() throws IOException {
        length = 0;
        fields = 0;
        int c = read();
        if (c == EOF) return false;
        while (true) {
            c = c == '"' ? quoted() : plain(c);
            endField();
            if (c == delimiter) {
                c = read();
                continue;
            }
            if (c == '\r' || c == '\n') lineEnd(c);
            return true;
        }
    }

    /**
     * A field without quotes, its first character read; returns the character after it. The field is
     * found in the read-ahead and copied at once, not character by character.
     */
    private int plain(int c) throws IOException {
        while (c != delimiter && c != '\n' && c != '\r' && c != EOF) {
            append((char) c);
            int from = pos;
            int end = from;
            char[] b = buf;
            char d = delimiter;
            while (end < limit) {
                char x = b[end];
                if (x == d || x == '\n' || x == '\r') break;
                end++;
            }
            append(b, from, end - from);
            pos = end;
            c = read();
        }
        return c;
    }

    /** A quoted field, its opening quote read; returns the character after its closing quote. */
    private int quoted() throws IOException {
        long start = lines + 1;
        while (true) {
            int c = read();
            if (c == EOF) {
                throw new IOException("(line " + start + ") the text ends inside the quoted field that starts there");
            }
            if (c == '"') {
                c = read();
                if (c != '"') {
                    // As Commons CSV: white space may follow the closing quote; anything else is an error.
                    while (c != delimiter && c != '\n' && c != '\r' && c != EOF) {
                        if (!Character.isWhitespace((char) c)) {
                            throw new IOException("(line " + (lines + 1) + ") a character between a closing quote and the delimiter");
                        }
                        c = read();
                    }
                    return c;
                }
            } else if (c == '\r' || c == '\n') {
                // Kept as written: a value spanning lines is the text between the quotes.
                append((char) c);
                lines++;
                if (c == '\r' && (pos < limit || fill()) && buf[pos] == '\n') append(buf[pos++]);
                continue;
            }
            append((char) c);
        }
    }

    private void lineEnd(int c) throws IOException {
        lines++;
        if (c == '\r') {
            if (pos == limit && !fill()) return;
            if (buf[pos] == '\n') pos++;
        }
    }

    private int read() throws IOException {
        if (pos == limit && !fill()) return EOF;
        return buf[pos++];
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) return false;
        pos = 0;
        limit = n;
        return true;
    }

    private void append(char c) {
        if (length == text.length) text = Arrays.copyOf(text, length * 2);
        text[length++] = c;
    }

    private void append(char[] from, int off, int n) {
        if (length + n > text.length) text = Arrays.copyOf(text, Math.max(text.length * 2, length + n));
        System.arraycopy(from, off, text, length, n);
        length += n;
    }

    /** True when field {@code i}, white space around it left out, is {@code s}. */
    boolean trimmedEquals(int i, String s) {
        if (s == null) return false;
        int k = start(i);
        int end = ends[i];
        while (k < end && text[k] <= ' ') k++;
        while (end > k && text[end - 1] <= ' ') end--;
        if (end - k != s.length()) return false;
        for (int j = 0; k < end; j++, k++) if (text[k] != s.charAt(j)) return false;
        return true;
    }

    private void endField() {
        if (fields == ends.length) ends = Arrays.copyOf(ends, fields * 2);
        ends[fields++] = length;
    }

    int size() {
        return fields;
    }

    boolean isSet(int i) {
        return i >= 0 && i < fields;
    }

    private int start(int i) {
        return i == 0 ? 0 : ends[i - 1];
    }

    String get(int i) {
        return new String(text, start(i), ends[i] - start(i));
    }

    /** True when the record is an empty line, or a line of white space only. */
    boolean blank() {
        return fields == 1 && blank(0);
    }

    /** True when field {@code i} is empty or white space only. */
    boolean blank(int i) {
        for (int k = start(i); k < ends[i]; k++) if (!Character.isWhitespace(text[k])) return false;
        return true;
    }

    /** Field {@code i} as a plain decimal integer, or Long.MIN_VALUE when it is not one (as {@link ProtocolReader#parseLong}). */
    long number(int i) {
        return number(text, start(i), ends[i]);
    }

    /** The characters from {@code k} to {@code end} as a plain decimal integer; Long.MIN_VALUE when they are not one. */
    static long number(char[] text, int k, int end) {
        while (k < end && text[k] == ' ') k++;
        while (end > k && text[end - 1] == ' ') end--;
        if (k == end) return Long.MIN_VALUE;
        boolean neg = text[k] == '-';
        if (neg || text[k] == '+') k++;
        if (k == end || end - k > 18) return Long.MIN_VALUE;
        long n = 0;
        for (; k < end; k++) {
            char c = text[k];
            if (c < '0' || c > '9') return Long.MIN_VALUE;
            n = n * 10 + (c - '0');
        }
        return neg ? -n : n;
    }

    List<String> toList() {
        List<String> out = new ArrayList<>(fields);
        for (int i = 0; i < fields; i++) out.add(get(i));
        return out;
    }
}

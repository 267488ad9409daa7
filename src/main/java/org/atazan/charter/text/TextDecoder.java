package org.atazan.charter.text;

import org.atazan.charter.CharterInputException;
import org.atazan.charter.CharterLimits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns uploaded bytes into lines of text while it reads them, refusing empty, binary and non-UTF-8
 * input with its line, and any line longer, any file with more lines or more characters than the
 * {@link CharterLimits} allow as soon as the limit is passed: a file of one 3 GB line costs one
 * line's worth of memory before it is refused. Line breaks are \n, \r\n or \r; a leading byte order
 * mark is dropped.
 */
final class TextDecoder {
    private static final int CHUNK = 64 * 1024;

    private final String source;
    private final CharterLimits limits;
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private long chars;
    private boolean first = true;
    private boolean afterCr;
    private boolean blank = true;

    private TextDecoder(String source, CharterLimits limits) {
        this.source = source;
        this.limits = limits;
    }

    /** The lines of a text, as {@code text.split("\r\n|\r|\n", -1)} would give them. */
    static List<String> lines(String source, InputStream in, CharterLimits limits) {
        return new TextDecoder(source, limits).read(in);
    }

    private List<String> read(InputStream in) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
        CharBuffer decoded = CharBuffer.allocate(CHUNK);
        long total = 0;
        boolean end = false;
        try {
            while (true) {
                if (!end) {
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) end = true;
                    else {
                        bytes.position(bytes.position() + n);
                        total += n;
                    }
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, decoded, end);
                take(decoded);
                if (result.isError()) throw problem("not UTF-8 text (invalid byte sequence)");
                bytes.compact();
                if (end && bytes.position() == 0) break;
            }
        } catch (IOException e) {
            throw new CharterInputException(source, "cannot read: " + e.getMessage());
        }
        decoder.flush(decoded);
        take(decoded);
        if (total == 0 || blank) throw new CharterInputException(source, 1, "empty file: no text to read");
        // The last line, empty after a final line break: a file of exactly the most lines is accepted.
        if (line.length() > 0 || lines.size() < limits.lines()) endLine();
        return lines;
    }

    /** Takes the decoded characters, line by line, checking each limit as it goes. */
    private void take(CharBuffer decoded) {
        decoded.flip();
        while (decoded.hasRemaining()) {
            char c = decoded.get();
            if (first) {
                first = false;
                if (c == '\uFEFF') continue;
            }
            if (c == '\n') {
                if (!afterCr) endLine();
                afterCr = false;
                continue;
            }
            afterCr = c == '\r';
            if (afterCr) {
                endLine();
                continue;
            }
            if (c == 0) throw problem("binary file (NUL byte), not text");
            if (++chars > limits.textChars()) {
                throw problem("more than " + number(limits.textChars()) + " characters of text (the limit, setting "
                        + CharterLimits.TEXT + ")");
            }
            if (line.length() >= limits.lineChars()) {
                throw problem("line longer than " + number(limits.lineChars()) + " characters (the limit, setting "
                        + CharterLimits.LINE + ")");
            }
            if (blank && !Character.isWhitespace(c)) blank = false;
            line.append(c);
        }
        decoded.clear();
    }

    private void endLine() {
        if (lines.size() >= limits.lines()) {
            throw new CharterInputException(source, lines.size() + 1, "more than " + number(limits.lines())
                    + " lines (the limit, setting " + CharterLimits.LINES + ")");
        }
        lines.add(line.toString());
        line.setLength(0);
    }

    private CharterInputException problem(String what) {
        return new CharterInputException(source, lines.size() + 1, what);
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}

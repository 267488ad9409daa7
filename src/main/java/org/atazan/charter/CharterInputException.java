package org.atazan.charter;

import org.atazan.kernel.BadInputException;

/**
 * Bad charter input: says what is wrong and where (file, line or XML element), so that a person can
 * fix the source. Nothing is stored when it is thrown.
 */
public class CharterInputException extends BadInputException {
    private final String source;
    private final int line;

    public CharterInputException(String source, int line, String problem) {
        super(format(source, line, problem));
        this.source = source;
        this.line = line;
    }

    public CharterInputException(String source, String problem) {
        this(source, 0, problem);
    }

    /** The file or upload name the problem was found in. */
    public String source() {
        return source;
    }

    /** The 1-based line, or 0 when the problem is not tied to one line. */
    public int line() {
        return line;
    }

    private static String format(String source, int line, String problem) {
        return (source == null ? "input" : source) + (line > 0 ? ":" + line : "") + ": " + problem;
    }
}

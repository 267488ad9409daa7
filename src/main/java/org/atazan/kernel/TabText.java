package org.atazan.kernel;

/**
 * A value in a tab-separated line as PostgreSQL's COPY text format and the platform's digests write
 * it: a backslash, TAB, CR or LF inside it written {@code \\}, {@code \t}, {@code \r}, {@code \n}.
 */
public final class TabText {
    private TabText() {
    }

    /** Appends {@code value} escaped to {@code line}; returns {@code line}. */
    public static StringBuilder append(StringBuilder line, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\r' -> line.append("\\r");
                case '\n' -> line.append("\\n");
                default -> line.append(c);
            }
        }
        return line;
    }
}

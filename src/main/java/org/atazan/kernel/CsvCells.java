package org.atazan.kernel;

/**
 * Text cells of a CSV export made safe to open in a spreadsheet (OWASP "CSV injection"): a text that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a TAB or a CR would be taken for a formula,
 * so it gets a leading single quote, which spreadsheets show as text and do not evaluate. Numbers are
 * written as numbers and never pass here, so a figure stays a figure.
 */
public final class CsvCells {
    private CsvCells() {
    }

    public static String text(String s) {
        if (s == null || s.isEmpty()) return s;
        return switch (s.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + s;
            default -> s;
        };
    }
}

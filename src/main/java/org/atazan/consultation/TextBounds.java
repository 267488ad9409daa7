package org.atazan.consultation;

import org.atazan.kernel.BadInputException;

/** Bounds on every text a person writes: refused with a message naming the field, never cut silently. */
public final class TextBounds {
    public static final int WORDING = 10_000;
    public static final int REASONS = 10_000;
    public static final int DISPLAY_NAME = 100;
    public static final int PUBLIC_REASON = 2_000;
    public static final int NOTE = 5_000;
    public static final int EXTERNAL_ID = 100;
    public static final int REGION = 64;

    private TextBounds() {
    }

    /** A required text: stripped, not empty, not longer than {@code max}. */
    public static String required(String field, String text, int max) {
        String s = optional(field, text, max);
        if (s.isEmpty()) throw new BadInputException("field " + field + ": empty; write some text");
        return s;
    }

    /** An optional text: stripped ("" when absent), not longer than {@code max}, no control characters. */
    public static String optional(String field, String text, int max) {
        if (text == null) return "";
        String s = text.strip();
        if (s.codePointCount(0, s.length()) > max) {
            throw new BadInputException("field " + field + ": " + s.codePointCount(0, s.length())
                    + " characters, at most " + max + " allowed");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f) {
                throw new BadInputException("field " + field + ": contains a control character at position " + (i + 1));
            }
        }
        return s;
    }

    /** An optional one-line text (names, ids): as {@link #optional} and without line breaks. */
    /** A one-line text that must be there. */
    public static String requiredLine(String field, String text, int max) {
        String s = line(field, text, max);
        if (s.isEmpty()) throw new BadInputException("field " + field + ": empty; write some text");
        return s;
    }

    public static String line(String field, String text, int max) {
        String s = optional(field, text, max);
        if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\t') >= 0) {
            throw new BadInputException("field " + field + ": must be one line");
        }
        return s;
    }
}

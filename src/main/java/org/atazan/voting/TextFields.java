package org.atazan.voting;

import org.atazan.kernel.BadInputException;

/**
 * The checks every text passes before it is stored: present where required, not longer than its
 * limit, and free of the NUL character (which PostgreSQL cannot keep in a text). Messages name the
 * field and show at most the start of the value, with control characters made visible.
 */
final class TextFields {
    /** How much of a refused value a message repeats. */
    static final int SHOWN = 40;

    private TextFields() {
    }

    /** A text that must be there: not null, not blank. */
    static String required(String where, String field, String value, int max) {
        if (value == null || value.isBlank()) throw new BadInputException(where + "field " + field + ": missing");
        return optional(where, field, value, max);
    }

    /** A text that may be left out (null), but when given fits its limit and holds no NUL. */
    static String optional(String where, String field, String value, int max) {
        if (value == null) return null;
        if (value.indexOf('\0') >= 0) {
            throw new BadInputException(where + "field " + field + ": contains a NUL character (\\u0000), which no text may hold: "
                    + shown(value));
        }
        if (value.length() > max) {
            throw new BadInputException(where + "field " + field + ": at most " + max + " characters, was " + value.length());
        }
        return value;
    }

    /** The start of a value for a message, quoted, control characters as \\uXXXX. */
    static String shown(String value) {
        if (value == null) return "null";
        StringBuilder b = new StringBuilder("'");
        int end = Math.min(value.length(), SHOWN);
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        if (value.length() > SHOWN) b.append('…');
        return b.append('\'').toString();
    }
}

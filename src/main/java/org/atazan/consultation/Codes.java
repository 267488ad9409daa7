package org.atazan.consultation;

import org.atazan.kernel.BadInputException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum values read from their lower-case codes ("partly-accepted"), with a message naming the field. */
final class Codes {
    private Codes() {
    }

    static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E of(Class<E> type, String field, String code) {
        if (code == null || code.isBlank()) {
            throw new BadInputException("field " + field + ": missing; one of " + list(type));
        }
        String name = code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) return e;
        }
        throw new BadInputException("field " + field + ": '" + shorten(code) + "' is not one of " + list(type));
    }

    private static <E extends Enum<E>> String list(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Codes::code).collect(Collectors.joining(", "));
    }

    /** Echoed input is cut short: a message never carries a whole oversized value back. */
    static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}

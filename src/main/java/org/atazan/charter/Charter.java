package org.atazan.charter;

import org.atazan.kernel.BadInputException;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * One constitution (or other basic law) followed through its versions.
 *
 * @param id      a short stable name used in addresses ("kz", "de-gg")
 * @param title   its title, as people call it (the fallback in any language)
 * @param country ISO 3166-1 alpha-2 code, lower case
 * @param titles  its title per language code, where known
 */
public record Charter(String id, String title, String country, Map<String, String> titles) {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern COUNTRY = Pattern.compile("[a-z]{2}");

    public Charter {
        requireId("charter id", id);
        if (title == null || title.isBlank()) throw new BadInputException("charter '" + id + "': title is empty");
        if (country == null || !COUNTRY.matcher(country).matches()) {
            throw new BadInputException("charter '" + id + "': country must be a two-letter ISO code, got '" + country + "'");
        }
        titles = titles == null ? Map.of() : Map.copyOf(titles);
    }

    public Charter(String id, String title, String country) {
        this(id, title, country, Map.of());
    }

    /** The title in a reader's language, or the default title. */
    public String title(String language) {
        String t = titles.get(language);
        return t == null || t.isBlank() ? title : t;
    }

    /** Checks a name used in addresses: lower-case letters, digits, '.', '_' and '-'. */
    static void requireId(String what, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new BadInputException(what + " '" + id + "' must be 1-64 characters: a-z, 0-9, '.', '_', '-'");
        }
    }
}

package org.atazan.charter;

import java.util.Locale;
import java.util.Optional;

/**
 * What another module adds to a version's page (where the version is in the public record, say), without
 * the charter knowing that module: each bean is asked for the version and the reader's language, and the
 * page shows every line it returns. The charter depends on no implementer.
 */
public interface VersionAddition {

    /** The line to show on the version's page, or empty for none. Texts are already in {@code locale}'s language. */
    Optional<Line> about(String charterId, String versionId, Locale locale);

    /**
     * @param text     the sentence shown
     * @param linkText the link's label
     * @param link     where it leads, relative to the site's root
     */
    record Line(String text, String linkText, String link) {
    }
}

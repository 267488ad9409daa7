package org.atazan.consultation;

import java.util.Locale;
import java.util.Optional;

/**
 * What another module adds to a proposal's page (where its decisions are in the public record, say),
 * without the consultation knowing that module: each bean is asked for the proposal and the reader's
 * language, and the page shows every line it returns. The consultation depends on no implementer.
 */
public interface ProposalAddition {

    /** The line to show on the proposal's page, or empty for none. Texts are already in {@code locale}'s language. */
    Optional<Line> about(String consultationId, String reference, Locale locale);

    /**
     * @param text     the sentence shown
     * @param linkText the link's label
     * @param link     where it leads, relative to the site's root
     */
    record Line(String text, String linkText, String link) {
    }
}

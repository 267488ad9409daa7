package org.atazan.commission;

import java.util.Locale;
import java.util.Optional;

/**
 * What another module adds under a closed vote on a meeting's page (where its result is in the public record,
 * say), without the commission knowing that module: each bean is asked for the vote and the reader's language,
 * and the page shows every line it returns. The commission depends on no implementer.
 */
public interface PollAddition {

    /** The line to show under vote {@code pollId} of meeting {@code meetingId}, or empty for none; in {@code locale}'s language. */
    Optional<Line> about(String meetingId, String pollId, Locale locale);

    /**
     * @param text     the sentence shown
     * @param linkText the link's label
     * @param link     where it leads, relative to the site's root
     */
    record Line(String text, String linkText, String link) {
    }
}

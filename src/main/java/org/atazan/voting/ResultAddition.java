package org.atazan.voting;

import java.util.List;
import java.util.Locale;

/**
 * What another module adds to a vote's result page for one unit (where each revision of a station's protocol,
 * or the published result, is in the public record, say), without voting knowing that module: each bean is
 * asked, and the page shows every line it returns. Voting depends on no implementer.
 */
public interface ResultAddition {

    /**
     * The lines to show for unit {@code unit} of vote {@code vote}.
     *
     * @param revisions how many revisions its protocol has (0: the unit has no protocol of its own)
     * @param national  whether the unit is the vote's whole territory (where a published result is shown)
     * @param locale    the reader's language: texts are returned in it
     */
    List<Line> about(String vote, String unit, int revisions, boolean national, Locale locale);

    /**
     * @param text     the sentence shown
     * @param linkText the link's label
     * @param link     where it leads, relative to the site's root; null for a state about to change (an entry
     *                 still being appended): the page then says so without a link, and is not kept as rendered
     */
    record Line(String text, String linkText, String link) {
        public static Line unsettled(String text) {
            return new Line(text, null, null);
        }

        public boolean settled() {
            return link != null;
        }
    }
}

package org.atazan.charter;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What another module adds to an article's page (the proposals about it, say), without the charter
 * knowing that module: each bean is asked for the article and the reader's language, and the page
 * shows every section it returns, in plain text with links. The charter depends on no implementer.
 */
public interface ArticleAddition {

    /** The section to show on the article's page, or empty for none. Texts are already in {@code locale}'s language. */
    Optional<Section> about(String charterId, String versionId, String articleNumber, Locale locale);

    /**
     * @param heading     the section's heading
     * @param summary     one line under the heading (a count, say), or ""
     * @param items       entries with their links (relative to the site's root)
     * @param actionLabel the label of the section's action button, or "" for none
     * @param actionLink  where the action leads
     */
    record Section(String heading, String summary, List<Item> items, String actionLabel, String actionLink) {
        public Section {
            items = List.copyOf(items);
        }
    }

    /** One entry: its text and where it leads. */
    record Item(String text, String link) {
    }
}

package org.atazan.systematization;

import java.util.List;
import java.util.Locale;

/**
 * Decisions of other modules that cite a topical cluster (an amendment that answers its proposals): shown on the
 * cluster's page, and they keep it whole, since a cited cluster merged into another would leave the decision citing
 * nothing. Implemented where those decisions live; this module knows none of them.
 */
public interface TopicCitations {

    /** What cites the cluster, in the reader's language; empty when nothing does. */
    List<Citation> citing(String consultationId, long topicId, Locale locale);

    /**
     * @param text what cites it, e.g. "Amendment A-3 of the Constitutional Commission to article 7: adopted"
     * @param path its page
     */
    record Citation(String text, String path) {
    }
}

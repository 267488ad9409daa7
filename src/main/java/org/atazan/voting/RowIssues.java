package org.atazan.voting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of a file that were left out (or kept with a warning), bounded: the first few are kept one by
 * one, in the order they were found, and all of them are counted, in total and by reason. Twenty
 * million bad rows make a report of a hundred rows and a handful of counts, not of gigabytes.
 */
public final class RowIssues {
    private final int keep;
    private final List<RowIssue> first = new ArrayList<>();
    private final Map<String, Long> byReason = new LinkedHashMap<>();
    private long total;

    /** @param keep how many rows to keep one by one */
    public RowIssues(int keep) {
        if (keep < 0) throw new IllegalArgumentException("keep must be >= 0, was " + keep);
        this.keep = keep;
    }

    /**
     * Counts a row.
     *
     * @param reason the kind of problem, from a small fixed set ("duplicate station", "not a whole
     *               number", a control relation): the key of the counts, never the row's own text
     */
    public void add(RowIssue issue, String reason) {
        if (first.size() < keep) first.add(issue);
        byReason.merge(reason, 1L, Long::sum);
        total++;
    }

    /** The first rows, in the order they were found (at most {@code keep}). */
    public List<RowIssue> first() {
        return Collections.unmodifiableList(first);
    }

    /** How many rows of each kind, in the order the kinds were first met. */
    public Map<String, Long> byReason() {
        return Collections.unmodifiableMap(byReason);
    }

    /** All rows counted. */
    public long total() {
        return total;
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** Whether rows were counted that {@link #first()} does not list. */
    public boolean truncated() {
        return total > first.size();
    }
}

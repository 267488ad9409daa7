package org.atazan.consultation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows left out, bounded: the first few kept one by one, all counted in total and by reason. */
final class SkippedRows {
    private final int keep;
    private final List<RowIssue> first = new ArrayList<>();
    private final Map<String, Long> byReason = new LinkedHashMap<>();
    private long total;

    SkippedRows(int keep) {
        this.keep = keep;
    }

    /** @param reason a kind from a small fixed set (never the row's own text): the key of the counts */
    void add(RowIssue issue, String reason) {
        if (first.size() < keep) first.add(issue);
        byReason.merge(reason, 1L, Long::sum);
        total++;
    }

    List<RowIssue> first() {
        return first;
    }

    Map<String, Long> byReason() {
        return byReason;
    }

    long total() {
        return total;
    }

    boolean truncated() {
        return total > first.size();
    }
}

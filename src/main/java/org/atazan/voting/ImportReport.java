package org.atazan.voting;

import java.util.List;
import java.util.Map;

/**
 * What a bulk protocol import did. Bounded whatever the file: the rows left out are listed up to a
 * limit ({@code atazan.limits.report-rows}) and all counted, in total and by reason.
 *
 * @param read             rows read under the header
 * @param added            protocols stored as new (revision 1)
 * @param unchanged        protocols already stored with the same figures (re-importing changes nothing)
 * @param skipped          the first rows left out and why (skip-invalid mode only), in the order found
 * @param skippedTotal     every row left out
 * @param skippedByReason  rows left out by kind of reason ("duplicate station", a control relation, ...)
 * @param skippedTruncated whether more rows were left out than {@code skipped} lists
 */
public record ImportReport(String file, String mode, long read, int added, int unchanged, int newTerritories,
                           List<RowIssue> skipped, long skippedTotal, Map<String, Long> skippedByReason,
                           boolean skippedTruncated, long millis) {

    public ImportReport {
        skipped = List.copyOf(skipped);
        skippedByReason = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(skippedByReason));
    }

    static ImportReport of(String file, String mode, long read, int added, int unchanged, int newTerritories,
                           RowIssues skipped, long millis) {
        return new ImportReport(file, mode, read, added, unchanged, newTerritories, skipped.first(), skipped.total(),
                skipped.byReason(), skipped.truncated(), millis);
    }
}

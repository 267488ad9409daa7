package org.atazan.consultation;

import java.util.List;
import java.util.Map;

/**
 * What an import did. Bounded whatever the file: the rows left out are listed up to a limit
 * ({@code atazan.limits.report-rows}) and all counted, in total and by reason.
 *
 * @param read             rows read
 * @param added            rows stored (new proposals, or status changes for an answers file)
 * @param unchanged        rows already stored as they are (importing the same file again changes nothing)
 * @param skipped          the first rows left out and why, in file order (skip-invalid mode only)
 * @param skippedTotal     every row left out
 * @param skippedByReason  rows left out by kind of reason
 * @param skippedTruncated whether more rows were left out than {@code skipped} lists
 * @param digest           SHA-256 of what was added ({@link ProposalsImported#digest}), for proposals
 */
public record ImportReport(String file, String mapping, String mode, long read, int added, int unchanged,
                           List<RowIssue> skipped, long skippedTotal, Map<String, Long> skippedByReason,
                           boolean skippedTruncated, String digest) {
    public ImportReport {
        skipped = List.copyOf(skipped);
        skippedByReason = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(skippedByReason));
    }
}

package org.atazan.voting;


import java.util.List;

/**
 * What a bulk protocol import did.
 *
 * @param added     protocols stored as new (revision 1)
 * @param unchanged protocols already stored with the same figures (re-importing changes nothing)
 * @param skipped   every row left out and why (skip-invalid mode only)
 */
public record ImportReport(String file, String mode, int read, int added, int unchanged, int newTerritories,
                           List<RowIssue> skipped, long millis) {
}

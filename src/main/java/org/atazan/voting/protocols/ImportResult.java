package org.atazan.voting.protocols;

import org.atazan.voting.Protocol;
import org.atazan.voting.RowIssues;
import org.atazan.voting.Territory;

import java.util.List;

/**
 * What a protocol import produced.
 *
 * @param territories country, regions, districts and stations, parents before children
 * @param lines       the line of the file each protocol came from, in the order of {@code protocols}
 * @param skipped     rows left out, the first ones with their reason, all counted (none in strict mode)
 * @param warnings    rows kept although they break a control relation (tolerant mode only), the same way
 */
public record ImportResult(String title, List<Territory> territories, List<Protocol> protocols, long[] lines,
                           RowIssues skipped, RowIssues warnings) {

    /** The line of the file the {@code index}-th protocol came from. */
    public long line(int index) {
        return lines[index];
    }
}

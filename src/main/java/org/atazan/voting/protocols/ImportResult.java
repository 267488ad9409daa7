package org.atazan.voting.protocols;

import org.atazan.voting.RowIssue;
import org.atazan.voting.Protocol;
import org.atazan.voting.Territory;

import java.util.List;

/**
 * What a protocol import produced.
 *
 * @param territories country, regions, districts and stations, parents before children
 * @param skipped     rows left out, each with its reason (empty in strict mode)
 * @param warnings    rows kept although they break a control relation (tolerant mode only)
 */
public record ImportResult(String title, List<Territory> territories, List<Protocol> protocols,
                           List<RowIssue> skipped, List<RowIssue> warnings) {
}

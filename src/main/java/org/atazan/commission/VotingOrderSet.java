package org.atazan.commission;

import java.time.Instant;
import java.util.List;

/** A body set the order in which the competing amendments to one article are voted, first voted first. */
public record VotingOrderSet(String bodyId, String charterId, String versionId, String article, List<String> order, Instant at,
                             String by) {
    public VotingOrderSet {
        order = List.copyOf(order);
    }
}

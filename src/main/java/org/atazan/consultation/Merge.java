package org.atazan.consultation;

import java.util.List;

/** What a merge did: the proposals answered "merged" into {@code into} now, and the supports it gained. */
public record Merge(ReferenceNumber into, List<ReferenceNumber> merged, int supportsMoved) {
    public Merge {
        merged = List.copyOf(merged);
    }
}

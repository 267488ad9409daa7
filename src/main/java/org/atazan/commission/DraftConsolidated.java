package org.atazan.commission;

import java.time.Instant;
import java.util.List;

/** A body's adopted amendments were consolidated into a new draft version of a charter. */
public record DraftConsolidated(String bodyId, String charterId, String baseVersion, String versionId, List<String> amendments,
                                Instant at, String by) {
    public DraftConsolidated {
        amendments = List.copyOf(amendments);
    }
}

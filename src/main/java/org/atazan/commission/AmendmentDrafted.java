package org.atazan.commission;

import java.time.Instant;
import java.util.List;

/** A body's secretary or chair drafted an amendment to an article of a charter version, citing these proposals and topical clusters. */
public record AmendmentDrafted(String bodyId, String number, String charterId, String versionId, String action, String article,
                               String consultationId, List<String> proposals, List<Long> clusters, Instant at, String by) {
    public AmendmentDrafted {
        proposals = List.copyOf(proposals);
        clusters = List.copyOf(clusters);
    }
}

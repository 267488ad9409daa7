package org.atazan.systematization;

import java.time.Instant;
import java.util.List;

/**
 * The secretariat merged a group of near-duplicates into its representative: {@code merged} were answered
 * "merged" now (the consultation publishes each answer and its own {@code ProposalsMerged}); why, and who.
 */
public record DuplicatesMerged(String consultationId, String representative, List<String> merged, int supportsMoved,
                               String reason, String by, Instant at) implements SystematizationEvent {
    public DuplicatesMerged {
        merged = List.copyOf(merged);
    }
}

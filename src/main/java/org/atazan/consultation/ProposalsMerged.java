package org.atazan.consultation;

import java.time.Instant;
import java.util.List;

/**
 * Proposals saying the same thing were merged into one (their representative): each of {@code merged}
 * was answered "merged" (also published as its own {@link ProposalAnswered}), and their supports moved
 * to the representative, once per person ({@code supportsMoved} is how many it gained).
 */
public record ProposalsMerged(String consultationId, String into, List<String> merged, int supportsMoved, String reason,
                              String by, Instant at) implements ConsultationEvent {
    public ProposalsMerged {
        merged = List.copyOf(merged);
    }
}

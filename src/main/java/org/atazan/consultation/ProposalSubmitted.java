package org.atazan.consultation;

import java.time.Instant;

/** A proposal was received and given its reference; {@code article} is null for the whole text. */
public record ProposalSubmitted(String consultationId, String reference, String article, String kind, String language,
                                String channel, Instant at) implements ConsultationEvent {
}

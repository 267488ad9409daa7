package org.atazan.consultation;

import java.time.Instant;

/** A proposal moved from one status to another, with its public reason; {@code by} is the official. */
public record ProposalStatusChanged(String consultationId, String reference, String from, String to, String reason,
                                    String by, Instant at) implements ConsultationEvent {
}

package org.atazan.consultation;

import java.time.Instant;

/** Moderation hid a proposal (with its public reason) or showed it again ({@code reason} null). */
public record ProposalHidden(String consultationId, String reference, String reason, String by, Instant at)
        implements ConsultationEvent {
}

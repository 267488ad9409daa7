package org.atazan.consultation;

import java.time.Instant;

/** A proposal got its public answer (also published as a {@link ProposalStatusChanged}). */
public record ProposalAnswered(String consultationId, String reference, String outcome, String mergedInto,
                               String answer, String by, Instant at) implements ConsultationEvent {
}

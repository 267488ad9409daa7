package org.atazan.consultation;

import java.time.Instant;

/**
 * One step of a proposal's public history: the status it moved to, the outcome and merge target of an
 * answer, the public reason and when. {@code by} is the official's account, kept for the audit and never
 * shown in public (the public sees "secretariat").
 */
public record StatusChange(ProposalStatus status, Outcome outcome, ReferenceNumber mergedInto, String reason,
                           Instant at, String by) {
}

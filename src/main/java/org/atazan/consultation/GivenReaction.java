package org.atazan.consultation;

import java.time.Instant;

/**
 * One stored reaction, for the opinion map: who (an account, or an imported participant's name; never
 * shown), to which proposal, how and when.
 */
public record GivenReaction(String participant, ReferenceNumber reference, ProposalReaction reaction, Instant at) {
}

package org.atazan.consultation;

import org.atazan.kernel.BadInputException;

/**
 * A status change the secretariat asks for, checked against the status machine:
 * received → registered → under review → answered (registered may be answered at once). Every change
 * carries a public reason; an answer carries its outcome, and "merged" the proposal it was merged into.
 * An answered proposal is final.
 */
public record StatusRequest(ProposalStatus to, Outcome outcome, ReferenceNumber mergedInto, String reason) {

    public StatusRequest {
        if (to == null) throw new BadInputException("field status: missing");
        reason = TextBounds.required("reason", reason, TextBounds.PUBLIC_REASON);
        if (to == ProposalStatus.ANSWERED) {
            if (outcome == null) throw new BadInputException("field outcome: an answer needs an outcome");
            if (outcome == Outcome.MERGED && mergedInto == null) {
                throw new BadInputException("field mergedInto: a merged proposal names the proposal it was merged into");
            }
        } else if (outcome != null) {
            throw new BadInputException("field outcome: only an answer has an outcome");
        }
        if (outcome != Outcome.MERGED && mergedInto != null) {
            throw new BadInputException("field mergedInto: only a merged proposal names another");
        }
    }

    /** Refuses a step the status machine does not allow from {@code from}, naming both. */
    public void checkFrom(ProposalStatus from, ReferenceNumber self) {
        boolean allowed = switch (from) {
            case RECEIVED -> to == ProposalStatus.REGISTERED;
            case REGISTERED -> to == ProposalStatus.UNDER_REVIEW || to == ProposalStatus.ANSWERED;
            case UNDER_REVIEW -> to == ProposalStatus.ANSWERED;
            case ANSWERED -> false;
        };
        if (!allowed) {
            throw new BadInputException("field status: " + self + " is " + from.code() + " and cannot become " + to.code()
                    + (from == ProposalStatus.ANSWERED ? " (an answer is final)" : ""));
        }
        if (self.equals(mergedInto)) throw new BadInputException("field mergedInto: a proposal cannot be merged into itself");
    }
}

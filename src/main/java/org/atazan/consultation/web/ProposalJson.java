package org.atazan.consultation.web;

import org.atazan.consultation.Deadline;
import org.atazan.consultation.Proposal;
import org.atazan.consultation.StatusChange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A proposal as the public sees it: no account, no e-mail, no assignee. A hidden proposal keeps its
 * reference, status and the reason it was hidden; its text is left out.
 *
 * @param author the chosen display name, or null (then "Citizen of {region}")
 */
record ProposalJson(String reference, String article, String kind, String language, String channel, String status,
                    String outcome, String mergedInto, String answer, String author, boolean nameHidden, String region, Instant receivedAt,
                    LocalDate registeredOn, LocalDate due, String deadline, int supports, String hiddenReason,
                    String wording, String reasons, List<Step> history) {

    /** One step of the public history: who acted is "secretariat", never an account. */
    record Step(String status, String outcome, String mergedInto, String reason, Instant at) {
        static Step of(StatusChange c) {
            return new Step(c.status().code(), c.outcome() == null ? null : c.outcome().code(),
                    c.mergedInto() == null ? null : c.mergedInto().toString(), c.reason(), c.at());
        }
    }

    static ProposalJson of(Proposal p, Deadline d, List<StatusChange> history) {
        return new ProposalJson(p.reference().toString(), p.article(), p.kind().code(), p.language().code(), p.channel().code(),
                p.status().code(), p.outcome() == null ? null : p.outcome().code(),
                p.mergedInto() == null ? null : p.mergedInto().toString(), p.answer(),
                p.author().publicName().orElse(null), p.author().nameHidden(), p.author().region().isEmpty() ? null : p.author().region(),
                p.receivedAt(), p.registeredOn(), p.due(), d == null ? null : d.state().code(), p.supports(), p.hiddenReason(),
                p.hidden() ? null : p.wording(), p.hidden() ? null : p.reasons(),
                history == null ? null : history.stream().map(Step::of).toList());
    }
}

package org.atazan.consultation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A citizen's proposal as stored.
 *
 * @param id           the store's key (never shown; the public knows the reference)
 * @param article      the article's number in the consultation's charter version, or {@code null} for the whole text
 * @param externalId   the id in the channel it was imported from, or {@code null}
 * @param outcome      the answer's verdict, once answered
 * @param mergedInto   the proposal it was merged into, for {@link Outcome#MERGED}
 * @param answer       the public answer (the reason given with the answer), or ""
 * @param registeredOn the day it was registered (its deadline counts from there), or {@code null}
 * @param due          the day it must be answered by, or {@code null} before registration
 * @param hiddenReason why moderation hid it, public; {@code null} when shown. A hidden proposal still counts.
 * @param assignee     the official it is assigned to, or {@code null}; never public
 */
public record Proposal(long id, String consultationId, ReferenceNumber reference, String article, ProposalKind kind,
                       String wording, String reasons, Language language, Channel channel, String externalId,
                       Author author, ProposalStatus status, Outcome outcome, ReferenceNumber mergedInto, String answer,
                       Instant receivedAt, LocalDate registeredOn, LocalDate due, String hiddenReason, int supports,
                       String assignee) {

    public boolean wholeText() {
        return article == null;
    }

    public boolean hidden() {
        return hiddenReason != null;
    }

    public boolean answered() {
        return status == ProposalStatus.ANSWERED;
    }

    Proposal withStatus(StatusRequest r, LocalDate registeredOn, LocalDate due) {
        boolean answer = r.to() == ProposalStatus.ANSWERED;
        return new Proposal(id, consultationId, reference, article, kind, wording, reasons, language, channel, externalId,
                author, r.to(), answer ? r.outcome() : null, answer ? r.mergedInto() : null, answer ? r.reason() : "",
                receivedAt, registeredOn, due, hiddenReason, supports, assignee);
    }

    Proposal withHidden(String reason) {
        return new Proposal(id, consultationId, reference, article, kind, wording, reasons, language, channel, externalId,
                author, status, outcome, mergedInto, answer, receivedAt, registeredOn, due, reason, supports, assignee);
    }

    Proposal withAssignee(String account) {
        return new Proposal(id, consultationId, reference, article, kind, wording, reasons, language, channel, externalId,
                author, status, outcome, mergedInto, answer, receivedAt, registeredOn, due, hiddenReason, supports, account);
    }

    Proposal withAuthor(Author a) {
        return new Proposal(id, consultationId, reference, article, kind, wording, reasons, language, channel, externalId,
                a, status, outcome, mergedInto, answer, receivedAt, registeredOn, due, hiddenReason, supports, assignee);
    }
}

package org.atazan.consultation;

import java.time.Instant;

/**
 * A proposal as sent, before it has a reference number.
 *
 * @param article        the article's number, or {@code null}/"" for the whole text
 * @param language       the language the author confirmed, or {@code null} to detect it from the wording
 * @param externalId     the id in the channel it comes from (imports), or {@code null}
 * @param idempotencyKey the form's one-time token: the same key from the same author makes one proposal
 * @param receivedAt     when the channel received it (imports), or {@code null} for now
 */
public record NewProposal(String consultationId, String article, ProposalKind kind, String wording, String reasons,
                          Language language, Channel channel, String externalId, Author author, String idempotencyKey,
                          Instant receivedAt) {
}

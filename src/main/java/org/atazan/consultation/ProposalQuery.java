package org.atazan.consultation;

import java.time.LocalDate;

/**
 * A filtered page of a consultation's proposals, newest first (or oldest first), read by keyset: the
 * next page starts after the last id of the one before, so page 1,000 costs what page 1 costs.
 *
 * @param article       an article's number, "whole" for the whole text, or null for any
 * @param overdueOn     only proposals overdue on that day (registered, unanswered, due before it), or null
 * @param assignee      only those assigned to that account, or null
 * @param includeHidden whether hidden proposals are listed (the secretariat's queue) or not (the public list)
 * @param after         the keyset: the id of the last proposal of the page before, or null for the first page
 * @param kind          only proposals of that kind, or null
 */
public record ProposalQuery(String consultationId, String article, ProposalStatus status, String region,
                            Language language, Channel channel, LocalDate overdueOn, String assignee,
                            boolean includeHidden, boolean oldestFirst, Long after, int limit, ProposalKind kind) {
    public static final int MAX_LIMIT = 200;

    public ProposalQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new org.atazan.kernel.BadInputException("field limit: " + limit + " is not between 1 and " + MAX_LIMIT);
        }
    }

    /** Any kind. */
    public ProposalQuery(String consultationId, String article, ProposalStatus status, String region, Language language,
                         Channel channel, LocalDate overdueOn, String assignee, boolean includeHidden, boolean oldestFirst,
                         Long after, int limit) {
        this(consultationId, article, status, region, language, channel, overdueOn, assignee, includeHidden, oldestFirst,
                after, limit, null);
    }

    public static ProposalQuery all(String consultationId, int limit) {
        return new ProposalQuery(consultationId, null, null, null, null, null, null, null, false, false, null, limit);
    }
}

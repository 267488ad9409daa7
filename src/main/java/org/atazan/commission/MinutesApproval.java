package org.atazan.commission;

import java.time.Instant;

/**
 * How a meeting's minutes were approved: by an adopted poll on the minutes at a later meeting of the
 * body, or by an act (its reference, e.g. an order of the chair); when, by whom, and the digest of the
 * text approved. {@code by} is an account: it stays in the store and the audit trail, never on a page.
 */
public record MinutesApproval(Instant at, String by, String approvingMeeting, String approvingPoll, String act, String digest) {
}

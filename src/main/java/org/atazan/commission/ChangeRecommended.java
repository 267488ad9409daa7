package org.atazan.commission;

import java.time.Instant;

/** The secretariat attached a change recommendation to an amendment's wording before the vote. */
public record ChangeRecommended(String bodyId, String number, String reason, Instant at, String by) {
}

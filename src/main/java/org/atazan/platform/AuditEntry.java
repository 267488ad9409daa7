package org.atazan.platform;

import java.time.Instant;

/** One entry of the {@link AuditTrail}: who did what, when, to which object. */
public record AuditEntry(long id, Instant at, String actor, String action, String objectType, String objectId,
                         String summary) {
}

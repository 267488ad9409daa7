package org.atazan.systematization;

import java.time.Instant;

/** A person named a topical cluster (which keeps it, members and all, at every re-run). */
public record TopicsRenamed(String consultationId, long topic, String name, String by, Instant at) implements SystematizationEvent {
}

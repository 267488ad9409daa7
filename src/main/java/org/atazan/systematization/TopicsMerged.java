package org.atazan.systematization;

import java.time.Instant;
import java.util.List;

/** A person merged topical clusters into {@code into}, which is kept. */
public record TopicsMerged(String consultationId, long into, List<Long> merged, String by, Instant at) implements SystematizationEvent {
    public TopicsMerged {
        merged = List.copyOf(merged);
    }
}

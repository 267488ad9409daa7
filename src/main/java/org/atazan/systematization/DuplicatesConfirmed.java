package org.atazan.systematization;

import java.time.Instant;
import java.util.List;

/** A person confirmed that these proposals say the same thing (the representative first). */
public record DuplicatesConfirmed(String consultationId, List<String> members, String by, Instant at) implements SystematizationEvent {
    public DuplicatesConfirmed {
        members = List.copyOf(members);
    }
}

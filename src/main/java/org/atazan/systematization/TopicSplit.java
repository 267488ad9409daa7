package org.atazan.systematization;

import java.time.Instant;
import java.util.List;

/** A person took proposals out of a topical cluster into a new one, {@code into}, named {@code name}; both are kept. */
public record TopicSplit(String consultationId, long from, long into, String name, List<String> out, String by, Instant at)
        implements SystematizationEvent {
    public TopicSplit {
        out = List.copyOf(out);
    }
}

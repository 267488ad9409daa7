package org.atazan.systematization;

import java.time.Instant;
import java.util.List;

/** A person took proposals out of a group of near-duplicates: they are never grouped with {@code rest} again. */
public record DuplicatesSplit(String consultationId, List<String> out, List<String> rest, String by, Instant at)
        implements SystematizationEvent {
    public DuplicatesSplit {
        out = List.copyOf(out);
        rest = List.copyOf(rest);
    }
}

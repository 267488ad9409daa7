package org.atazan.systematization;

import java.time.Instant;

/** The last search for near-duplicates of a consultation: over how many proposals, with what settings, how many groups. */
public record DuplicateRun(String consultationId, int proposals, int groups, NearDuplicates.Settings settings, Instant at) {
}

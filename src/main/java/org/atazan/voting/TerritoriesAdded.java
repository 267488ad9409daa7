package org.atazan.voting;

import java.time.Instant;
import java.util.List;

/** Territories (units, polling stations) were added to a vote's tree, parents before children. */
public record TerritoriesAdded(String referendum, List<String> territories, String by, Instant at)
        implements VotingEvent {
    public TerritoriesAdded {
        territories = List.copyOf(territories);
    }
}

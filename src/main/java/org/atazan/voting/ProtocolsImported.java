package org.atazan.voting;

import java.time.Instant;
import java.util.List;

/**
 * A protocol file was imported: the stations whose first protocol it added (their figures are in the
 * store and the open data, not repeated here) and how many territories it created.
 */
public record ProtocolsImported(String referendum, String file, List<String> stations, int newTerritories,
                                String by, Instant at) implements VotingEvent {
    public ProtocolsImported {
        stations = List.copyOf(stations);
    }
}

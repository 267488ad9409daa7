package org.atazan.voting;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** The voting use cases wired in plain Java on a store in memory, as the platform wires them on PostgreSQL. */
final class Votes {
    static final Instant NOW = Instant.parse("2026-03-15T20:00:00.123456Z");

    final InMemoryReferendums store = new InMemoryReferendums();
    final Decisions decisions = new Decisions();
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final VoteRegistry registry = new VoteRegistry(store);
    final LiveTotals totals = new LiveTotals(store, registry);
    final VoteSetup setup = new VoteSetup(store, registry, totals, decisions, decisions, clock);
    final ProtocolDesk protocols = new ProtocolDesk(store, registry, totals, decisions, decisions, clock);
    final ProtocolImport imports = new ProtocolImport(store, registry, totals, decisions, decisions, clock);
    final TurnoutReports turnout = new TurnoutReports(store, registry, totals, decisions, decisions, clock);
    final Results results = new Results(store, registry, totals, decisions, decisions, clock);
    final SeatAllocation seats = new SeatAllocation(store, registry);
    final ForensicsDesk forensics = new ForensicsDesk(store, totals);

    /**
     * A referendum "t" under the given rule: country C, regions R1 (district D1: stations S1, S2) and
     * R2 (station S3).
     */
    static Votes withReferendum(String rule) {
        Votes v = new Votes();
        v.setup.create(new NewVote("t", "Test", "2026-03-15", rule, "cc", List.of(), Map.of()), "official");
        v.setup.addTerritories("t", List.of(
                new Territory("C", "country", Map.of("en", "Country"), null, 0),
                new Territory("R1", "region", Map.of(), "C", 0),
                new Territory("D1", "district", Map.of(), "R1", 0),
                new Territory("S1", "station", Map.of(), "D1", 1000),
                new Territory("S2", "station", Map.of(), "D1", 800),
                new Territory("R2", "region", Map.of(), "C", 0),
                new Territory("S3", "station", Map.of(), "R2", 500)), "official");
        v.decisions.delivered.clear();
        return v;
    }
}

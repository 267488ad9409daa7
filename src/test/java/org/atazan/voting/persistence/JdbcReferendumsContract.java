package org.atazan.voting.persistence;

import org.atazan.kernel.BadInputException;
import org.atazan.voting.Protocol;
import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.UnitOfWork;
import org.atazan.voting.LiveTotals;
import org.atazan.voting.ProtocolDesk;
import org.atazan.voting.PublishedResult;
import org.atazan.voting.Referendum;
import org.atazan.voting.ReferendumRule;
import org.atazan.voting.Revision;
import org.atazan.voting.Territory;
import org.atazan.voting.TallyFigures;
import org.atazan.voting.TurnoutReport;
import org.atazan.voting.VoteKind;
import org.atazan.voting.VoteRegistry;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the voting store (and the desk on it) must do on any PostgreSQL: embedded and Debian's (CI). */
abstract class JdbcReferendumsContract {

    abstract DataSource dataSource();

    JdbcReferendums store;
    TransactionTemplate tx;
    JdbcClient jdbc;
    String id;

    @BeforeEach
    void migrateAndCreate() {
        DataSource ds = dataSource();
        Flyway.configure().dataSource(ds)
                .locations("classpath:db/migration/platform", "classpath:db/migration/charter", "classpath:db/migration/voting")
                // The database is shared with whole-platform tests: other modules' migrations may be applied already.
                .ignoreMigrationPatterns("*:missing", "*:future").outOfOrder(true)
                .load().migrate();
        jdbc = JdbcClient.create(ds);
        store = new JdbcReferendums(jdbc, new JdbcTemplate(ds));
        tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        id = "t-" + UUID.randomUUID().toString().substring(0, 8);
        store.create(new Referendum(id, VoteKind.REFERENDUM, "Test", LocalDate.of(2026, 3, 15), ReferendumRule.nationalMajority(0), "XX", true, "test"));
        tx.executeWithoutResult(s -> store.append(id, List.of(
                new Territory("XX", "country", Map.of("en", "Land"), null, 0),
                new Territory("XX/r", "region", Map.of("ru", "Область\t\"№1\" \\ x"), "XX", 0),
                new Territory("XX/r/s1", "station", Map.of("en", "S1"), "XX/r", 1000),
                new Territory("XX/r/s2", "station", Map.of("en", "S2"), "XX/r", 500)), List.of()));
    }

    /** The desk on its own totals, each decision in a transaction as in the platform. */
    record Desk(ProtocolDesk protocols, LiveTotals totals) {
    }

    Desk desk() {
        VoteRegistry votes = new VoteRegistry(store);
        LiveTotals totals = new LiveTotals(store, votes);
        UnitOfWork transaction = new UnitOfWork() {
            @Override
            public <T> T call(java.util.function.Supplier<T> decision) {
                return tx.execute(s -> decision.get());
            }
        };
        return new Desk(new ProtocolDesk(store, votes, totals, transaction, DomainEvents.NONE, Clock.systemUTC()), totals);
    }

    @Test
    void territoriesReadBackInOrderWithTheirNames() {
        List<Territory> ts = store.territories(id);
        assertThat(ts).extracting(Territory::code).containsExactly("XX", "XX/r", "XX/r/s1", "XX/r/s2");
        assertThat(ts.get(1).name("ru")).isEqualTo("Область\t\"№1\" \\ x");
        assertThat(ts.get(2).registered()).isEqualTo(1000);
    }

    @Test
    void revisionsAreKeptAndTheLatestCounts() {
        Instant at = Instant.parse("2026-03-15T20:00:00Z");
        Protocol p1 = Protocol.single("XX/r/s1", 1000, 600, 600, 10, 400, 190);
        Protocol p2 = Protocol.single("XX/r/s1", 1000, 600, 600, 10, 410, 180);
        tx.executeWithoutResult(s -> store.append(id, List.of(), List.of(new Revision("XX/r/s1", 1, p1, "official", at, ""))));
        tx.executeWithoutResult(s -> store.append(id, List.of(), List.of(new Revision("XX/r/s1", 2, p2, "official", at, "typo\tfixed"))));
        assertThat(store.history(id, "XX/r/s1")).extracting(Revision::number).containsExactly(1, 2);
        assertThat(store.history(id, "XX/r/s1").get(1).reason()).isEqualTo("typo\tfixed");
        assertThat(store.latest(id)).singleElement().satisfies(r -> assertThat(r.protocol()).isEqualTo(p2));
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> store.append(id, List.of(),
                List.of(new Revision("XX/r/s1", 2, p2, "official", at, "again")))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("duplicate").hasMessageContaining("XX/r/s1");
    }

    @Test
    void aFailedAppendLeavesNothingBehind() {
        Protocol bad = Protocol.single("XX/nowhere", 10, 5, 5, 0, 3, 2);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> store.append(id,
                List.of(new Territory("XX/r2", "region", Map.of(), "XX", 0)),
                List.of(new Revision("XX/nowhere", 1, bad, "o", Instant.now(), "")))))
                .isInstanceOf(BadInputException.class);
        assertThat(store.territories(id)).hasSize(4);
        assertThat(store.latest(id)).isEmpty();
    }

    @Test
    void turnoutReportsAreKeptByHour() {
        store.addTurnout(id, List.of(new TurnoutReport("XX/r", LocalTime.of(12, 0), new BigDecimal("41.93"), null),
                new TurnoutReport("XX/r", LocalTime.of(10, 0), new BigDecimal("12.50"), 125L)));
        assertThat(store.turnout(id)).extracting(TurnoutReport::at).containsExactly(LocalTime.of(10, 0), LocalTime.of(12, 0));
        assertThat(store.turnout(id).get(0).issued()).isEqualTo(125L);
    }

    @Test
    void theDeskRefusesBadProtocolsAndCorrectionsMoveEveryLevel() {
        Desk d = desk();
        ProtocolDesk desk = d.protocols();
        LiveTotals totals = d.totals();
        assertThatThrownBy(() -> desk.submit(id, List.of(Protocol.single("XX/r/s1", 1000, 1200, 600, 10, 400, 190)), "o"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("XX/r/s1").hasMessageContaining("issued <= registered");
        assertThatThrownBy(() -> desk.submit(id, List.of(Protocol.single("XX/r/s9", 1, 1, 1, 0, 1, 0)), "o"))
                .hasMessageContaining("no such polling station");
        desk.submit(id, List.of(Protocol.single("XX/r/s1", 1000, 600, 600, 10, 400, 190)), "o");
        assertThatThrownBy(() -> desk.submit(id, List.of(Protocol.single("XX/r/s1", 1000, 600, 600, 10, 400, 190)), "o"))
                .hasMessageContaining("duplicate submission");
        Revision r2 = desk.correct(id, Protocol.single("XX/r/s1", 1000, 600, 600, 10, 450, 140), "o", "recount");
        assertThat(r2.number()).isEqualTo(2);
        for (String level : List.of("XX", "XX/r", "XX/r/s1")) assertThat(totals.tree(id).total(level).yes()).isEqualTo(450);
        assertThat(desk().totals().tree(id).total("XX").yes()).as("reloaded from the store").isEqualTo(450);
        assertThat(store.history(id, "XX/r/s1")).extracting(Revision::reason).containsExactly("", "recount");
    }

    @Test
    void publishedResultsReadBackInOrderWithTheirFigures() {
        TallyFigures figures = new TallyFigures(2L, 1500, 900, 900, 10, 600, 290, 60.0, 66.67, null);
        Instant at = Instant.parse("2026-03-16T08:00:00.123456Z");
        PublishedResult first = new PublishedResult(id, 1, at, "official", figures,
                List.of(new PublishedResult.QuestionVerdict("1", 600, 290, "national-majority(turnout>0%)", true, true)));
        PublishedResult second = new PublishedResult(id, 2, at.plusSeconds(60), "official", figures.withStations(3L),
                List.of(new PublishedResult.QuestionVerdict("1", 600, 290, "kazakhstan", true, null)));
        tx.executeWithoutResult(s -> store.addPublication(first));
        tx.executeWithoutResult(s -> store.addPublication(second));
        assertThat(store.publications(id)).containsExactly(first, second);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> store.addPublication(first)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("publication 1");
    }
}

package org.atazan.record.persistence;

import org.atazan.PlatformTest;
import org.atazan.charter.CharterVersionPublished;
import org.atazan.charter.VersionStatus;
import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.UnitOfWork;
import org.atazan.record.PublicRecord;
import org.atazan.voting.ProtocolAccepted;
import org.atazan.voting.ProtocolsImported;
import org.atazan.voting.TallyFigures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A public decision and its record entry are one commit (issue 14): the entry is written to the inbox by
 * {@link DecisionsInTheirTransaction} inside the decision's unit of work, so a decision rolled back leaves
 * no entry, a decision whose entry cannot be written is not taken, and no after-commit delivery of the same
 * event appends it a second time. An imported file's entries still come after commit.
 */
class DecisionsInTheirTransactionTest extends PlatformTest {
    static final String KIND = "charter.version-published";

    @Autowired
    UnitOfWork work;
    @Autowired
    DomainEvents events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PublicRecord record;

    static CharterVersionPublished version(String charter, String title) {
        return new CharterVersionPublished(charter, "v1", title, LocalDate.of(2026, 2, 12), "ru", VersionStatus.DRAFT, 95,
                "0".repeat(64), "secretary", Instant.parse("2026-02-12T10:00:00Z"));
    }

    long queuedOrLogged(String kind, String object) {
        return jdbc.sql("SELECT (SELECT count(*) FROM record_inbox WHERE kind = :k AND object_id = :o)"
                        + " + (SELECT count(*) FROM record_entry WHERE kind = :k AND object_id = :o)")
                .param("k", kind).param("o", object).query(Long.class).single();
    }

    /** Publications of the record's listeners for an event naming {@code id} (the tests' probes keep their own). */
    long publications(String id) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ? AND listener_id LIKE 'org.atazan.record.%'")
                .param("%" + id + "%").query(Long.class).single();
    }

    @Test
    void theEntryIsWrittenInTheDecisionsTransactionAndOnlyOnce() throws InterruptedException {
        String charter = "tx-" + UUID.randomUUID();
        long[] inside = new long[2];
        work.call(() -> {
            events.publish(version(charter, "Draft"));
            // Still inside the decision's transaction, as it commits (after the record's own hook, registered first):
            // its entry is there, and no publication waits to append it again.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    inside[0] = queuedOrLogged(KIND, charter + "/v1");
                    inside[1] = publications(charter);
                }
            });
            return null;
        });
        assertThat(inside[0]).as("the entry, written before the decision commits").isEqualTo(1);
        assertThat(inside[1]).as("no after-commit delivery for the record").isZero();
        assertThat(queuedOrLogged(KIND, charter + "/v1")).isEqualTo(1);

        // The sequencer gives it an index; it is there once.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (record.entryFor(KIND, charter + "/v1").isEmpty() && System.nanoTime() < deadline) Thread.sleep(20);
        assertThat(record.entryFor(KIND, charter + "/v1")).isPresent();
        assertThat(jdbc.sql("SELECT count(*) FROM record_entry WHERE kind = ? AND object_id = ?").param(KIND).param(charter + "/v1")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(queuedOrLogged(KIND, charter + "/v1")).isEqualTo(1);
    }

    @Test
    void aDecisionRolledBackLeavesNoEntry() {
        String charter = "rb-" + UUID.randomUUID();
        assertThatThrownBy(() -> work.call(() -> {
            events.publish(version(charter, "Draft"));
            throw new IllegalStateException("the decision fails after its event");
        })).hasMessage("the decision fails after its event");
        assertThat(queuedOrLogged(KIND, charter + "/v1")).isZero();
        assertThat(publications(charter)).isZero();
    }

    @Test
    void aDecisionWhoseEntryCannotBeWrittenIsNotTaken() {
        String charter = "big-" + UUID.randomUUID();
        String vote = "vote-" + UUID.randomUUID();
        // An entry holds at most 64 KiB: the record refuses this one, and with it the whole unit of work,
        // including a decision published before it in the same transaction.
        assertThatThrownBy(() -> work.call(() -> {
            events.publish(new ProtocolAccepted(vote, "S-1", 1, "official", Instant.now(),
                    new TallyFigures(null, 1000, 700, 690, 10, 600, 80, null, null, null)));
            events.publish(version(charter, "x".repeat(70_000)));
            return null;
        })).hasMessageContaining("65,535 bytes");
        assertThat(queuedOrLogged(KIND, charter + "/v1")).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM record_inbox WHERE object_id LIKE ?").param(vote + "%").query(Long.class).single())
                .as("the other decision's entry went with it").isZero();
    }

    @Test
    void territoriesAddedByTheThousandAreRecordedInBriefAndTheDecisionStands() {
        String vote = "ter-" + UUID.randomUUID();
        java.util.List<String> codes = java.util.stream.IntStream.range(0, 10_000).mapToObj(i -> String.format("KZ-75-%06d", i)).toList();
        work.call(() -> {
            events.publish(new org.atazan.voting.TerritoriesAdded(vote, codes, ADMIN, Instant.parse("2026-03-01T00:00:00Z")));
            return null;
        });
        String entry = jdbc.sql("SELECT convert_from(entry, 'UTF8') FROM record_inbox WHERE kind = ? AND object_id = ?"
                        + " UNION ALL SELECT convert_from(entry, 'UTF8') FROM record_entry WHERE kind = ? AND object_id = ?")
                .params("voting.territories-added", vote, "voting.territories-added", vote).query(String.class).single();
        assertThat(entry).contains("\"territoryCount\":10000").contains("\"territoriesSha256\":\"" + sha256(String.join("\n", codes)) + "\"")
                .doesNotContain("KZ-75-000001").doesNotContain(ADMIN);
        assertThat(entry.length()).isLessThan(65_536);
    }

    @Test
    void turnoutReportedByTheThousandIsRecordedInBrief() {
        String vote = "tur-" + UUID.randomUUID();
        var reports = java.util.stream.IntStream.range(0, 5_000).mapToObj(i -> new org.atazan.voting.TurnoutReported.Report(
                String.format("KZ-75-%06d", i), "10:00", new java.math.BigDecimal("12.50"), i % 2 == 0 ? null : (long) i)).toList();
        work.call(() -> {
            events.publish(new org.atazan.voting.TurnoutReported(vote, reports, ADMIN, Instant.parse("2026-03-15T05:00:00Z")));
            return null;
        });
        String entry = jdbc.sql("SELECT convert_from(entry, 'UTF8') FROM record_inbox WHERE kind = ? AND object_id = ?"
                        + " UNION ALL SELECT convert_from(entry, 'UTF8') FROM record_entry WHERE kind = ? AND object_id = ?")
                .params("voting.turnout-reported", vote, "voting.turnout-reported", vote).query(String.class).single();
        String lines = String.join("\n", reports.stream().map(r -> r.unit() + " 10:00 12.50 " + (r.issued() == null ? "" : r.issued())).toList());
        assertThat(entry).contains("\"reportCount\":5000").contains("\"reportsSha256\":\"" + sha256(lines) + "\"")
                .doesNotContain("KZ-75-000001");
    }

    static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anImportedFilesEntriesStillComeAfterCommit() {
        String vote = "imp-" + UUID.randomUUID();
        long[] inside = new long[2];
        assertThatThrownBy(() -> work.call(() -> {
            events.publish(new ProtocolsImported(vote, "protocols.csv", 2, "0".repeat(64), 0, "official", Instant.now()));
            inside[0] = jdbc.sql("SELECT count(*) FROM record_inbox WHERE object_id LIKE ?").param(vote + "%").query(Long.class).single();
            inside[1] = jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ? AND listener_id LIKE ?")
                    .param("%" + vote + "%").param("%DecisionsToRecord%").query(Long.class).single();
            throw new IllegalStateException("rolled back: the vote does not exist");
        })).hasMessageContaining("rolled back");
        assertThat(inside[0]).as("nothing written in the import's own transaction").isZero();
        assertThat(inside[1]).as("kept for the after-commit listener").isEqualTo(1);
    }
}

package org.atazan.consultation.persistence;

import org.atazan.PlatformTest;
import org.atazan.consultation.Author;
import org.atazan.consultation.Channel;
import org.atazan.consultation.Consultation;
import org.atazan.consultation.ConsultationRegistry;
import org.atazan.consultation.Language;
import org.atazan.consultation.NewProposal;
import org.atazan.consultation.Proposal;
import org.atazan.consultation.ProposalDesk;
import org.atazan.consultation.ProposalKind;
import org.atazan.consultation.WorkingDays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Submissions arriving together are committed together (one transaction for a batch), and that changes
 * nothing a citizen sees: every one stored once, numbers consecutive, a duplicate key answered with the
 * first proposal, and one that the database refuses fails alone while the rest of its batch is stored.
 */
class GroupCommitTest extends PlatformTest {
    static final int CLIENTS = 32;
    @Autowired
    ProposalDesk desk;
    @Autowired
    ConsultationRegistry registry;
    @Autowired
    JdbcClient jdbc;
    final String id = "group-" + UUID.randomUUID().toString().substring(0, 8);
    final String refused = "REFUSED-" + UUID.randomUUID();

    @AfterEach
    void dropTrigger() {
        jdbc.sql("DROP TRIGGER IF EXISTS group_commit_test_refuse ON consultation_proposal").update();
        jdbc.sql("DROP TRIGGER IF EXISTS group_commit_test_slow ON consultation_proposal").update();
    }

    @Test
    void concurrentSubmissionsAreStoredOnceEachWithConsecutiveNumbersAndARefusalFailsAlone() throws Exception {
        registry.open(new Consultation(id, "Group commit", "kz", "2026", 15, LocalDate.of(2026, 1, 5), WorkingDays.KAZAKHSTAN,
                Map.of()), "test");
        // The database refuses one wording, as it would a row that breaks a rule at commit time.
        jdbc.sql("CREATE OR REPLACE FUNCTION group_commit_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$"
                + " BEGIN RAISE EXCEPTION 'refused by the test'; END $$").update();
        jdbc.sql("CREATE TRIGGER group_commit_test_refuse BEFORE INSERT ON consultation_proposal FOR EACH ROW"
                + " WHEN (NEW.wording = '" + refused + "') EXECUTE FUNCTION group_commit_test_refuse()").update();

        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Proposal>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < CLIENTS; i++) {
                // Clients 0 and 1 send the same idempotency key (a double click); client 2 sends the refused text.
                String wording = i == 2 ? refused : "Предложение номер " + i + " о статье 42.";
                String key = i <= 1 ? "same-key" : "key-" + i;
                NewProposal n = new NewProposal(id, "42", ProposalKind.AMEND, wording, "", Language.RU, Channel.PLATFORM, null,
                        new Author("group-citizen", "Citizen", "KZ-ALA", false), key, null);
                answers.add(pool.submit(() -> {
                    start.await();
                    return desk.submit(n);
                }));
            }
            start.countDown();
            List<String> references = new ArrayList<>();
            int failed = 0;
            for (int i = 0; i < CLIENTS; i++) {
                try {
                    references.add(answers.get(i).get().reference().toString());
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(i).as("only the refused text fails").isEqualTo(2);
                    assertThat(e.getCause()).hasMessageContaining("refused by the test");
                    failed++;
                }
            }
            assertThat(failed).isEqualTo(1);
            assertThat(references.get(0)).as("a double click gives the same proposal").isEqualTo(references.get(1));
        } finally {
            pool.shutdownNow();
        }

        List<Long> seqs = jdbc.sql("SELECT seq FROM consultation_proposal WHERE consultation_id = ? ORDER BY seq")
                .param(id).query(Long.class).list();
        assertThat(seqs).as("stored once each, numbered 1..n without a gap")
                .containsExactlyElementsOf(LongStream.rangeClosed(1, CLIENTS - 2).boxed().toList());
        // Several proposals share one transaction: the commits were grouped. Measured on a second wave without
        // the refusal (a batch holding a refused row is written again one by one), each row written slowly, so
        // that the wave's other submissions certainly arrive while the first batch is being written.
        jdbc.sql("CREATE OR REPLACE FUNCTION group_commit_test_slow() RETURNS trigger LANGUAGE plpgsql AS $$"
                + " BEGIN PERFORM pg_sleep(0.02); RETURN NEW; END $$").update();
        jdbc.sql("CREATE TRIGGER group_commit_test_slow BEFORE INSERT ON consultation_proposal FOR EACH ROW"
                + " WHEN (NEW.wording LIKE 'Волна 2,%') EXECUTE FUNCTION group_commit_test_slow()").update();
        ExecutorService wave = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Proposal>> second = new ArrayList<>();
        try {
            for (int i = 0; i < CLIENTS; i++) {
                NewProposal n = new NewProposal(id, "42", ProposalKind.AMEND, "Волна 2, предложение " + i + ".", "", Language.RU,
                        Channel.PLATFORM, null, new Author("group-citizen", "Citizen", "KZ-ALA", false), "wave-" + i, null);
                second.add(wave.submit(() -> {
                    go.await();
                    return desk.submit(n);
                }));
            }
            go.countDown();
            for (Future<Proposal> f : second) f.get();
        } finally {
            wave.shutdownNow();
        }
        long transactions = jdbc.sql("SELECT count(DISTINCT xmin::text) FROM consultation_proposal WHERE consultation_id = ?"
                + " AND wording LIKE 'Волна 2,%'").param(id).query(Long.class).single();
        assertThat(transactions).isLessThan(CLIENTS);
    }
}

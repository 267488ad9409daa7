package org.atazan.consultation.persistence;

import org.atazan.PlatformTest;
import org.atazan.consultation.Author;
import org.atazan.consultation.BulkAction;
import org.atazan.consultation.Channel;
import org.atazan.consultation.Consultation;
import org.atazan.consultation.ConsultationRegistry;
import org.atazan.consultation.Language;
import org.atazan.consultation.NewProposal;
import org.atazan.consultation.Proposal;
import org.atazan.consultation.ProposalDesk;
import org.atazan.consultation.ProposalKind;
import org.atazan.consultation.ProposalPage;
import org.atazan.consultation.ProposalQuery;
import org.atazan.consultation.ProposalStatus;
import org.atazan.consultation.ReferenceNumber;
import org.atazan.consultation.StatusRequest;
import org.atazan.consultation.BulkRefused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The consultation's store in PostgreSQL, through the use cases: races, keyset pages, filters, anonymisation. */
class ConsultationStoreTest extends PlatformTest {
    @Autowired
    ConsultationRegistry registry;
    @Autowired
    ProposalDesk desk;
    @Autowired
    JdbcClient jdbc;
    String id;

    @BeforeEach
    void open() {
        id = "t-" + UUID.randomUUID().toString().substring(0, 8);
        registry.open(new Consultation(id, "Test consultation", "kz", "2026", 15, LocalDate.of(2026, 1, 31), null), ADMIN);
    }

    NewProposal proposal(String article, String text, String account, String key, String region) {
        return new NewProposal(id, article, ProposalKind.AMEND, text, "Reasons.", null, null, null,
                new Author(account, "", region, false), key, null);
    }

    @Test
    void concurrentSubmissionsGetConsecutiveReferencesWithoutGapsOrDuplicates() throws Exception {
        List<Proposal> made = race(16, i -> desk.submit(proposal("42", "Proposal " + i, "u" + i, null, "KZ-ALA")));
        Set<Long> seqs = new HashSet<>();
        made.forEach(p -> seqs.add(p.reference().sequence()));
        assertThat(seqs).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 16).mapToObj(i -> (long) i).toList());
    }

    @Test
    void aDoubleClickSentAtTheSameMomentMakesOneProposal() throws Exception {
        List<Proposal> made = race(2, i -> desk.submit(proposal("42", "Once only", "clicker", "form-token-1", "")));
        assertThat(made.get(0).reference()).isEqualTo(made.get(1).reference());
        assertThat(count("SELECT count(*) FROM consultation_proposal WHERE consultation_id = ?")).isEqualTo(1);
        // The rolled-back twin took no number: the next one is 2.
        assertThat(desk.submit(proposal("42", "Next", "clicker", "form-token-2", "")).reference().sequence()).isEqualTo(2);
    }

    @Test
    void twoSupportsSentAtTheSameMomentCountOnce() throws Exception {
        Proposal p = desk.submit(proposal("42", "Support me", "author", null, ""));
        List<Boolean> added = race(2, i -> desk.support(id, p.reference(), "supporter"));
        assertThat(added).containsExactlyInAnyOrder(true, false);
        assertThat(registry.proposal(id, p.reference()).supports()).isEqualTo(1);
    }

    @Test
    void listsArePagedByKeysetAndFilteredByEveryAllowedField() {
        for (int i = 0; i < 25; i++) {
            desk.submit(proposal(i % 2 == 0 ? "42" : null, "Text " + i, "a" + i, null, i % 5 == 0 ? "KZ-AST" : "KZ-ALA"));
        }
        desk.submit(new NewProposal(id, "52", ProposalKind.ADD, "Imported", "", Language.KK, Channel.EGOV_PORTAL, "EG-1",
                null, null, null));
        ProposalPage first = registry.list(ProposalQuery.all(id, 10));
        assertThat(first.proposals()).hasSize(10);
        assertThat(first.proposals().get(0).reference().sequence()).isEqualTo(26);
        ProposalPage second = registry.list(new ProposalQuery(id, null, null, null, null, null, null, null, false, false, first.next(), 10));
        assertThat(second.proposals().get(0).reference().sequence()).isEqualTo(16);
        ProposalPage third = registry.list(new ProposalQuery(id, null, null, null, null, null, null, null, false, false, second.next(), 10));
        assertThat(third.proposals()).hasSize(6);
        assertThat(third.next()).isNull();

        assertThat(list(new ProposalQuery(id, "42", null, null, null, null, null, null, false, false, null, 100))).hasSize(13);
        assertThat(list(new ProposalQuery(id, "whole", null, null, null, null, null, null, false, false, null, 100))).hasSize(12);
        assertThat(list(new ProposalQuery(id, null, null, "KZ-AST", null, null, null, null, false, false, null, 100))).hasSize(5);
        assertThat(list(new ProposalQuery(id, null, null, null, Language.KK, null, null, null, false, false, null, 100))).hasSize(1);
        assertThat(list(new ProposalQuery(id, null, null, null, null, Channel.EGOV_PORTAL, null, null, false, false, null, 100))).hasSize(1);
        assertThat(list(new ProposalQuery(id, null, null, null, null, null, null, null, false, true, null, 3)))
                .extracting(p -> p.reference().sequence()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void statusesAssigneesOverdueAndHiddenAreFilteredInTheDatabase() {
        List<ReferenceNumber> refs = IntStream.range(0, 6).mapToObj(i -> desk.submit(proposal("1", "T" + i, "b" + i, null, ""))
                .reference()).toList();
        desk.bulk(id, refs.subList(0, 4), new BulkAction.ChangeStatus(new StatusRequest(ProposalStatus.REGISTERED, null, null,
                "Registered.")), "sec");
        desk.bulk(id, refs.subList(0, 2), new BulkAction.Assign("clerk"), "sec");
        desk.hide(id, refs.get(5), "Spam.", "mod");
        assertThat(list(new ProposalQuery(id, null, ProposalStatus.REGISTERED, null, null, null, null, null, false, false, null, 50))).hasSize(4);
        assertThat(list(new ProposalQuery(id, null, null, null, null, null, null, "clerk", false, false, null, 50))).hasSize(2);
        assertThat(list(ProposalQuery.all(id, 50))).hasSize(5);
        assertThat(list(new ProposalQuery(id, null, null, null, null, null, null, null, true, false, null, 50))).hasSize(6);
        Proposal registered = registry.proposal(id, refs.get(0));
        LocalDate afterDue = registered.due().plusDays(1);
        assertThat(list(new ProposalQuery(id, null, null, null, null, null, afterDue, null, false, false, null, 50))).hasSize(4);
        assertThat(list(new ProposalQuery(id, null, null, null, null, null, registered.due(), null, false, false, null, 50))).isEmpty();
        assertThat(registry.figures(id).total()).isEqualTo(6);
    }

    @Test
    void aRefusedBulkActionLeavesTheDatabaseAsItWas() {
        List<ReferenceNumber> refs = new ArrayList<>(IntStream.range(0, 5).mapToObj(i ->
                desk.submit(proposal("1", "T" + i, "c" + i, null, "")).reference()).toList());
        refs.add(new ReferenceNumber(2026, 99_999));
        assertThatThrownBy(() -> desk.bulk(id, refs, new BulkAction.ChangeStatus(new StatusRequest(ProposalStatus.REGISTERED,
                null, null, "Registered.")), "sec")).isInstanceOf(BulkRefused.class).hasMessageContaining("P-2026-099999");
        assertThat(count("SELECT count(*) FROM consultation_proposal WHERE consultation_id = ? AND status = 'registered'")).isZero();
        assertThat(count("SELECT count(*) FROM consultation_status_change s JOIN consultation_proposal p ON p.id = s.proposal_id"
                + " WHERE p.consultation_id = ?")).isEqualTo(5);
    }

    @Test
    void aDeletedAccountsProposalsStayWithoutItsName() {
        String account = "gone-" + id;
        Proposal p = desk.submit(new NewProposal(id, "42", ProposalKind.AMEND, "Mine", "", null, null, null,
                new Author(account, "Named Person", "KZ-ALA", false), "k", null));
        Proposal other = desk.submit(proposal("42", "Other", "someone", null, ""));
        desk.support(id, other.reference(), account);
        desk.anonymise(account);
        Proposal after = registry.proposal(id, p.reference());
        assertThat(after.author().account()).isNull();
        assertThat(after.author().publicName()).isEmpty();
        assertThat(after.wording()).isEqualTo("Mine");
        assertThat(registry.byAuthor(account)).isEmpty();
        assertThat(registry.proposal(id, other.reference()).supports()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM consultation_support WHERE account = ?").param(account).query(Long.class).single()).isZero();
    }

    long count(String sql) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    List<Proposal> list(ProposalQuery q) {
        return registry.list(q).proposals();
    }

    interface Task<T> {
        T run(int i) throws Exception;
    }

    /** Runs n tasks released at the same moment by a barrier. */
    static <T> List<T> race(int n, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CyclicBarrier barrier = new CyclicBarrier(n);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                futures.add(pool.submit((Callable<T>) () -> {
                    barrier.await();
                    return task.run(k);
                }));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) out.add(f.get());
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}

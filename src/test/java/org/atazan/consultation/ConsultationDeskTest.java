package org.atazan.consultation;

import org.atazan.kernel.BadInputException;
import org.atazan.kernel.NotFoundException;
import org.atazan.kernel.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The consultation's decisions on the in-memory store. */
class ConsultationDeskTest {
    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    // Friday 13 March 2026, 10:00 in Almaty.
    final Clock clock = Clock.fixed(Instant.parse("2026-03-13T05:00:00Z"), ALMATY);
    final InMemoryConsultations store = new InMemoryConsultations();
    final List<Object> events = new ArrayList<>();
    final ArticleIndex index = (charter, version) -> charter.equals("kz") && version.equals("2026")
            ? Optional.of(Set.of("1", "42", "52")) : Optional.empty();
    final ConsultationRegistry registry = new ConsultationRegistry(store, index, UnitOfWork.DIRECT, events::add, clock);
    final ProposalDesk desk = new ProposalDesk(store, registry, UnitOfWork.DIRECT, events::add, clock);

    @BeforeEach
    void open() {
        registry.open(new Consultation("kz-2026", "Draft of 2026", "kz", "2026", 15, LocalDate.of(2026, 1, 31), null), "admin");
    }

    NewProposal proposal(String article, String wording, String account, String key) {
        return new NewProposal("kz-2026", article, ProposalKind.AMEND, wording, "Because.", null, null, null,
                new Author(account, "", "KZ-ALA", false), key, null);
    }

    @Test
    void aConsultationOnAMissingVersionOrTwiceIsRefused() {
        assertThatThrownBy(() -> registry.open(new Consultation("x", "t", "kz", "1990", 15, LocalDate.of(2026, 1, 1), null), "a"))
                .hasMessageContaining("field versionId");
        assertThatThrownBy(() -> registry.open(new Consultation("kz-2026", "t", "kz", "2026", 15, LocalDate.of(2026, 1, 1), null), "a"))
                .hasMessageContaining("exists");
        assertThatThrownBy(() -> registry.open(new Consultation("y", "t", "kz", "2026", 15, LocalDate.of(2026, 1, 1), "mars.txt"), "a"))
                .hasMessageContaining("field calendar");
        assertThat(events).hasAtLeastOneElementOfType(ConsultationOpened.class);
    }

    @Test
    void submittedProposalsGetConsecutiveReferencesOfTheirYearAndAnEvent() {
        Proposal a = desk.submit(proposal("42", "Ограничить срок полномочий Президента.", "u1", null));
        Proposal b = desk.submit(proposal(null, "Whole text: write it plainly.", "u1", null));
        assertThat(a.reference()).hasToString("P-2026-000001");
        assertThat(b.reference()).hasToString("P-2026-000002");
        assertThat(a.language()).isEqualTo(Language.RU);
        assertThat(b.language()).isEqualTo(Language.EN);
        assertThat(b.wholeText()).isTrue();
        assertThat(a.status()).isEqualTo(ProposalStatus.RECEIVED);
        assertThat(store.history(a.id())).extracting(StatusChange::status).containsExactly(ProposalStatus.RECEIVED);
        assertThat(events).filteredOn(ProposalSubmitted.class::isInstance).hasSize(2);
        ProposalSubmitted e = (ProposalSubmitted) events.stream().filter(ProposalSubmitted.class::isInstance).findFirst().orElseThrow();
        assertThat(e.reference()).isEqualTo("P-2026-000001");
        assertThat(e.toString()).doesNotContain("u1");
    }

    @Test
    void anImportedProposalTakesTheYearItWasReceived() {
        Proposal old = desk.submit(new NewProposal("kz-2026", "1", ProposalKind.OTHER, "Older one", "", Language.EN,
                Channel.APPEALS_PORTAL, "E-1", null, null, Instant.parse("2025-12-01T05:00:00Z")));
        assertThat(old.reference()).hasToString("P-2025-000001");
        assertThat(desk.submit(proposal("1", "Newer one", "u", null)).reference()).hasToString("P-2026-000001");
    }

    @Test
    void theConfirmedLanguageWinsOverTheGuess() {
        NewProposal n = new NewProposal("kz-2026", "1", ProposalKind.AMEND, "Курултай", "", Language.KK, null, null, null, null, null);
        assertThat(desk.submit(n).language()).isEqualTo(Language.KK);
        NewProposal digits = new NewProposal("kz-2026", "1", ProposalKind.AMEND, "42 → 43", "", null, null, null, null, null, null);
        assertThatThrownBy(() -> desk.submit(digits)).hasMessageContaining("field language");
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() {
        assertThatThrownBy(() -> desk.submit(proposal("999", "text", "u", null))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("field article").hasMessageContaining("no article '999'");
        assertThatThrownBy(() -> desk.submit(proposal("42", " ", "u", null))).hasMessageContaining("field wording: empty");
        assertThatThrownBy(() -> desk.submit(proposal("42", "x".repeat(TextBounds.WORDING + 1), "u", null)))
                .hasMessageContaining("field wording");
        assertThatThrownBy(() -> desk.submit(new NewProposal("kz-2026", "42", null, "t", "", null, null, null, null, null, null)))
                .hasMessageContaining("field kind");
        assertThatThrownBy(() -> desk.submit(new NewProposal("nope", "42", ProposalKind.ADD, "t", "", null, null, null, null, null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(store.proposals).isEmpty();
        assertThat(store.counters).isEmpty();
    }

    @Test
    void theSameFormTokenOrExternalIdMakesOneProposal() {
        Proposal first = desk.submit(proposal("42", "Once", "u1", "token-1"));
        Proposal again = desk.submit(proposal("42", "Once", "u1", "token-1"));
        Proposal other = desk.submit(proposal("42", "Once", "u2", "token-1"));
        assertThat(again.reference()).isEqualTo(first.reference());
        assertThat(other.reference()).isNotEqualTo(first.reference());
        NewProposal imported = new NewProposal("kz-2026", "52", ProposalKind.ADD, "Text", "", null, Channel.EGOV_PORTAL, "EG-7",
                null, null, null);
        assertThat(desk.submit(imported).reference()).isEqualTo(desk.submit(imported).reference());
        assertThat(store.proposals).hasSize(3);
    }

    @Test
    void supportIsCountedOncePerAccountAndNotForOnesOwnProposal() {
        Proposal p = desk.submit(proposal("42", "Support me", "author", null));
        assertThat(desk.support("kz-2026", p.reference(), "reader")).isTrue();
        assertThat(desk.support("kz-2026", p.reference(), "reader")).isFalse();
        assertThat(registry.proposal("kz-2026", p.reference()).supports()).isEqualTo(1);
        assertThatThrownBy(() -> desk.support("kz-2026", p.reference(), "author")).hasMessageContaining("your own proposal");
    }

    @Test
    void theStatusMachineRegistersWithADeadlineAndAnswersOnce() {
        Proposal p = desk.submit(proposal("42", "Text", "u", null));
        ReferenceNumber ref = p.reference();
        assertThatThrownBy(() -> desk.changeStatus("kz-2026", ref, answer(Outcome.ACCEPTED, null), "sec"))
                .hasMessageContaining("is received and cannot become answered");
        Proposal registered = desk.changeStatus("kz-2026", ref,
                new StatusRequest(ProposalStatus.REGISTERED, null, null, "Registered."), "sec");
        assertThat(registered.registeredOn()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(registered.due()).isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(registry.deadline(registered).state()).isEqualTo(Deadline.State.ON_TIME);
        desk.changeStatus("kz-2026", ref, new StatusRequest(ProposalStatus.UNDER_REVIEW, null, null, "Sent to the working group."), "sec");
        Proposal answered = desk.changeStatus("kz-2026", ref, answer(Outcome.REJECTED, null), "sec");
        assertThat(answered.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(answered.answer()).isEqualTo("Reasons given.");
        assertThat(registry.deadline(answered).state()).isEqualTo(Deadline.State.ANSWERED);
        assertThatThrownBy(() -> desk.changeStatus("kz-2026", ref, answer(Outcome.ACCEPTED, null), "sec"))
                .hasMessageContaining("an answer is final");
        assertThat(registry.history(answered)).extracting(StatusChange::status).containsExactly(ProposalStatus.RECEIVED,
                ProposalStatus.REGISTERED, ProposalStatus.UNDER_REVIEW, ProposalStatus.ANSWERED);
        assertThat(events).filteredOn(ProposalAnswered.class::isInstance).hasSize(1);
        assertThat(events).filteredOn(ProposalStatusChanged.class::isInstance).hasSize(3);
    }

    @Test
    void statusRequestsNeedAReasonAnOutcomeAndAMergeTarget() {
        assertThatThrownBy(() -> new StatusRequest(ProposalStatus.REGISTERED, null, null, "")).hasMessageContaining("field reason");
        assertThatThrownBy(() -> new StatusRequest(ProposalStatus.ANSWERED, null, null, "r")).hasMessageContaining("field outcome");
        assertThatThrownBy(() -> new StatusRequest(ProposalStatus.ANSWERED, Outcome.MERGED, null, "r")).hasMessageContaining("field mergedInto");
        assertThatThrownBy(() -> new StatusRequest(ProposalStatus.REGISTERED, Outcome.ACCEPTED, null, "r")).hasMessageContaining("only an answer");
        assertThatThrownBy(() -> new StatusRequest(ProposalStatus.ANSWERED, Outcome.ACCEPTED, new ReferenceNumber(2026, 1), "r"))
                .hasMessageContaining("only a merged proposal");
    }

    @Test
    void aMergeNamesAnExistingOtherProposal() {
        ReferenceNumber a = registered("A");
        ReferenceNumber b = registered("B");
        assertThatThrownBy(() -> desk.changeStatus("kz-2026", a, answer(Outcome.MERGED, a), "sec")).hasMessageContaining("into itself");
        assertThatThrownBy(() -> desk.changeStatus("kz-2026", a, answer(Outcome.MERGED, new ReferenceNumber(2026, 99)), "sec"))
                .hasMessageContaining("no proposal P-2026-000099");
        assertThat(desk.changeStatus("kz-2026", a, answer(Outcome.MERGED, b), "sec").mergedInto()).isEqualTo(b);
    }

    @Test
    void aBulkActionOnAThousandAppliesToAllOrToNoneAndNamesEachFailure() {
        List<ReferenceNumber> refs = IntStream.range(0, 1000).mapToObj(i -> desk.submit(proposal("52", "P" + i, "u", null)).reference()).toList();
        StatusRequest register = new StatusRequest(ProposalStatus.REGISTERED, null, null, "Registered.");
        desk.changeStatus("kz-2026", refs.get(10), register, "sec");
        List<ReferenceNumber> withUnknown = new ArrayList<>(refs);
        withUnknown.add(new ReferenceNumber(2026, 5000));
        BulkRefused refused = (BulkRefused) org.assertj.core.api.Assertions.catchThrowable(
                () -> desk.bulk("kz-2026", withUnknown, new BulkAction.ChangeStatus(register), "sec"));
        assertThat(refused.selected()).isEqualTo(1001);
        assertThat(refused.failures()).extracting(BulkFailure::reference).containsExactly("P-2026-000011", "P-2026-005000");
        assertThat(refused.failures().get(0).reason()).contains("is registered and cannot become registered");
        assertThat(store.proposals.values()).filteredOn(p -> p.status() == ProposalStatus.REGISTERED).hasSize(1);

        List<ReferenceNumber> fine = new ArrayList<>(refs);
        fine.remove(10);
        assertThat(desk.bulk("kz-2026", fine, new BulkAction.ChangeStatus(register), "sec")).isEqualTo(999);
        assertThat(store.proposals.values()).allMatch(p -> p.status() == ProposalStatus.REGISTERED && p.due() != null);
        assertThat(desk.bulk("kz-2026", refs, new BulkAction.Assign("clerk-1"), "admin")).isEqualTo(1000);
        assertThat(store.proposals.values()).allMatch(p -> "clerk-1".equals(p.assignee()));
        assertThatThrownBy(() -> desk.bulk("kz-2026", List.of(), new BulkAction.Assign("x"), "a")).hasMessageContaining("nothing selected");
    }

    @Test
    void hiddenProposalsKeepTheirPlaceAndSayWhy() {
        Proposal p = desk.submit(proposal("42", "Rude text", "u", null));
        assertThatThrownBy(() -> desk.hide("kz-2026", p.reference(), "", "mod")).hasMessageContaining("field reason");
        Proposal hidden = desk.hide("kz-2026", p.reference(), "Insults another person.", "mod");
        assertThat(hidden.hiddenReason()).isEqualTo("Insults another person.");
        assertThat(store.figures("kz-2026").total()).isEqualTo(1);
        assertThat(desk.show("kz-2026", p.reference(), "mod").hidden()).isFalse();
        assertThat(events).filteredOn(ProposalHidden.class::isInstance).hasSize(2);
    }

    @Test
    void notesReportsNameHidingAndAnonymisation() {
        Proposal p = desk.submit(new NewProposal("kz-2026", "42", ProposalKind.AMEND, "Text", "", null, null, null,
                new Author("u9", "Aigerim S.", "KZ-AST", false), null, null));
        desk.note("kz-2026", p.reference(), "Check with the working group", "sec");
        assertThat(registry.notes(p)).extracting(Note::text).containsExactly("Check with the working group");
        assertThatThrownBy(() -> desk.note("kz-2026", p.reference(), "", "sec")).hasMessageContaining("field text");
        desk.report("kz-2026", p.reference(), "I did not write this", "someone");
        assertThat(store.reports).hasSize(1);
        assertThat(desk.hideName("kz-2026", p.reference()).author().publicName()).isEmpty();
        desk.anonymise("u9");
        assertThat(registry.proposal("kz-2026", p.reference()).author().account()).isNull();
        assertThat(registry.byAuthor("u9")).isEmpty();
    }

    ReferenceNumber registered(String text) {
        ReferenceNumber r = desk.submit(proposal("42", text, "u", null)).reference();
        desk.changeStatus("kz-2026", r, new StatusRequest(ProposalStatus.REGISTERED, null, null, "Registered."), "sec");
        return r;
    }

    static StatusRequest answer(Outcome o, ReferenceNumber into) {
        return new StatusRequest(ProposalStatus.ANSWERED, o, into, "Reasons given.");
    }

    @Test
    void aMergeAnswersEachCopyFromAnyStatusAndMovesSupportsOncePerPerson() {
        Proposal rep = desk.submit(proposal("42", "Сократить срок полномочий до пяти лет.", "author", null));
        Proposal copy1 = desk.submit(proposal("42", "Сократить срок полномочий до пяти лет!", "u1", null));
        Proposal copy2 = desk.submit(proposal("42", "Сократить срок полномочий до 5 лет.", "u2", null));
        desk.support("kz-2026", rep.reference(), "fan");
        desk.support("kz-2026", copy1.reference(), "fan");
        desk.support("kz-2026", copy2.reference(), "fan");
        desk.support("kz-2026", copy2.reference(), "author"); // the representative's author counts as its author
        desk.support("kz-2026", copy2.reference(), "other");
        desk.changeStatus("kz-2026", copy2.reference(), new StatusRequest(ProposalStatus.REGISTERED, null, null, "Registered."), "sec");
        events.clear();

        Merge m = desk.merge("kz-2026", rep.reference(), List.of(rep.reference(), copy1.reference(), copy2.reference()),
                "The same proposal.", "sec");

        assertThat(m.merged()).containsExactly(copy1.reference(), copy2.reference());
        assertThat(m.supportsMoved()).isEqualTo(1);
        assertThat(registry.proposal("kz-2026", rep.reference()).supports()).isEqualTo(2);
        for (Proposal c : List.of(copy1, copy2)) {
            Proposal p = registry.proposal("kz-2026", c.reference());
            assertThat(p.status()).isEqualTo(ProposalStatus.ANSWERED);
            assertThat(p.outcome()).isEqualTo(Outcome.MERGED);
            assertThat(p.mergedInto()).isEqualTo(rep.reference());
            assertThat(p.answer()).isEqualTo("The same proposal.");
            assertThat(p.supports()).isZero();
        }
        assertThat(events).filteredOn(ProposalAnswered.class::isInstance).hasSize(2);
        ProposalsMerged e = (ProposalsMerged) events.stream().filter(ProposalsMerged.class::isInstance).findFirst().orElseThrow();
        assertThat(e.merged()).containsExactly(copy1.reference().toString(), copy2.reference().toString());
        assertThat(e.toString()).doesNotContain("u1").doesNotContain("fan");
        // Again: nothing left to merge.
        assertThatThrownBy(() -> desk.merge("kz-2026", rep.reference(), List.of(copy1.reference()), "Again.", "sec"))
                .hasMessageContaining("field members").hasMessageContaining("already");
    }

    @Test
    void aMergeRefusesAMemberAnsweredOtherwiseAndChangesNothing() {
        Proposal rep = desk.submit(proposal("42", "Один текст.", "a", null));
        Proposal copy = desk.submit(proposal("42", "Один текст!", "b", null));
        Proposal answered = desk.submit(proposal("42", "Один текст?", "c", null));
        desk.changeStatus("kz-2026", answered.reference(), new StatusRequest(ProposalStatus.REGISTERED, null, null, "R."), "sec");
        desk.changeStatus("kz-2026", answered.reference(), new StatusRequest(ProposalStatus.ANSWERED, Outcome.REJECTED, null, "No."), "sec");
        assertThatThrownBy(() -> desk.merge("kz-2026", rep.reference(), List.of(copy.reference(), answered.reference()), "Same.", "sec"))
                .isInstanceOf(BulkRefused.class).hasMessageContaining(answered.reference().toString());
        assertThat(registry.proposal("kz-2026", copy.reference()).status()).isEqualTo(ProposalStatus.RECEIVED);
        assertThatThrownBy(() -> desk.merge("kz-2026", rep.reference(), List.of(copy.reference()), " ", "sec"))
                .hasMessageContaining("field reason");
    }
}

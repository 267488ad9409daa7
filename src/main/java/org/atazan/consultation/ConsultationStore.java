package org.atazan.consultation;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Where consultations and proposals are kept (PostgreSQL at the edge, in memory in unit tests). */
public interface ConsultationStore {

    void create(Consultation c);

    Optional<Consultation> consultation(String id);

    List<Consultation> consultations();

    /** The next sequence number of a consultation's year, allocated in the caller's transaction (no gaps, no duplicates). */
    long nextSequence(String consultationId, int year);

    /**
     * The first of {@code count} consecutive sequence numbers of a consultation's year, allocated in the
     * caller's transaction (an import numbers its rows in one step).
     */
    default long nextSequences(String consultationId, int year, int count) {
        long first = nextSequence(consultationId, year);
        for (int i = 1; i < count; i++) nextSequence(consultationId, year);
        return first;
    }

    /** Stores imported proposals (status, dates and answer included) with their whole history. */
    default void insertImported(List<ImportedProposal> imported) {
        for (ImportedProposal i : imported) {
            long id = insert(i.proposal(), null, i.history().get(0));
            Proposal p = i.proposal();
            update(new Proposal(id, p.consultationId(), p.reference(), p.article(), p.kind(), p.wording(), p.reasons(),
                    p.language(), p.channel(), p.externalId(), p.author(), p.status(), p.outcome(), p.mergedInto(), p.answer(),
                    p.receivedAt(), p.registeredOn(), p.due(), p.hiddenReason(), p.supports(), p.assignee()));
            for (StatusChange c : i.history().subList(1, i.history().size())) appendHistory(id, c);
        }
    }

    /** The proposals of a channel with these external ids, by external id. */
    default Map<String, Proposal> byExternalIds(String consultationId, Channel channel, Collection<String> externalIds) {
        Map<String, Proposal> found = new HashMap<>();
        for (String e : externalIds) byExternalId(consultationId, channel, e).ifPresent(p -> found.put(e, p));
        return found;
    }

    /** Stores a new proposal with its first history entry; returns its id. */
    long insert(Proposal p, String idempotencyKey, StatusChange first);

    Optional<Proposal> byIdempotencyKey(String account, String key);

    Optional<Proposal> byExternalId(String consultationId, Channel channel, String externalId);

    Optional<Proposal> find(String consultationId, ReferenceNumber reference);

    /** The proposals named, locked for update until the transaction ends; unknown ones are left out. */
    List<Proposal> lock(String consultationId, Collection<ReferenceNumber> references);

    /** Writes a proposal's status, answer, dates, moderation and assignee. */
    void update(Proposal p);

    void appendHistory(long proposalId, StatusChange change);

    List<StatusChange> history(long proposalId);

    /** Adds one support of the account; false if it supported the proposal already (even at the same moment). */
    boolean support(long proposalId, String account, Instant at);

    /**
     * Moves the supports of {@code from} to {@code to}, once per person: an account that supported several
     * (or {@code to} already) counts once, and {@code to}'s author not at all. Supports whose account was
     * deleted move as counts. {@code from} keep none. Returns how many {@code to} gained.
     */
    int moveSupports(Collection<Long> from, long to, String toAuthor);

    /** The accounts supporting a proposal (deleted accounts are no longer known). */
    List<String> supporters(long proposalId);

    void addNote(long proposalId, Note note);

    List<Note> notes(long proposalId);

    /** The consultation's answer templates, by language and name. */
    List<AnswerTemplate> answerTemplates(String consultationId);

    /** Stores a new template; returns it with its id. */
    AnswerTemplate addAnswerTemplate(AnswerTemplate template);

    /** Replaces a stored template's fields; false when the consultation has no template with that id. */
    boolean updateAnswerTemplate(AnswerTemplate template);

    /** Removes one; false when the consultation has no template with that id. */
    boolean removeAnswerTemplate(String consultationId, long id);

    void addReport(long proposalId, String reporter, String reason, Instant at);

    /** Adds a report of this kind by the account; false if the account had reported the proposal so already. */
    default boolean report(long proposalId, String reporter, ReportKind kind, String reason, Instant at) {
        addReport(proposalId, reporter, reason, at);
        return true;
    }

    /**
     * Marks that the author was told the proposal reached {@code status}; false if they were told already
     * (a listener delivered twice), in the caller's transaction.
     */
    default boolean markNotified(String consultationId, String reference, String status) {
        return true;
    }

    ProposalPage list(ProposalQuery query);

    /** Every proposal the account wrote, newest first. */
    List<Proposal> byAuthor(String account);

    /** The texts of a consultation's proposals after a key, in key order, at most {@code max}, hidden ones included. */
    List<ProposalFinder.Text> textsAfter(String consultationId, long afterId, int max);

    /** The shown proposals of a consultation with these keys, in no particular order. */
    List<Proposal> shownByIds(String consultationId, Collection<Long> ids);

    /**
     * The shown proposals of a consultation whose wording is nearest to {@code text}, nearest first, with
     * their trigram similarity (0..1); at most {@code limit}, none below {@code floor}.
     */
    List<Similar> nearest(String consultationId, String text, int limit, double floor);

    /** The proposals the account supported (references), for the account's own data. */
    List<String> supportedBy(String account);

    /** Removes the account from what it wrote (the name hidden), its supports kept as counts. */
    void anonymise(String account);

    Figures figures(String consultationId);

    /** Every proposal of a consultation that is not hidden, in reference order, one at a time. */
    void forEachPublic(String consultationId, Consumer<Proposal> each);
}

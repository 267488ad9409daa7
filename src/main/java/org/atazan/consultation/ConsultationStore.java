package org.atazan.consultation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where consultations and proposals are kept (PostgreSQL at the edge, in memory in unit tests). */
public interface ConsultationStore {

    void create(Consultation c);

    Optional<Consultation> consultation(String id);

    List<Consultation> consultations();

    /** The next sequence number of a consultation's year, allocated in the caller's transaction (no gaps, no duplicates). */
    long nextSequence(String consultationId, int year);

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

    void addNote(long proposalId, Note note);

    List<Note> notes(long proposalId);

    void addReport(long proposalId, String reporter, String reason, Instant at);

    ProposalPage list(ProposalQuery query);

    /** Every proposal the account wrote, newest first. */
    List<Proposal> byAuthor(String account);

    /** The proposals the account supported (references), for the account's own data. */
    List<String> supportedBy(String account);

    /** Removes the account from what it wrote (the name hidden), its supports kept as counts. */
    void anonymise(String account);

    Figures figures(String consultationId);

    /** Every proposal of a consultation that is not hidden, in reference order, one at a time. */
    void forEachPublic(String consultationId, Consumer<Proposal> each);
}

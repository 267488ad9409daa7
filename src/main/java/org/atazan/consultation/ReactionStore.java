package org.atazan.consultation;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Where reactions to proposals are kept (PostgreSQL at the edge). */
public interface ReactionStore {

    /**
     * Stores the participant's reaction to the proposal, replacing an earlier one (an insert or an
     * update in one statement: two at once leave one row); a reaction older than the stored one is ignored.
     */
    void react(long proposalId, String participant, ProposalReaction reaction, Instant at);

    ReactionCounts counts(long proposalId);

    /** The participant's reaction to the proposal, if any (for their own page, never public). */
    java.util.Optional<ProposalReaction> of(long proposalId, String participant);

    /** How many reactions a consultation's proposals have in all. */
    long total(String consultationId);

    /** Whether any proposal of the consultation has a reaction (without counting them all). */
    boolean any(String consultationId);

    /**
     * What changes whenever a consultation's reactions change: their number and the time of the latest
     * (a changed reaction gets a later time), as "count/epoch-micros".
     */
    String version(String consultationId);

    /** Every reaction to a consultation's shown proposals, oldest first, one at a time. */
    void forEach(String consultationId, Consumer<GivenReaction> each);

    /** The references of a consultation's hidden proposals. */
    List<ReferenceNumber> hidden(String consultationId);

    /** Stores many imported reactions at once (COPY); each pair of proposal and participant at most once. */
    void importAll(List<Imported> reactions);

    /** The account's reactions, as "consultation reference reaction", for the account's own data. */
    List<String> byParticipant(String account);

    /** A deleted account's reactions are kept, under a random name that links them to nothing. */
    void anonymise(String account, String replacement);

    /** A reaction to import: the stored proposal's id, the participant's name, the reaction, when. */
    record Imported(long proposalId, String participant, ProposalReaction reaction, Instant at) {
    }
}

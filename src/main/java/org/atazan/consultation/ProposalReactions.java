package org.atazan.consultation;

import org.atazan.kernel.BadInputException;
import org.atazan.kernel.UnitOfWork;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Reactions to proposals: a citizen agrees, disagrees or passes, once per proposal (a later reaction
 * replaces theirs); the public sees only the counts. Imported conversations bring their reactions under
 * names that are no account ({@link #IMPORTED} first).
 */
public final class ProposalReactions {
    /** The prefix of an imported participant's name: no account name starts so. */
    public static final String IMPORTED = "imported:";

    private final ReactionStore store;
    private final ConsultationRegistry registry;
    private final UnitOfWork work;
    private final Clock clock;

    public ProposalReactions(ReactionStore store, ConsultationRegistry registry, UnitOfWork work, Clock clock) {
        this.store = store;
        this.registry = registry;
        this.work = work;
        this.clock = clock;
    }

    /** Records the account's reaction to a shown proposal (replacing an earlier one) and returns the new counts. */
    public ReactionCounts react(String consultationId, ReferenceNumber ref, String account, ProposalReaction reaction) {
        if (account == null || account.startsWith(IMPORTED)) throw new BadInputException("field account: not a citizen's account");
        if (reaction == null) throw new BadInputException("field reaction: missing; one of agree, disagree, pass");
        Proposal p = registry.proposal(consultationId, ref);
        if (p.hidden()) throw new BadInputException("field reference: " + ref + " is hidden by moderation");
        work.run(() -> store.react(p.id(), account, reaction, clock.instant()));
        return store.counts(p.id());
    }

    public ReactionCounts counts(String consultationId, ReferenceNumber ref) {
        return store.counts(registry.proposal(consultationId, ref).id());
    }

    /** The account's own reaction to the proposal, if any. */
    public Optional<ProposalReaction> mine(String consultationId, ReferenceNumber ref, String account) {
        if (account == null) return Optional.empty();
        return store.of(registry.proposal(consultationId, ref).id(), account);
    }

    /** How many reactions the consultation has; changes whenever someone reacts for the first time. */
    public long total(String consultationId) {
        return store.total(registry.consultation(consultationId).id());
    }

    /** Whether anyone reacted to the consultation's proposals: a page's link to the opinion map, without counting them all. */
    public boolean any(String consultationId) {
        return store.any(registry.consultation(consultationId).id());
    }

    /** Changes whenever the consultation's reactions change (one more, or one changed): a cache's key. */
    public String version(String consultationId) {
        return store.version(registry.consultation(consultationId).id());
    }

    /** Every reaction to the consultation's shown proposals, oldest first. */
    public void forEach(String consultationId, Consumer<GivenReaction> each) {
        store.forEach(registry.consultation(consultationId).id(), each);
    }

    public List<ReferenceNumber> hidden(String consultationId) {
        return store.hidden(consultationId);
    }

    /** Stores imported reactions (each participant's name gets {@link #IMPORTED} in front) in one unit of work. */
    public void importAll(List<ReactionStore.Imported> reactions) {
        List<ReactionStore.Imported> named = reactions.stream().map(r -> r.participant().startsWith(IMPORTED) ? r
                : new ReactionStore.Imported(r.proposalId(), IMPORTED + r.participant(), r.reaction(), r.at())).toList();
        work.run(() -> store.importAll(named));
    }

    public List<String> byAccount(String account) {
        return store.byParticipant(account);
    }

    /** A deleted account's reactions stay in the counts and the map, no longer linked to it. Idempotent. */
    public void anonymise(String account) {
        work.run(() -> store.anonymise(account, "deleted:" + UUID.randomUUID()));
    }
}

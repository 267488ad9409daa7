package org.atazan.voting;

import org.atazan.kernel.BadInputException;
import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.NotFoundException;
import org.atazan.kernel.UnitOfWork;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A referendum's result: the rule's verdict on the live totals, and its publication by an official,
 * which fixes the national figures and verdicts of that moment in the public record.
 */
public final class Results {
    /** Decimals of the published shares, as on the result page. */
    static final int DECIMALS = 2;

    private final Referendums store;
    private final VoteRegistry votes;
    private final LiveTotals totals;
    private final UnitOfWork unitOfWork;
    private final DomainEvents events;
    private final Clock clock;
    // Read on every view of a result page, written only here: kept in memory once read.
    private final Map<String, Optional<PublishedResult>> latest = new ConcurrentHashMap<>();

    public Results(Referendums store, VoteRegistry votes, LiveTotals totals, UnitOfWork unitOfWork, DomainEvents events,
                   Clock clock) {
        this.store = store;
        this.votes = votes;
        this.totals = totals;
        this.unitOfWork = unitOfWork;
        this.events = events;
        this.clock = clock;
    }

    /** The rule's verdict on the first question (the only one of most referendums). */
    public RuleOutcome outcome(String id) {
        return outcome(id, votes.vote(id).questions().get(0).id());
    }

    /**
     * The rule's verdict on one question's current totals; units are the root's children (empty if
     * their figures are not public).
     */
    public RuleOutcome outcome(String id, String questionId) {
        Referendum r = votes.vote(id);
        TallyTree t = totals.tree(id);
        if (t.roots().isEmpty()) throw new NotFoundException("vote '" + id + "' has no territories yet");
        if (r.questions().stream().noneMatch(q -> q.id().equals(questionId))) {
            throw new NotFoundException("vote '" + id + "' has no question '" + questionId + "'");
        }
        String root = t.roots().get(0);
        List<UnitTally> units = r.unitFiguresPublic()
                ? t.children(root).stream().map(c -> new UnitTally(c, t.total(c).forQuestion(questionId))).toList() : List.of();
        return r.referendumRule().evaluate(t.total(root).forQuestion(questionId), units);
    }

    /** What can be said publicly about one question now. */
    public Verdict verdict(String id, String questionId) {
        RuleOutcome o = outcome(id, questionId);
        return Verdict.of(votes.vote(id), o);
    }

    /**
     * Publishes the current national totals and every question's verdict. Refused when nothing has been
     * counted, and when the latest publication already says the same.
     */
    public PublishedResult publish(String id, String by) {
        Referendum r = votes.vote(id);
        if (!r.isReferendum()) {
            throw new BadInputException("'" + id + "' is a party-list vote: its seats are allocated, there is no referendum result to publish");
        }
        synchronized (totals.lock(id)) {
            TallyTree tree = totals.tree(id);
            PublishedResult result = unitOfWork.call(() -> {
                if (tree.roots().isEmpty() || tree.total(tree.roots().get(0)).stations() == 0) {
                    throw new BadInputException("nothing to publish: no protocol of '" + id + "' has been counted yet");
                }
                Tally national = tree.total(tree.roots().get(0));
                TallyFigures figures = TallyFigures.of(national, DECIMALS);
                List<PublishedResult.QuestionVerdict> verdicts = r.questions().stream().map(q -> {
                    Verdict v = verdict(id, q.id());
                    Tally t = national.forQuestion(q.id());
                    return new PublishedResult.QuestionVerdict(q.id(), t.yes(), t.no(), v.rule(), v.valid(), v.adopted());
                }).toList();
                List<PublishedResult> before = store.publications(id);
                PublishedResult last = before.isEmpty() ? null : before.get(before.size() - 1);
                if (last != null && last.sameFigures(figures, verdicts)) {
                    throw new ResultAlreadyPublished("the result of '" + id + "' was already published with these figures"
                            + " (publication " + last.number() + " of " + last.publishedAt() + "); publish again after a correction");
                }
                PublishedResult next = new PublishedResult(id, before.size() + 1, clock.instant().truncatedTo(ChronoUnit.MICROS),
                        by, figures, verdicts);
                store.addPublication(next);
                events.publish(ResultPublished.of(next));
                return next;
            });
            latest.put(id, Optional.of(result));
            return result;
        }
    }

    /** The vote's result was published on another node of the platform: its latest publication is read again on next use. */
    public void refresh(String id) {
        latest.remove(id);
    }

    /** The latest publication of the vote's result, if any. */
    public Optional<PublishedResult> latestPublication(String id) {
        votes.vote(id);
        return latest.computeIfAbsent(id, k -> {
            List<PublishedResult> all = store.publications(k);
            return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
        });
    }

    /** Every publication of the vote's result, oldest first. */
    public List<PublishedResult> publications(String id) {
        votes.vote(id);
        return store.publications(id);
    }
}

package org.atazan.systematization;

import org.atazan.consultation.ConsultationRegistry;
import org.atazan.consultation.Merge;
import org.atazan.consultation.ProposalDesk;
import org.atazan.consultation.ReferenceNumber;
import org.atazan.kernel.BadInputException;
import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.NotFoundException;
import org.atazan.kernel.UnitOfWork;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Near-duplicate groups of a consultation: found by {@link NearDuplicates} over its shown proposals
 * (the wording), kept with the decisions people made on them ({@link DuplicateGrouping} applies them
 * again at every run), confirmed, split, or merged in one click into the representative through the
 * consultation's {@link ProposalDesk#merge}. Each decision is one unit of work with its event.
 */
public final class DuplicateDesk {
    /** Texts handed to the sketcher at a time: bounded memory whatever the consultation's size. */
    static final int BATCH = 20_000;

    private final ConsultationRegistry registry;
    private final ProposalDesk desk;
    private final DuplicateStore store;
    private final UnitOfWork work;
    private final DomainEvents events;
    private final Clock clock;
    private final NearDuplicates.Settings settings;

    public DuplicateDesk(ConsultationRegistry registry, ProposalDesk desk, DuplicateStore store, UnitOfWork work, DomainEvents events,
                         Clock clock, NearDuplicates.Settings settings) {
        this.registry = registry;
        this.desk = desk;
        this.store = store;
        this.work = work;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
    }

    public NearDuplicates.Settings settings() {
        return settings;
    }

    /** Finds the groups again over every shown proposal, and applies every decision made so far. */
    public DuplicateRun run(String consultationId) {
        registry.consultation(consultationId);
        NearDuplicates near = new NearDuplicates(settings);
        List<IdText> batch = new ArrayList<>();
        Articles articles = new Articles();
        registry.forEachPublic(consultationId, p -> {
            articles.add(p.reference(), p.article());
            batch.add(new IdText(p.reference().toString(), p.wording()));
            if (batch.size() == BATCH) {
                near.add(batch);
                batch.clear();
            }
        });
        near.add(batch);
        List<List<ReferenceNumber>> found = near.groups().stream()
                .map(g -> g.stream().map(r -> ReferenceNumber.parse("reference", r)).toList()).toList();
        return work.call(() -> {
            store.lock(consultationId);
            List<DuplicateGroup> shown = DuplicateGrouping.apply(found, store.decisions(consultationId));
            DuplicateRun run = new DuplicateRun(consultationId, near.size(), shown.size(), settings, now());
            store.replace(run, found, articles::of, shown);
            return run;
        });
    }

    /**
     * One page of the groups, largest first: all ({@code article} empty) or those about one article
     * ({@code Optional.of(Optional.empty())}: the whole text).
     */
    public List<DuplicateStore.Summary> summaries(String consultationId, Optional<Optional<String>> article, int offset, int limit) {
        registry.consultation(consultationId);
        return store.summaries(consultationId, article, offset, limit);
    }

    /** How many groups, and proposals in them, {@link #summaries} lists in all. */
    public long[] totals(String consultationId, Optional<Optional<String>> article) {
        return store.totals(consultationId, article);
    }

    /** The group a proposal is in, if any (its representative and size). */
    public Optional<DuplicateStore.Summary> groupOf(String consultationId, ReferenceNumber member) {
        return store.summaryOf(consultationId, member);
    }

    /** The articles that have groups ({@code null} for the whole text). */
    public List<String> articles(String consultationId) {
        return store.articles(consultationId);
    }

    /**
     * Each proposal's article, in the order read (reference order, so sorted): 12 bytes a proposal and
     * one string per distinct article, whatever the consultation's size.
     */
    static final class Articles {
        private long[] keys = new long[1024];
        private int[] article = new int[1024];
        private final List<String> names = new ArrayList<>();
        private final java.util.Map<String, Integer> index = new java.util.HashMap<>();
        private int size;

        void add(ReferenceNumber r, String a) {
            if (size == keys.length) {
                keys = java.util.Arrays.copyOf(keys, size * 2);
                article = java.util.Arrays.copyOf(article, size * 2);
            }
            keys[size] = key(r);
            article[size++] = a == null ? -1 : index.computeIfAbsent(a, k -> {
                names.add(k);
                return names.size() - 1;
            });
        }

        String of(ReferenceNumber r) {
            int i = java.util.Arrays.binarySearch(keys, 0, size, key(r));
            return i < 0 || article[i] < 0 ? null : names.get(article[i]);
        }

        private static long key(ReferenceNumber r) {
            return r.year() * 1_000_000_000L + r.sequence();
        }
    }

    /** The group whose representative is {@code representative}; not found otherwise. */
    public DuplicateGroup group(String consultationId, ReferenceNumber representative) {
        registry.consultation(consultationId);
        return store.groupOf(consultationId, representative).filter(g -> g.representative().equals(representative))
                .orElseThrow(() -> new NotFoundException("no group of near-duplicates represented by " + representative
                        + " in '" + consultationId + "'"));
    }

    public java.util.Optional<DuplicateRun> lastRun(String consultationId) {
        return store.lastRun(consultationId);
    }

    /** A person confirms the group as it stands: a re-run keeps these members together. */
    public DuplicateGroup confirm(String consultationId, ReferenceNumber representative, String by) {
        return work.call(() -> {
            store.lock(consultationId);
            DuplicateGroup g = group(consultationId, representative);
            Instant at = now();
            decide(consultationId, new DuplicateDecision(DuplicateDecision.Kind.CONFIRM, g.members(), List.of(), "", by, at));
            events.publish(new DuplicatesConfirmed(consultationId, strings(g.members()), by, at));
            return group(consultationId, representative);
        });
    }

    /**
     * A person takes proposals out of a group: they are never grouped with the rest again (two or more
     * taken out stay together). A merged member cannot leave: its answer is final.
     */
    public void split(String consultationId, ReferenceNumber representative, List<ReferenceNumber> out, String by) {
        work.run(() -> {
            store.lock(consultationId);
            DuplicateGroup g = group(consultationId, representative);
            Set<ReferenceNumber> taken = new HashSet<>(out);
            if (taken.isEmpty()) throw new BadInputException("field out: choose the proposals that do not belong to the group");
            for (ReferenceNumber r : taken) {
                if (!g.members().contains(r)) throw new BadInputException("field out: " + r + " is not in the group of " + representative);
                var p = registry.proposal(consultationId, r);
                if (p.answered() && representative.equals(p.mergedInto())) {
                    throw new BadInputException("field out: " + r + " was merged into " + representative + "; an answer is final");
                }
            }
            if (taken.size() == g.size()) throw new BadInputException("field out: every member chosen; leave at least one in the group");
            List<ReferenceNumber> outList = g.members().stream().filter(taken::contains).toList();
            List<ReferenceNumber> rest = g.members().stream().filter(r -> !taken.contains(r)).toList();
            Instant at = now();
            decide(consultationId, new DuplicateDecision(DuplicateDecision.Kind.SPLIT, outList, rest, "", by, at));
            events.publish(new DuplicatesSplit(consultationId, strings(outList), strings(rest), by, at));
        });
    }

    /**
     * Merges the group into its representative in one click: the consultation answers every other member
     * "merged" with the public reason and moves their supports, once per person; the group is kept as
     * merged. Members merged before are left as they are.
     */
    public DuplicatesMerged merge(String consultationId, ReferenceNumber representative, String reason, String by) {
        return work.call(() -> {
            store.lock(consultationId);
            DuplicateGroup g = group(consultationId, representative);
            Merge m = desk.merge(consultationId, representative, g.members(), reason, by);
            Instant at = now();
            decide(consultationId, new DuplicateDecision(DuplicateDecision.Kind.MERGE, g.members(), List.of(), reason.strip(), by, at));
            DuplicatesMerged e = new DuplicatesMerged(consultationId, representative.toString(), strings(m.merged()), m.supportsMoved(),
                    reason.strip(), by, at);
            events.publish(e);
            return e;
        });
    }

    private void decide(String consultationId, DuplicateDecision d) {
        store.addDecision(consultationId, d);
        store.replaceShown(consultationId, DuplicateGrouping.apply(store.found(consultationId), store.decisions(consultationId)));
    }

    private static List<String> strings(List<ReferenceNumber> refs) {
        return refs.stream().map(ReferenceNumber::toString).toList();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

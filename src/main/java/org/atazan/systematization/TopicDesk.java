package org.atazan.systematization;

import org.atazan.consultation.ConsultationRegistry;
import org.atazan.consultation.Language;
import org.atazan.consultation.ReferenceNumber;
import org.atazan.kernel.BadInputException;
import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.NotFoundException;
import org.atazan.kernel.UnitOfWork;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The topical clusters of a consultation's proposals per article: found by {@link TopicClustering} over
 * its shown proposals, and named, merged or split by its secretariat. A cluster a person touched is kept:
 * its members stay where the person put them at every re-run, and new proposals near it join it. Each
 * decision is one unit of work with its event.
 */
public final class TopicDesk {
    /** The longest name a cluster may be given. */
    public static final int NAME_MAX = 120;
    /** Runs tried when decisions keep arriving while the clusters are being found. */
    private static final int ATTEMPTS = 3;

    private final ConsultationRegistry registry;
    private final TopicStore store;
    private final UnitOfWork work;
    private final DomainEvents events;
    private final Clock clock;
    private final TopicClustering.Settings settings;
    private final java.util.function.Supplier<List<TopicCitations>> citations;

    public TopicDesk(ConsultationRegistry registry, TopicStore store, UnitOfWork work, DomainEvents events, Clock clock,
                     TopicClustering.Settings settings) {
        this(registry, store, work, events, clock, settings, List::of);
    }

    /** @param citations the other modules' citations of clusters, looked up when needed (they may depend on this desk) */
    public TopicDesk(ConsultationRegistry registry, TopicStore store, UnitOfWork work, DomainEvents events, Clock clock,
                     TopicClustering.Settings settings, java.util.function.Supplier<List<TopicCitations>> citations) {
        this.citations = citations;
        this.registry = registry;
        this.store = store;
        this.work = work;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Finds the clusters again over every shown proposal, in two passes over them (bounded memory). Kept
     * clusters keep their members; if a person decides something while the run reads, the run starts over
     * so that no decision is lost.
     */
    public TopicStore.Run run(String consultationId) {
        registry.consultation(consultationId);
        for (int attempt = 1; ; attempt++) {
            long start = System.nanoTime();
            KeyMap previous = new KeyMap(), kept = new KeyMap();
            store.forEachMember(consultationId, (ref, topic, isKept) -> {
                previous.add(key(ref), topic);
                if (isKept) kept.add(key(ref), topic);
            });
            Map<Long, String> names = store.names(consultationId);
            TopicClustering clustering = new TopicClustering(settings, kept::get);
            int[] proposals = {0};
            registry.forEachPublic(consultationId, p -> {
                clustering.sample(key(p.reference()), p.article(), p.language(), p.wording());
                proposals[0]++;
            });
            clustering.fit();
            registry.forEachPublic(consultationId, p -> clustering.assign(key(p.reference()), p.article(), p.language(), p.wording()));
            TopicClustering.Outcome o = clustering.outcome(previous::get, store::nextId);
            long millis = (System.nanoTime() - start) / 1_000_000;
            TopicStore.Run run = new TopicStore.Run(consultationId, proposals[0], o.clusters().size(), millis, now());
            Optional<TopicStore.Run> done = work.call(() -> {
                store.lock(consultationId);
                if (!sameKept(consultationId, kept, names)) return Optional.empty();
                store.replace(run, o.clusters(), names, sink -> {
                    for (int i = 0; i < o.keys().length; i++) sink.accept(reference(o.keys()[i]), o.memberClusters()[i]);
                });
                return Optional.of(run);
            });
            if (done.isPresent()) return done.get();
            if (attempt == ATTEMPTS) {
                throw new IllegalStateException("the clusters of '" + consultationId + "' kept changing while they were found; try again");
            }
        }
    }

    /** Whether the kept clusters and names are still those the run started from. */
    private boolean sameKept(String consultationId, KeyMap kept, Map<Long, String> names) {
        KeyMap now = new KeyMap();
        store.forEachMember(consultationId, (ref, topic, isKept) -> {
            if (isKept) now.add(key(ref), topic);
        });
        return now.equals(kept) && store.names(consultationId).equals(names);
    }

    public Optional<TopicStore.Run> lastRun(String consultationId) {
        return store.lastRun(consultationId);
    }

    public TopicClustering.Settings settings() {
        return settings;
    }

    /** The clusters of one article ({@code Optional.of(Optional.empty())}: the whole text) or of all, largest first. */
    public List<TopicStore.Topic> topics(String consultationId, Optional<Optional<String>> article) {
        registry.consultation(consultationId);
        return store.topics(consultationId, article);
    }

    public TopicStore.Topic topic(String consultationId, long id) {
        registry.consultation(consultationId);
        return store.topic(consultationId, id).orElseThrow(() -> new NotFoundException(
                "no topical cluster " + id + " in consultation '" + consultationId + "'"));
    }

    public List<ReferenceNumber> members(String consultationId, long id, int offset, int limit) {
        return store.members(consultationId, id, offset, limit);
    }

    public Optional<TopicStore.Topic> topicOf(String consultationId, ReferenceNumber reference) {
        return store.topicOf(consultationId, reference).flatMap(id -> store.topic(consultationId, id));
    }

    /** The articles that have clusters ({@code null} for the whole text). */
    public List<String> articles(String consultationId) {
        return store.articles(consultationId);
    }

    /**
     * A decision elsewhere cites the cluster (an amendment answers its proposals): it is kept from now on, so that a
     * re-run never moves its members away; in the caller's unit of work. Its name, if any, stays.
     */
    public TopicStore.Topic keep(String consultationId, long id) {
        return work.call(() -> {
            store.lock(consultationId);
            TopicStore.Topic t = topic(consultationId, id);
            if (!t.kept()) store.keep(consultationId, id);
            return topic(consultationId, id);
        });
    }

    /** What cites a cluster (amendments and the like), in the reader's language. */
    public List<TopicCitations.Citation> citations(String consultationId, long id, java.util.Locale locale) {
        List<TopicCitations.Citation> out = new ArrayList<>();
        for (TopicCitations c : citations.get()) out.addAll(c.citing(consultationId, id, locale));
        return out;
    }

    /** A person names a cluster: it is kept from now on. */
    public TopicStore.Topic rename(String consultationId, long id, String name, String by) {
        String n = name(name);
        return work.call(() -> {
            store.lock(consultationId);
            topic(consultationId, id);
            store.rename(consultationId, id, n);
            events.publish(new TopicsRenamed(consultationId, id, n, by, now()));
            return topic(consultationId, id);
        });
    }

    /** A person merges clusters of one article into the first: it is kept, with their members, under its name. */
    public TopicStore.Topic merge(String consultationId, long into, List<Long> others, String by) {
        return work.call(() -> {
            store.lock(consultationId);
            TopicStore.Topic target = topic(consultationId, into);
            List<Long> from = new ArrayList<>(new java.util.LinkedHashSet<>(others));
            from.remove(into);
            if (from.isEmpty()) throw new BadInputException("field topics: choose at least one other cluster to merge into " + into);
            List<TopicStore.Topic> merged = new ArrayList<>(List.of(target));
            for (long f : from) {
                TopicStore.Topic t = topic(consultationId, f);
                if (!java.util.Objects.equals(t.article(), target.article())) {
                    throw new BadInputException("field topics: cluster " + f + " is about "
                            + (t.article() == null ? "the whole text" : "article " + t.article()) + ", cluster " + into + " about "
                            + (target.article() == null ? "the whole text" : "article " + target.article())
                            + "; only clusters of one article merge");
                }
                List<TopicCitations.Citation> cited = citations(consultationId, f, java.util.Locale.ENGLISH);
                if (!cited.isEmpty()) {
                    throw new BadInputException("field topics: cluster " + f + " is cited (" + cited.get(0).text()
                            + (cited.size() > 1 ? " and " + (cited.size() - 1) + " more" : "") + ") and stays whole; merge the others into "
                            + f + " instead (rule: a cited cluster is kept)");
                }
                merged.add(t);
            }
            store.merge(consultationId, into, from, combined(merged));
            events.publish(new TopicsMerged(consultationId, into, from, by, now()));
            return topic(consultationId, into);
        });
    }

    /** A person takes proposals out of a cluster into a new named one; both are kept. */
    public TopicStore.Topic split(String consultationId, long from, List<ReferenceNumber> out, String name, String by) {
        String n = name(name);
        return work.call(() -> {
            store.lock(consultationId);
            TopicStore.Topic t = topic(consultationId, from);
            Set<ReferenceNumber> taken = new java.util.TreeSet<>(out);
            if (taken.isEmpty()) throw new BadInputException("field out: choose the proposals that belong to another cluster");
            Map<Language, List<ReferenceNumber>> byLanguage = new LinkedHashMap<>();
            for (ReferenceNumber r : taken) {
                if (!store.topicOf(consultationId, r).map(x -> x == from).orElse(false)) {
                    throw new BadInputException("field out: " + r + " is not in cluster " + from);
                }
                byLanguage.computeIfAbsent(registry.proposal(consultationId, r).language(), l -> new ArrayList<>()).add(r);
            }
            if (taken.size() == t.size()) throw new BadInputException("field out: every member chosen; leave at least one in the cluster");
            long id = store.nextId();
            List<TopicClustering.Description> d = byLanguage.entrySet().stream()
                    .map(e -> new TopicClustering.Description(e.getKey(), e.getValue().size(), List.of(),
                            e.getValue().stream().limit(2).map(TopicDesk::key).toList())).toList();
            store.split(consultationId, from, id, n, List.copyOf(taken), d);
            events.publish(new TopicSplit(consultationId, from, id, n, taken.stream().map(ReferenceNumber::toString).toList(), by, now()));
            return topic(consultationId, id);
        });
    }

    /** Merged clusters' descriptions per language until the next run describes them again: sizes added, the larger one's words. */
    private static List<TopicClustering.Description> combined(List<TopicStore.Topic> topics) {
        Map<Language, List<TopicClustering.Description>> byLanguage = new LinkedHashMap<>();
        topics.forEach(t -> t.descriptions().forEach(d -> byLanguage.computeIfAbsent(d.language(), l -> new ArrayList<>()).add(d)));
        List<TopicClustering.Description> out = new ArrayList<>();
        byLanguage.forEach((language, ds) -> {
            TopicClustering.Description largest = ds.stream().max(Comparator.comparingInt(TopicClustering.Description::size)).orElseThrow();
            out.add(new TopicClustering.Description(language, ds.stream().mapToInt(TopicClustering.Description::size).sum(),
                    largest.terms(), largest.representatives()));
        });
        out.sort(Comparator.comparingInt(TopicClustering.Description::size).reversed());
        return out;
    }

    private static String name(String name) {
        String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (n.isEmpty()) throw new BadInputException("field name: a cluster's name cannot be blank");
        if (n.codePointCount(0, n.length()) > NAME_MAX) {
            throw new BadInputException("field name: at most " + NAME_MAX + " characters, not " + n.codePointCount(0, n.length()));
        }
        if (n.codePoints().anyMatch(Character::isISOControl)) throw new BadInputException("field name: control characters are not allowed");
        return n;
    }

    /** A reference as one number, ordered as references are (year, then sequence). */
    public static long key(ReferenceNumber r) {
        return r.year() * 1_000_000_000L + r.sequence();
    }

    public static ReferenceNumber reference(long key) {
        return new ReferenceNumber((int) (key / 1_000_000_000L), key % 1_000_000_000L);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Proposal → cluster for proposals read in reference order: 16 bytes each, looked up by binary search. */
    static final class KeyMap {
        private long[] keys = new long[256];
        private long[] values = new long[256];
        private int size;

        void add(long key, long value) {
            if (size > 0 && key <= keys[size - 1]) throw new IllegalArgumentException("members out of reference order at " + key);
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            values[size++] = value;
        }

        long get(long key) {
            int i = Arrays.binarySearch(keys, 0, size, key);
            return i < 0 ? -1 : values[i];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof KeyMap k && size == k.size && Arrays.equals(keys, 0, size, k.keys, 0, size)
                    && Arrays.equals(values, 0, size, k.values, 0, size);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(Arrays.copyOf(keys, size));
        }
    }
}

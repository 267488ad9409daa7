package org.atazan.systematization;

import org.atazan.consultation.ReferenceNumber;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Where a consultation's topical clusters, their members and the names people gave them are kept (PostgreSQL at the edge). */
public interface TopicStore {

    /** A cluster as kept: {@code name} is a person's, or {@code null} when its terms tell it. */
    record Topic(long id, String article, String name, boolean kept, int size, List<TopicClustering.Description> descriptions) {
        public Topic {
            descriptions = List.copyOf(descriptions);
        }
    }

    /** The last run: when, over how many proposals, how many clusters, and how long it took. */
    record Run(String consultationId, int proposals, int clusters, long millis, Instant at) {
    }

    /** Serialises runs and decisions of one consultation until the caller's transaction ends. */
    void lock(String consultationId);

    long nextId();

    /** Every proposal's cluster in reference order, and whether that cluster is kept. */
    void forEachMember(String consultationId, MemberSink each);

    interface MemberSink {
        void accept(ReferenceNumber reference, long topic, boolean kept);
    }

    /** The names people gave, by cluster. */
    Map<Long, String> names(String consultationId);

    /** Replaces every cluster and membership with a run's outcome; {@code members} gives each member in reference order. */
    void replace(Run run, List<TopicClustering.Cluster> clusters, Map<Long, String> names,
                 java.util.function.Consumer<BiConsumer<ReferenceNumber, Long>> members);

    Optional<Run> lastRun(String consultationId);

    /** The clusters of one article ({@code Optional.of(Optional.empty())}: the whole text) or all, largest first. */
    List<Topic> topics(String consultationId, Optional<Optional<String>> article);

    Optional<Topic> topic(String consultationId, long id);

    /** One page of a cluster's members, in reference order. */
    List<ReferenceNumber> members(String consultationId, long id, int offset, int limit);

    /** The cluster a proposal is in. */
    Optional<Long> topicOf(String consultationId, ReferenceNumber reference);

    /** The articles that have clusters ({@code null} for the whole text, first). */
    List<String> articles(String consultationId);

    void rename(String consultationId, long id, String name);

    /** Marks a cluster kept, its name as it is. */
    void keep(String consultationId, long id);

    /** Moves every member of {@code from} into {@code into}, which is kept with the descriptions given; {@code from} is gone. */
    void merge(String consultationId, long into, List<Long> from, List<TopicClustering.Description> descriptions);

    /** A new kept cluster of {@code out}, taken from {@code from} (kept too). */
    void split(String consultationId, long from, long newId, String name, List<ReferenceNumber> out,
               List<TopicClustering.Description> descriptions);
}

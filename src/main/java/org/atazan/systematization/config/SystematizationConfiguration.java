package org.atazan.systematization.config;

import org.atazan.consultation.ConsultationRegistry;
import org.atazan.consultation.ProposalDesk;
import org.atazan.consultation.ProposalReactions;
import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.UnitOfWork;
import org.atazan.systematization.DuplicateDesk;
import org.atazan.systematization.DuplicateStore;
import org.atazan.systematization.NearDuplicates;
import org.atazan.systematization.OpinionGroups;
import org.atazan.systematization.OpinionMaps;
import org.atazan.systematization.ProposalNeighbours;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Wires the index of similar proposals; the near-duplicate groups to the consultation's proposals and desk
 * (the settings of the command line); and the opinion maps to the consultation's reactions, with Pol.is's
 * settings and a bound on the reactions mapped.
 */
@Configuration(proxyBeanMethods = false)
class SystematizationConfiguration {

    /**
     * The index of similar proposals, memory-mapped under the data directory (rebuilt at each start:
     * what a previous run left there is removed), or in the heap when the setting is empty.
     */
    @Bean(destroyMethod = "close")
    ProposalNeighbours proposalNeighbours(
            @Value("${atazan.systematization.similar.index-dir:${atazan.data-dir:data}/similar}") String dir,
            @Value("${atazan.systematization.similar.max-consultations:16}") int maxConsultations) throws IOException {
        Path root = dir.isBlank() ? null : Path.of(dir);
        if (root != null && Files.isDirectory(root)) {
            try (var files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(root)).forEach(p -> p.toFile().delete());
            }
        }
        ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "similar-index");
            t.setDaemon(true);
            return t;
        });
        return new ProposalNeighbours(root, builder, maxConsultations);
    }

    @Bean
    OpinionMaps opinionMaps(ProposalReactions reactions,
                            @Value("${atazan.systematization.opinion-map.max-reactions:2000000}") long maxReactions) {
        return new OpinionMaps(reactions, OpinionGroups.Settings.POLIS, maxReactions);
    }

    @Bean
    org.atazan.systematization.TopicDesk topicDesk(ConsultationRegistry registry, org.atazan.systematization.TopicStore store, UnitOfWork work,
                                                   DomainEvents events, java.time.Clock clock,
                                                   org.springframework.beans.factory.ObjectProvider<org.atazan.systematization.TopicCitations> citations) {
        // Citations are looked up when asked for: the modules that cite clusters use this desk themselves.
        return new org.atazan.systematization.TopicDesk(registry, store, work, events, clock, org.atazan.systematization.TopicClustering.Settings.DEFAULT,
                () -> citations.orderedStream().toList());
    }

    @Bean
    DuplicateDesk duplicateDesk(ConsultationRegistry registry, ProposalDesk desk, DuplicateStore store, UnitOfWork work, DomainEvents events,
                                java.time.Clock clock) {
        return new DuplicateDesk(registry, desk, store, work, events, clock, NearDuplicates.Settings.DEFAULT);
    }
}

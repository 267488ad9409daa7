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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the near-duplicate groups to the consultation's proposals and desk (the settings of the command line); the opinion maps to the consultation's reactions, with Pol.is's settings and a bound on the reactions mapped. */
@Configuration(proxyBeanMethods = false)
class SystematizationConfiguration {

    @Bean
    OpinionMaps opinionMaps(ProposalReactions reactions,
                            @Value("${atazan.systematization.opinion-map.max-reactions:2000000}") long maxReactions) {
        return new OpinionMaps(reactions, OpinionGroups.Settings.POLIS, maxReactions);
    }

    @Bean
    DuplicateDesk duplicateDesk(ConsultationRegistry registry, ProposalDesk desk, DuplicateStore store, UnitOfWork work, DomainEvents events,
                                java.time.Clock clock) {
        return new DuplicateDesk(registry, desk, store, work, events, clock, NearDuplicates.Settings.DEFAULT);
    }
}

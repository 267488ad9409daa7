package org.atazan.systematization.config;

import org.atazan.consultation.ProposalReactions;
import org.atazan.systematization.OpinionGroups;
import org.atazan.systematization.OpinionMaps;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the opinion maps to the consultation's reactions, with Pol.is's settings and a bound on the reactions mapped. */
@Configuration(proxyBeanMethods = false)
class SystematizationConfiguration {

    @Bean
    OpinionMaps opinionMaps(ProposalReactions reactions,
                            @Value("${atazan.systematization.opinion-map.max-reactions:2000000}") long maxReactions) {
        return new OpinionMaps(reactions, OpinionGroups.Settings.POLIS, maxReactions);
    }
}

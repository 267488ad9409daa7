package org.atazan.consultation.config;

import org.atazan.charter.Article;
import org.atazan.charter.CharterLibrary;
import org.atazan.consultation.ArticleIndex;
import org.atazan.consultation.ConsultationRegistry;
import org.atazan.consultation.ConsultationStore;
import org.atazan.consultation.ImportLimits;
import org.atazan.consultation.ProposalDesk;
import org.atazan.consultation.ProposalFinder;
import org.atazan.consultation.ProposalImport;
import org.atazan.consultation.ProposalReactions;
import org.atazan.consultation.ReactionStore;
import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.NotFoundException;
import org.atazan.kernel.UnitOfWork;
import org.atazan.platform.NavigationEntry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Wires the consultation's use cases to its store, the charter's articles, the platform's unit of work
 * and events, and a clock in the consultation's time zone (a proposal's year and a deadline's days are
 * the country's, not UTC's).
 */
@Configuration(proxyBeanMethods = false)
class ConsultationConfiguration {

    @Bean
    ArticleIndex consultationArticleIndex(CharterLibrary charters) {
        return (charterId, versionId) -> {
            try {
                return Optional.of(charters.articles(charterId, versionId).stream().map(Article::number)
                        .collect(Collectors.toUnmodifiableSet()));
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        };
    }

    @Bean
    NavigationEntry consultationNavigation() {
        return new NavigationEntry("nav.consultations", "/consultations", 15);
    }

    @Bean
    ConsultationRegistry consultationRegistry(ConsultationStore store, ArticleIndex index, UnitOfWork work, DomainEvents events,
                                              Clock clock, @Value("${atazan.consultation.zone:Asia/Almaty}") ZoneId zone,
                                              ObjectProvider<ProposalFinder> finder) {
        return new ConsultationRegistry(store, index, work, events, clock.withZone(zone), finder.getIfAvailable(() -> ProposalFinder.NONE));
    }

    /** The limits an import file is read under, from {@code atazan.limits.*}. */
    @Bean
    ImportLimits consultationImportLimits(@Value("${" + ImportLimits.BYTES + ":50MB}") DataSize bytes,
                                          @Value("${" + ImportLimits.LINE_CHARS + ":65536}") int lineChars,
                                          @Value("${" + ImportLimits.ROWS + ":200000}") long rows,
                                          @Value("${" + ImportLimits.JSON_DEPTH + ":16}") int jsonDepth,
                                          @Value("${atazan.limits.report-rows:100}") int reportedRows) {
        return new ImportLimits(bytes.toBytes(), lineChars, rows, jsonDepth, reportedRows);
    }

    @Bean
    ProposalImport proposalImport(ConsultationStore store, ConsultationRegistry registry, ProposalDesk desk, UnitOfWork work,
                                  DomainEvents events, Clock clock, @Value("${atazan.consultation.zone:Asia/Almaty}") ZoneId zone,
                                  ImportLimits limits) {
        return new ProposalImport(store, registry, desk, work, events, clock.withZone(zone), limits);
    }

    @Bean
    ProposalDesk proposalDesk(ConsultationStore store, ConsultationRegistry registry, UnitOfWork work, DomainEvents events,
                              Clock clock, @Value("${atazan.consultation.zone:Asia/Almaty}") ZoneId zone) {
        return new ProposalDesk(store, registry, work, events, clock.withZone(zone));
    }

    @Bean
    ProposalReactions proposalReactions(ReactionStore store, ConsultationRegistry registry, UnitOfWork work, Clock clock) {
        return new ProposalReactions(store, registry, work, clock);
    }
}

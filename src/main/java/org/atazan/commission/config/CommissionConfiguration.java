package org.atazan.commission.config;

import org.atazan.charter.CharterLibrary;
import org.atazan.commission.AmendmentDesk;
import org.atazan.commission.AmendmentStore;
import org.atazan.commission.CommissionDesk;
import org.atazan.consultation.ConsultationRegistry;
import org.atazan.consultation.ProposalDesk;
import org.atazan.commission.CommissionStore;
import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.UnitOfWork;
import org.atazan.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the commission's use cases to its store and the platform's unit of work and events. */
@Configuration(proxyBeanMethods = false)
class CommissionConfiguration {

    @Bean
    CommissionDesk commissionDesk(CommissionStore store, UnitOfWork work, DomainEvents events) {
        return new CommissionDesk(store, work, events);
    }

    @Bean
    AmendmentDesk amendmentDesk(AmendmentStore store, CommissionDesk desk, CharterLibrary charters, ConsultationRegistry consultations,
                                ProposalDesk proposals, org.atazan.systematization.TopicDesk topics, UnitOfWork work, DomainEvents events,
                                java.time.Clock clock) {
        return new AmendmentDesk(store, desk, charters, consultations, proposals, topics, work, events, clock);
    }

    @Bean
    NavigationEntry commissionNavigation() {
        // Between the proposals (15) and the vote (20): the commission drafts from the one for the other.
        return new NavigationEntry("nav.commission", "/commission", 17);
    }
}

package org.atazan.commission.config;

import org.atazan.commission.CommissionDesk;
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
    NavigationEntry commissionNavigation() {
        // Between the proposals (15) and the vote (20): the commission drafts from the one for the other.
        return new NavigationEntry("nav.commission", "/commission", 17);
    }
}

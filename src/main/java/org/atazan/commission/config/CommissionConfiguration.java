package org.atazan.commission.config;

import org.atazan.commission.CommissionDesk;
import org.atazan.commission.CommissionStore;
import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.UnitOfWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the commission's use cases to its store and the platform's unit of work and events. */
@Configuration(proxyBeanMethods = false)
class CommissionConfiguration {

    @Bean
    CommissionDesk commissionDesk(CommissionStore store, UnitOfWork work, DomainEvents events) {
        return new CommissionDesk(store, work, events);
    }
}

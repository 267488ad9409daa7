package org.atazan.platform.events;

import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.UnitOfWork;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The kernel's ports for decisions, on Spring: a unit of work is a database transaction, and an event
 * is published through Spring, where Spring Modulith's JDBC registry writes it to the
 * {@code event_publication} table in that same transaction and delivers it to each listener after
 * commit. A publication stays incomplete until its listener returns; incomplete ones are delivered
 * again at the next start, so a crash between commit and delivery loses nothing.
 */
@Configuration(proxyBeanMethods = false)
class EventsConfiguration {

    @Bean
    UnitOfWork unitOfWork(PlatformTransactionManager transactions) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        return new UnitOfWork() {
            @Override
            public <T> T call(java.util.function.Supplier<T> decision) {
                return tx.execute(status -> decision.get());
            }
        };
    }

    @Bean
    DomainEvents domainEvents(ApplicationEventPublisher publisher) {
        return event -> {
            // Outside a transaction the event would be neither kept nor delivered: a bug, said loudly.
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                throw new IllegalStateException(event.getClass().getSimpleName() + " published outside a unit of work");
            }
            publisher.publishEvent(event);
        };
    }
}

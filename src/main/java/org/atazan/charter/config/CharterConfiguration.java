package org.atazan.charter.config;

import org.atazan.charter.CharterLibrary;
import org.atazan.charter.Charters;
import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.UnitOfWork;
import org.atazan.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the plain-Java core of the Charter module to its persistence adapter and to the platform's
 * units of work (transactions) and events (kept with each write, delivered after commit).
 */
@Configuration(proxyBeanMethods = false)
class CharterConfiguration {

    @Bean
    CharterLibrary charterLibrary(Charters charters, UnitOfWork work, DomainEvents events) {
        return new CharterLibrary(charters, work, events);
    }

    @Bean
    NavigationEntry charterNavigation() {
        return new NavigationEntry("nav.charters", "/charters", 10);
    }
}

package org.atazan.charter.config;

import org.atazan.charter.CharterLibrary;
import org.atazan.charter.CharterLimits;
import org.atazan.charter.Charters;
import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.UnitOfWork;
import org.atazan.platform.NavigationEntry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the plain-Java core of the Charter module to its persistence adapter and to the platform's
 * units of work (transactions) and events (kept with each write, delivered after commit).
 */
@Configuration(proxyBeanMethods = false)
class CharterConfiguration {

    @Bean
    CharterLibrary charterLibrary(Charters charters, UnitOfWork work, DomainEvents events, CharterLimits limits) {
        return new CharterLibrary(charters, work, events, limits);
    }

    /** What an uploaded text may hold: {@code atazan.limits.*}, defaults in {@link CharterLimits#DEFAULT}. */
    @Bean
    CharterLimits charterLimits(
            @Value("${" + CharterLimits.AKN_DEPTH + ":64}") int aknDepth,
            @Value("${" + CharterLimits.AKN_ELEMENTS + ":1000000}") int aknElements,
            @Value("${" + CharterLimits.TEXT + ":20000000}") long textChars,
            @Value("${" + CharterLimits.LINE + ":100000}") int lineChars,
            @Value("${" + CharterLimits.LINES + ":1000000}") int lines) {
        return new CharterLimits(aknDepth, aknElements, textChars, lineChars, lines);
    }

    @Bean
    NavigationEntry charterNavigation() {
        return new NavigationEntry("nav.charters", "/charters", 10);
    }
}

package org.atazan.charter.config;

import org.atazan.charter.CharterLibrary;
import org.atazan.charter.Charters;
import org.atazan.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java core of the Charter module to its persistence adapter. */
@Configuration(proxyBeanMethods = false)
class CharterConfiguration {

    @Bean
    CharterLibrary charterLibrary(Charters charters) {
        return new CharterLibrary(charters);
    }

    @Bean
    NavigationEntry charterNavigation() {
        return new NavigationEntry("nav.charters", "/charters", 10);
    }
}

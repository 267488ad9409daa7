package org.atazan.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The platform's clock, one bean so that tests can move time instead of waiting for it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {
    @Bean
    Clock platformClock() {
        return Clock.systemUTC();
    }
}

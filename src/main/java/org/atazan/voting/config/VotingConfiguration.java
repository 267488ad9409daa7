package org.atazan.voting.config;

import org.atazan.voting.ForensicsDesk;
import org.atazan.voting.ProtocolImport;
import org.atazan.voting.ReferendumDesk;
import org.atazan.voting.Referendums;
import org.atazan.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Wires the plain-Java voting core to its persistence adapter. */
@Configuration(proxyBeanMethods = false)
class VotingConfiguration {

    @Bean
    ReferendumDesk referendumDesk(Referendums referendums) {
        return new ReferendumDesk(referendums, Clock.systemUTC());
    }

    @Bean
    ProtocolImport protocolImport(ReferendumDesk desk) {
        return new ProtocolImport(desk);
    }

    @Bean
    ForensicsDesk forensicsDesk(ReferendumDesk desk) {
        return new ForensicsDesk(desk);
    }

    @Bean
    NavigationEntry votingNavigation() {
        return new NavigationEntry("nav.voting", "/voting", 20);
    }
}

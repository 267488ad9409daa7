package org.atazan.platform.live;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/** The platform's signals between nodes, over its database. */
@Configuration(proxyBeanMethods = false)
class ClusterSignalsConfiguration {

    @Bean(destroyMethod = "close")
    PgClusterSignals clusterSignals(DataSource dataSource, @Value("${atazan.live.signal-poll-ms:250}") int pollMillis) {
        return new PgClusterSignals(dataSource, pollMillis);
    }
}

package org.atazan.platform.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which PostgreSQL to use: an external one when {@code url} is set, otherwise an embedded one.
 */
@ConfigurationProperties("atazan.db")
public record DatabaseSettings(String url, String user, String password, Integer poolSize) {
    public DatabaseSettings {
        poolSize = poolSize == null ? 10 : poolSize;
    }

    boolean external() {
        return url != null && !url.isBlank();
    }
}

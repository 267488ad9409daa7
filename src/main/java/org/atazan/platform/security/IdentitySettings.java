package org.atazan.platform.security;

import org.atazan.platform.IdentityLevel;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What each action needs ({@code atazan.identity.levels.propose=EMAIL_CONFIRMED}), the regions a
 * citizen may say they live in (codes; their names are messages {@code region.<code>}), and how long a
 * confirmation link works.
 */
@ConfigurationProperties("atazan.identity")
record IdentitySettings(Map<String, IdentityLevel> levels, List<String> regions, Duration confirmationValidFor) {
    IdentitySettings {
        levels = levels == null ? Map.of() : Map.copyOf(levels);
        regions = regions == null ? List.of() : List.copyOf(regions);
        confirmationValidFor = confirmationValidFor == null ? Duration.ofHours(48) : confirmationValidFor;
    }
}

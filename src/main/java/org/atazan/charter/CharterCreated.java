package org.atazan.charter;

import java.time.Instant;
import java.util.Map;

/**
 * A charter was created: published in the same unit of work that stored it, so that other modules
 * (a consultation, a public record) learn of it once it is committed, and only then.
 *
 * @param titles its title per language code, where known
 */
public record CharterCreated(String charterId, String title, String country, Map<String, String> titles,
                             Instant createdAt) {
    public CharterCreated {
        titles = titles == null ? Map.of() : Map.copyOf(titles);
    }

    static CharterCreated of(Charter charter, Instant at) {
        return new CharterCreated(charter.id(), charter.title(), charter.country(), charter.titles(), at);
    }
}

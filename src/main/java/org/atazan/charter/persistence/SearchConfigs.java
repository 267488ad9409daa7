package org.atazan.charter.persistence;

import java.util.Map;

/** PostgreSQL text-search configurations by language; 'simple' where PostgreSQL has no stemmer (Kazakh). */
final class SearchConfigs {
    private static final Map<String, String> BY_LANGUAGE = Map.ofEntries(
            Map.entry("ru", "russian"), Map.entry("en", "english"), Map.entry("de", "german"),
            Map.entry("fr", "french"), Map.entry("es", "spanish"), Map.entry("it", "italian"),
            Map.entry("pt", "portuguese"), Map.entry("nl", "dutch"), Map.entry("tr", "turkish"),
            Map.entry("uk", "simple"), Map.entry("kk", "simple"));

    private SearchConfigs() {
    }

    static String forLanguage(String language) {
        return BY_LANGUAGE.getOrDefault(language, "simple");
    }
}

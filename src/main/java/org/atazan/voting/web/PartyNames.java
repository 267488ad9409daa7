package org.atazan.voting.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Party names in the reader's language, where the platform knows them ({@code voting/names/parties.csv},
 * keyed by the name as stored); other names are shown as stored, and the page says they are.
 */
final class PartyNames {
    private static final Map<String, Map<String, String>> NAMES = load();

    private PartyNames() {
    }

    /** The name in the language, or null when the platform has no translation of it. */
    static String translated(String stored, String language) {
        Map<String, String> byLanguage = NAMES.get(stored);
        return byLanguage == null ? null : byLanguage.get(language);
    }

    /** The name in the language, else as stored. */
    static String name(String stored, String language) {
        String t = translated(stored, language);
        return t == null ? stored : t;
    }

    private static Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> out = new HashMap<>();
        try (var in = PartyNames.class.getClassLoader().getResourceAsStream("voting/names/parties.csv");
             var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                Map<String, String> names = new HashMap<>();
                for (String language : new String[]{"kk", "ru", "en"}) names.put(language, r.get(language));
                out.put(r.get("stored"), Map.copyOf(names));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}

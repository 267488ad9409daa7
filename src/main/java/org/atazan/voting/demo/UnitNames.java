package org.atazan.voting.demo;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The official names of Kazakhstan's 17 regions and 3 cities of republican significance in Kazakh,
 * Russian and English (the data sets name them in English only), keyed by the English name.
 */
final class UnitNames {
    private UnitNames() {
    }

    static Map<String, Map<String, String>> kazakhstan() {
        Map<String, Map<String, String>> out = new HashMap<>();
        try (var in = UnitNames.class.getClassLoader().getResourceAsStream("voting/names/kz-units.csv");
             var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                Map<String, String> names = new LinkedHashMap<>();
                for (String language : new String[]{"kk", "ru", "en"}) names.put(language, r.get(language));
                out.put(r.get("en"), names);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

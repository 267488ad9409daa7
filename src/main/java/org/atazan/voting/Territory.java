package org.atazan.voting;

import org.atazan.kernel.BadInputException;

import java.util.Map;
import java.util.Objects;

/**
 * One node of a territory tree of any depth (country, region, district, polling station, ...).
 *
 * @param code       stable identifier, unique in the tree
 * @param kind       e.g. "country", "region", "district", "station"
 * @param names      name per language code, e.g. {"ru": "Республика Адыгея"}
 * @param parentCode code of the parent, or null for the root
 * @param registered registered electorate of a station (0 for other kinds)
 */
public record Territory(String code, String kind, Map<String, String> names, String parentCode, long registered) {
    public Territory {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        if (names == null) names = Map.of();
        for (Map.Entry<String, String> n : names.entrySet()) {
            if (n.getKey() == null || n.getValue() == null) {
                throw new BadInputException("territory " + code + ", field names." + n.getKey() + ": missing");
            }
        }
        names = Map.copyOf(names);
    }

    /** The name in the given language, else any name, else the code. */
    public String name(String language) {
        String n = names.get(language);
        if (n != null) return n;
        return names.values().stream().findFirst().orElse(code);
    }
}

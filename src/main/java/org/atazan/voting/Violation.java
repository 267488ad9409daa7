package org.atazan.voting;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * A control relation that a protocol breaks, with the figures involved.
 *
 * @param relation e.g. "issued <= registered"
 * @param figures  the figures the relation compares, by name, in order
 */
public record Violation(String station, String relation, Map<String, Long> figures) {

    /** One line for people: station, relation and numbers. */
    public String message() {
        String nums = figures.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        return "station " + station + ": " + relation + " fails (" + nums + ")";
    }

    /** The first figure's name: the field a report should point at. */
    public String field() {
        return figures.keySet().iterator().next();
    }
}

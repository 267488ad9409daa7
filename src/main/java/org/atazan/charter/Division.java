package org.atazan.charter;

import java.util.List;

/**
 * A grouping of articles at any depth: part, section, chapter or title.
 *
 * @param kind     the Akoma Ntoso name of the level: "part", "section", "chapter", "title"
 * @param number   the number as written ("I", "VIIIa"), or empty when the division has none
 * @param heading  the division's heading, without its number
 * @param children sub-divisions and articles in reading order
 */
public record Division(String kind, String number, String heading, List<Part> children) implements Part {
    public Division {
        kind = kind == null || kind.isBlank() ? "part" : kind;
        number = number == null ? "" : number;
        heading = heading == null ? "" : heading;
        children = List.copyOf(children);
    }
}

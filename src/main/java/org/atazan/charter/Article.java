package org.atazan.charter;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One article: its number as written ("1", "3-1", "91a"), an optional heading and its paragraphs.
 * A repealed article keeps its number as a gap; {@code repealNote} holds the official note, if any.
 */
public record Article(String number, String heading, List<Paragraph> paragraphs, boolean repealed, String repealNote)
        implements Part {

    public Article {
        if (number == null || number.isBlank()) throw new IllegalArgumentException("an article needs a number");
        heading = heading == null ? "" : heading;
        paragraphs = List.copyOf(paragraphs);
        repealNote = repealNote == null ? "" : repealNote;
    }

    /** The article's whole text as one string: heading, then every paragraph with its points. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        if (!heading.isEmpty()) sb.append(heading).append('\n');
        if (repealed && paragraphs.isEmpty()) sb.append(repealNote);
        for (Paragraph p : paragraphs) sb.append(p.plainText()).append('\n');
        return sb.toString().strip();
    }

    /** Number of points in all paragraphs. */
    public int pointCount() {
        return paragraphs.stream().mapToInt(p -> p.points().size()).sum();
    }

    @Override
    public String toString() {
        return "Article " + number + (repealed ? " (repealed)" : "") + ": "
                + paragraphs.stream().map(Paragraph::plainText).collect(Collectors.joining(" | "));
    }
}

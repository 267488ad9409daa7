package org.atazan.charter;

import java.util.List;

/**
 * A paragraph of an article: its label as written ("(1)", "1.", "3-1.") or empty when unnumbered,
 * its text (the lead-in when it has points) and its points.
 */
public record Paragraph(String number, String text, List<Point> points) {
    public Paragraph {
        number = number == null ? "" : number;
        text = text == null ? "" : text;
        points = List.copyOf(points);
    }

    public Paragraph(String number, String text) {
        this(number, text, List.of());
    }

    /** Label, text and points, one per line. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        if (!number.isEmpty()) sb.append(number).append(' ');
        sb.append(text);
        for (Point p : points) sb.append('\n').append(p.number()).append(' ').append(p.text());
        return sb.toString().strip();
    }
}

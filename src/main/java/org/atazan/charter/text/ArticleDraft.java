package org.atazan.charter.text;

import org.atazan.charter.Article;
import org.atazan.charter.Paragraph;
import org.atazan.charter.Point;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An article being read block by block; becomes an {@link Article} once its text is complete. */
final class ArticleDraft {
    final String number;
    final int line;
    private final String heading;
    private final List<ParagraphDraft> paragraphs = new ArrayList<>();

    ArticleDraft(String number, String heading, int line) {
        this.number = number;
        this.heading = heading == null ? "" : heading.strip();
        this.line = line;
    }

    /** Adds one block of text: a labelled paragraph, a point, or a continuation of what came before. */
    void add(String text, HeadingPatterns patterns) {
        Matcher m = match(patterns.paragraph(), text);
        if (m != null) {
            paragraphs.add(new ParagraphDraft(m.group("label"), m.group("text")));
            return;
        }
        m = match(patterns.point(), text);
        if (m != null) {
            if (paragraphs.isEmpty()) paragraphs.add(new ParagraphDraft("", ""));
            last().points.add(new String[]{m.group("label"), m.group("text")});
            return;
        }
        if (paragraphs.isEmpty() || (last().label.isEmpty() && last().points.isEmpty())) {
            paragraphs.add(new ParagraphDraft("", text));
        } else if (!last().points.isEmpty()) {
            // Text after a point (a proviso, a wrap-up) stays with that point so that reading order is kept.
            String[] point = last().points.get(last().points.size() - 1);
            point[1] = point[1] + "\n" + text;
        } else {
            last().text.append('\n').append(text);
        }
    }

    Article build(Pattern repealed) {
        boolean repealedHeading = matches(repealed, heading);
        String body = singleBlock();
        boolean repealedBody = body != null && matches(repealed, body);
        if (repealedHeading || repealedBody) {
            String note = repealedBody ? body : "";
            // A bare dash is layout, not an official note.
            if (note.equals("-")) note = "";
            return new Article(number, repealedHeading ? "" : heading, List.of(), true, note);
        }
        List<Paragraph> built = new ArrayList<>();
        for (ParagraphDraft p : paragraphs) {
            List<Point> points = new ArrayList<>();
            for (String[] pt : p.points) points.add(new Point(pt[0], pt[1]));
            built.add(new Paragraph(p.label, p.text.toString(), points));
        }
        return new Article(number, heading, built, false, "");
    }

    private String singleBlock() {
        if (paragraphs.size() != 1) return heading.isEmpty() && paragraphs.isEmpty() ? "" : null;
        ParagraphDraft p = paragraphs.get(0);
        return p.label.isEmpty() && p.points.isEmpty() ? p.text.toString() : null;
    }

    private ParagraphDraft last() {
        return paragraphs.get(paragraphs.size() - 1);
    }

    private static Matcher match(Pattern p, String text) {
        if (p == null) return null;
        Matcher m = p.matcher(text);
        return m.matches() ? m : null;
    }

    private static boolean matches(Pattern p, String text) {
        return p != null && !text.isEmpty() && p.matcher(text).matches();
    }

    private static final class ParagraphDraft {
        final String label;
        final StringBuilder text;
        final List<String[]> points = new ArrayList<>();

        ParagraphDraft(String label, String text) {
            this.label = label;
            this.text = new StringBuilder(text);
        }
    }
}

package org.atazan.charter.text;

import org.atazan.charter.CharterInputException;
import org.atazan.charter.CharterText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads the lines of a plain-text or Markdown charter with one {@link HeadingPatterns} set. Lines are
 * grouped into blocks (one line, or a blank-line separated run of wrapped lines); headings are
 * recognised at the start of a block only, so a wrapped line that happens to begin with "Article 5"
 * is not taken for a heading.
 */
final class TextParser {
    private enum State { FRONT, PREAMBLE, DIVISION, ARTICLE, SKIP }

    private final String source;
    private final HeadingPatterns patterns;
    private final BodyDraft body;
    private State state = State.FRONT;
    private String title;
    private final List<String> front = new ArrayList<>();
    private final List<String> preamble = new ArrayList<>();
    private boolean preambleSeen;
    private ArticleDraft article;
    private final List<TextLayout.Heading> headings = new ArrayList<>();

    TextParser(String source, HeadingPatterns patterns) {
        this.source = source;
        this.patterns = patterns;
        this.body = new BodyDraft(source);
    }

    CharterText parse(List<String> lines) {
        int start = patterns.yamlHeader() ? skipYaml(lines) : 0;
        StringBuilder block = new StringBuilder();
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                flush(block);
                continue;
            }
            boolean atStart = block.length() == 0 || !patterns.wrappedLines() || line.startsWith("#")
                    || startsNumberedItem(line);
            if (atStart) {
                // The pending block belongs to what came before this line, whatever the line turns out to be.
                flush(block);
                if (heading(line, i + 1)) continue;
            }
            if (patterns.wrappedLines() && block.length() > 0) {
                block.append(' ').append(line);
            } else {
                flush(block);
                block.append(line);
            }
        }
        flush(block);
        if (body.articleCount == 0) {
            throw new CharterInputException(source, "no recognisable article heading (pattern set " + patterns.name() + ")");
        }
        // Without a preamble heading, the text between title and first heading is the preamble.
        List<String> pre = preambleSeen ? preamble : front;
        return new CharterText(title, String.join("\n", pre), body.build(patterns.repealed()));
    }

    // In an article, "2. ..." or "b) ..." on the line after a paragraph starts the next item, even
    // without a blank line between them (a common layout of lists in wrapped text).
    private boolean startsNumberedItem(String line) {
        return state == State.ARTICLE && (patterns.paragraph().matcher(line).matches()
                || (patterns.point() != null && patterns.point().matcher(line).matches()));
    }

    private int skipYaml(List<String> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) first++;
        if (first >= lines.size() || !lines.get(first).strip().equals("---")) return 0;
        for (int i = first + 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) return i + 1;
        }
        throw new CharterInputException(source, first + 1, "YAML header opened with --- is never closed");
    }

    /** Every heading line read, in order: where each article and division starts in the text. */
    List<TextLayout.Heading> headings() {
        return headings;
    }

    private boolean heading(String line, int lineNo) {
        Matcher m;
        if (title == null && patterns.title() != null && (m = patterns.title().matcher(line)).matches()) {
            title = m.group("text").strip();
            headings.add(TextLayout.Heading.other(lineNo - 1));
            return true;
        }
        if (patterns.preamble() != null && patterns.preamble().matcher(line).matches()) {
            state = State.PREAMBLE;
            preambleSeen = true;
            headings.add(TextLayout.Heading.other(lineNo - 1));
            return true;
        }
        for (int level = 0; level < patterns.divisions().size(); level++) {
            var d = patterns.divisions().get(level);
            if ((m = d.heading().matcher(line)).matches()) {
                body.openDivision(level, d.kind(), m.group("num"), group(m, "heading"));
                state = State.DIVISION;
                headings.add(TextLayout.Heading.other(lineNo - 1));
                return true;
            }
        }
        if ((m = patterns.article().matcher(line)).matches()) {
            article = body.openArticle(m.group("num"), group(m, "heading"), lineNo);
            state = State.ARTICLE;
            headings.add(TextLayout.Heading.article(lineNo - 1, m));
            return true;
        }
        if (patterns.skip() != null && patterns.skip().matcher(line).matches()) {
            state = State.SKIP;
            headings.add(TextLayout.Heading.other(lineNo - 1));
            return true;
        }
        return false;
    }

    private void flush(StringBuilder block) {
        if (block.length() == 0) return;
        String text = block.toString();
        block.setLength(0);
        switch (state) {
            case FRONT -> {
                if (title == null) title = text;
                else if (patterns.frontIgnore() == null || !patterns.frontIgnore().matcher(text).matches()) front.add(text);
            }
            case PREAMBLE -> preamble.add(text);
            case ARTICLE -> article.add(text, patterns);
            // Text between a division heading and its first article, and under skipped headings, is not
            // part of any article; the model has no place for it.
            case DIVISION, SKIP -> { }
        }
    }

    private static String group(Matcher m, String name) {
        String g = m.group(name);
        return g == null ? "" : g.strip();
    }
}

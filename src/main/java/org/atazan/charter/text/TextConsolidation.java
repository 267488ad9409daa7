package org.atazan.charter.text;

import org.atazan.charter.Amendment;
import org.atazan.charter.AmendmentConflict;
import org.atazan.charter.Article;
import org.atazan.charter.CharterInputException;
import org.atazan.charter.CharterText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Consolidates adopted amendments into the text of a charter version, in the charter's own layout:
 * only the lines of the articles concerned change, so the result reads back with the same pattern set
 * and its comparison with the base names exactly the articles amended, added, repealed and moved.
 *
 * <p>Amendments apply in the order given, each to the text as the ones before it left it. The rules,
 * each named when broken (and then nothing is applied): one amendment per article; the article
 * concerned exists (and, for an insertion, the one it follows is not repealed by the same set); a new
 * number is not taken; a new number is one the layout reads as an article number; the wording holds no
 * line the layout would read as another heading.
 */
public final class TextConsolidation {
    /** The most amendments in one set, and the longest wording of one. */
    public static final int MAX_AMENDMENTS = 10_000;
    public static final int MAX_TEXT_CHARS = 1 << 20;

    private final List<Block> blocks = new ArrayList<>();
    private final HeadingPatterns patterns;
    /** The amendment that changed each article (by its current number), for the one-per-article rule. */
    private final Map<String, String> changedBy = new HashMap<>();
    private final Map<String, String> repealedBy = new HashMap<>();
    private final int blankAfterHeading;

    /** The lines from one heading to the next (the first block: the lines before any heading). */
    private static final class Block {
        final TextLayout.Heading heading;
        String number;
        List<String> lines;

        Block(TextLayout.Heading heading, List<String> lines) {
            this.heading = heading;
            this.number = heading != null && heading.article() ? heading.number() : null;
            this.lines = lines;
        }
    }

    private TextConsolidation(TextLayout layout) {
        this.patterns = layout.patterns();
        List<String> lines = layout.lines();
        List<TextLayout.Heading> hs = layout.headings();
        int first = hs.isEmpty() ? lines.size() : hs.get(0).line();
        blocks.add(new Block(null, new ArrayList<>(lines.subList(0, first))));
        for (int i = 0; i < hs.size(); i++) {
            int end = i + 1 < hs.size() ? hs.get(i + 1).line() : lines.size();
            blocks.add(new Block(hs.get(i), new ArrayList<>(lines.subList(hs.get(i).line(), end))));
        }
        this.blankAfterHeading = usualBlankAfterHeading();
    }

    /** The consolidated version, read back; or an {@link AmendmentConflict} naming the rule broken. */
    public static TextLayout apply(TextLayout base, List<Amendment> amendments, String source) {
        if (amendments.size() > MAX_AMENDMENTS) {
            throw new AmendmentConflict("set", "more than " + MAX_AMENDMENTS + " amendments in one set");
        }
        TextConsolidation c = new TextConsolidation(base);
        Set<String> ids = new HashSet<>();
        for (Amendment a : amendments) {
            if (a.id() == null || a.id().isBlank()) throw new AmendmentConflict("#" + (amendments.indexOf(a) + 1), "has no id");
            if (!ids.add(a.id())) throw new AmendmentConflict(a.id(), "the id is used twice (each amendment has its own)");
            c.apply(a);
        }
        List<String> lines = new ArrayList<>();
        for (Block b : c.blocks) lines.addAll(b.lines);
        TextParser parser = new TextParser(source, base.patterns());
        CharterText text;
        try {
            text = parser.parse(lines);
        } catch (CharterInputException e) {
            throw new AmendmentConflict("set", "the consolidated text does not read back: " + e.getMessage());
        }
        c.checkReadBack(text, amendments);
        return new TextLayout(List.copyOf(lines), List.copyOf(parser.headings()), base.patterns(), text);
    }

    private void apply(Amendment a) {
        if (a.action() == null) throw new AmendmentConflict(a.id(), "has no action (replace, insert, repeal or renumber)");
        String article = required(a, a.article(), "article");
        if (a.text() != null && a.text().length() > MAX_TEXT_CHARS) {
            throw new AmendmentConflict(a.id(), "its text is longer than " + MAX_TEXT_CHARS + " characters");
        }
        switch (a.action()) {
            case REPLACE -> {
                Block b = existing(a, article);
                claim(a, article);
                b.lines = withBody(b, a.heading() == null ? headingLine(b) : newHeading(b, article, a.heading()), wording(a, true));
            }
            case INSERT -> {
                String after = required(a, a.after(), "after");
                String repealer = repealedBy.get(after);
                if (repealer != null) {
                    throw new AmendmentConflict(a.id(), "inserts after article " + after + ", which " + repealer
                            + " repeals (an insertion follows an article in force)");
                }
                Block b = existing(a, after);
                free(a, article);
                claim(a, article);
                repealedBy.remove(article);
                Block inserted = new Block(b.heading, new ArrayList<>());
                inserted.number = article;
                List<String> trailing = trailingBlanks(b.lines);
                boolean last = isLast(b);
                // The new article takes the place of what followed the one before: its blank lines, or the end of the file.
                if (last && trailing.isEmpty()) b.lines.add("");
                inserted.lines = compose(newHeading(b, article, a.heading()), leadingBlanks(b.lines), wording(a, true), trailing, true);
                blocks.add(blocks.indexOf(b) + 1, inserted);
            }
            case REPEAL -> {
                Block b = existing(a, article);
                claim(a, article);
                repealedBy.put(article, a.id());
                if (a.text() == null || a.text().isBlank()) {
                    // Taken out, with its heading. The blank lines before it already part the neighbours.
                    // Its number is free again, for a new article.
                    blocks.remove(b);
                    b.number = null;
                    changedBy.remove(article);
                } else {
                    b.lines = withBody(b, headingLine(b), wording(a, false));
                }
            }
            case RENUMBER -> {
                String to = required(a, a.to(), "to");
                Block b = existing(a, article);
                free(a, to);
                claim(a, article);
                // The article now answers to its new number; the old one is free for another.
                changedBy.remove(article);
                changedBy.put(to, a.id());
                repealedBy.remove(to);
                b.lines.set(0, a.heading() != null ? newHeading(b, to, a.heading()) : renumbered(b, to));
                b.number = to;
                if (a.text() != null && !a.text().isBlank()) b.lines = withBody(b, b.lines.get(0), wording(a, false));
            }
        }
    }

    private static String required(Amendment a, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new AmendmentConflict(a.id(), "'" + field + "' is needed for " + a.action().name().toLowerCase());
        }
        return value.strip();
    }

    private Block existing(Amendment a, String number) {
        Block found = null;
        for (Block b : blocks) {
            if (!number.equals(b.number)) continue;
            if (found != null) {
                throw new AmendmentConflict(a.id(), "article " + number + " appears more than once in the text (in two"
                        + " divisions): it cannot be told which is meant");
            }
            found = b;
        }
        if (found == null) {
            String repealer = repealedBy.get(number);
            throw new AmendmentConflict(a.id(), "article " + number + (repealer != null ? " is repealed by " + repealer
                    : " does not exist in the version amended"));
        }
        return found;
    }

    private void free(Amendment a, String number) {
        for (Block b : blocks) {
            if (number.equals(b.number)) throw new AmendmentConflict(a.id(), "article " + number + " already exists");
        }
    }

    private void claim(Amendment a, String number) {
        String earlier = changedBy.putIfAbsent(number, a.id());
        if (earlier != null) {
            throw new AmendmentConflict(a.id(), "article " + number + " is already changed by " + earlier + " (one amendment"
                    + " per article: competing amendments are voted on in turn, and only the adopted one is consolidated)");
        }
    }

    private static String headingLine(Block b) {
        return b.lines.get(0);
    }

    /**
     * A heading in the form of {@code model}'s (which may itself have been renumbered): its number
     * replaced, its words replaced by {@code words} or, when none are given, left out.
     */
    private String newHeading(Block model, String number, String words) {
        String line = model.lines.get(0);
        int indent = line.length() - line.stripLeading().length();
        String s = line.strip();
        java.util.regex.Matcher m = patterns.article().matcher(s);
        if (!m.matches()) throw new IllegalStateException("not a heading any more: " + s);
        int wordsStart = m.start("heading") >= 0 && m.end("heading") > m.start("heading") ? m.start("heading") : -1;
        String between = wordsStart >= 0 ? s.substring(m.end("num"), wordsStart).stripTrailing() : s.substring(m.end("num"));
        String heading = line.substring(0, indent) + s.substring(0, m.start("num")) + number + between;
        return words == null || words.isBlank() ? heading : heading + " " + words.strip();
    }

    /** The heading with only its number changed. */
    private String renumbered(Block b, String number) {
        String line = b.lines.get(0);
        int indent = line.length() - line.stripLeading().length();
        String s = line.strip();
        java.util.regex.Matcher m = patterns.article().matcher(s);
        if (!m.matches()) throw new IllegalStateException("not a heading any more: " + s);
        return line.substring(0, indent) + s.substring(0, m.start("num")) + number + s.substring(m.end("num"));
    }

    private static List<String> wording(Amendment a, boolean required) {
        if (a.text() == null || a.text().isBlank()) {
            if (required) throw new AmendmentConflict(a.id(), "'text' is needed for " + a.action().name().toLowerCase());
            return List.of();
        }
        List<String> lines = new ArrayList<>(List.of(a.text().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) lines.remove(lines.size() - 1);
        while (!lines.isEmpty() && lines.get(0).isBlank()) lines.remove(0);
        return lines;
    }

    /** Heading, the blank lines the article had after its heading (or the text's usual number), wording, its trailing blank lines. */
    private List<String> withBody(Block b, String heading, List<String> wording) {
        return compose(heading, leadingBlanks(b.lines), wording, trailingBlanks(b.lines), isLast(b));
    }

    private List<String> compose(String heading, int leading, List<String> wording, List<String> trailing, boolean last) {
        List<String> out = new ArrayList<>();
        out.add(heading);
        for (int i = 0; i < (leading >= 0 ? leading : blankAfterHeading); i++) out.add("");
        out.addAll(wording);
        // A heading right under the wording could be read as part of it: at least one blank line between.
        out.addAll(trailing.isEmpty() && !last ? List.of("") : trailing);
        return out;
    }

    private boolean isLast(Block b) {
        return blocks.indexOf(b) == blocks.size() - 1;
    }

    /** Blank lines between heading and wording, or -1 when the article has no wording. */
    private static int leadingBlanks(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) if (!lines.get(i).isBlank()) return i - 1;
        return -1;
    }

    private static List<String> trailingBlanks(List<String> lines) {
        int end = lines.size();
        while (end > 1 && lines.get(end - 1).isBlank()) end--;
        return new ArrayList<>(lines.subList(end, lines.size()));
    }

    /** The blank lines most articles of this text have between heading and wording. */
    private int usualBlankAfterHeading() {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (Block b : blocks) {
            if (b.number == null) continue;
            int blank = 0;
            for (int i = 1; i < b.lines.size() && b.lines.get(i).isBlank(); i++) blank++;
            if (blank < b.lines.size() - 1) counts.merge(blank, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(patterns.wrappedLines() ? 1 : 0);
    }

    /** The text read back has exactly the articles the amendments leave, in order: else a wording broke the layout. */
    private void checkReadBack(CharterText text, List<Amendment> amendments) {
        List<String> expected = new ArrayList<>();
        for (Block b : blocks) if (b.number != null) expected.add(b.number);
        List<String> found = text.articles().stream().map(Article::number).toList();
        if (found.equals(expected)) return;
        // Name the amendment: the first article where the two lists part.
        int i = 0;
        while (i < found.size() && i < expected.size() && found.get(i).equals(expected.get(i))) i++;
        String near = i < expected.size() ? expected.get(i) : i > 0 ? expected.get(i - 1) : "";
        String by = changedBy.getOrDefault(near, i > 0 ? changedBy.getOrDefault(expected.get(i - 1), "set") : "set");
        String what = i < found.size() && !expected.contains(found.get(i))
                ? "its wording holds a line that this layout reads as the heading of article " + found.get(i)
                : "article " + near + " is not read back as an article (is '" + near + "' a number of the form this text uses,"
                        + " pattern set " + patterns.name() + "?)";
        throw new AmendmentConflict(by, what);
    }
}

package org.atazan.charter.text;

import org.atazan.charter.CharterInputException;
import org.atazan.charter.CharterLimits;
import org.atazan.charter.CharterText;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A charter as the lines of its own text file, with where each heading stands: what consolidating
 * amendments edits, so that the new version keeps the layout of the old one line for line, and is read
 * back by the same pattern set.
 *
 * @param lines    the file's lines, without line ends
 * @param headings every heading line, in order
 * @param patterns the pattern set that read it
 * @param text     the charter as read
 */
public record TextLayout(List<String> lines, List<Heading> headings, HeadingPatterns patterns, CharterText text) {

    /** A heading line: for an article, its number. */
    public record Heading(int line, boolean article, String number) {
        static Heading other(int line) {
            return new Heading(line, false, null);
        }

        static Heading article(int line, Matcher m) {
            return new Heading(line, true, m.group("num"));
        }
    }

    /** Reads a text charter with the given pattern set, or with the shipped set that finds the most articles. */
    public static TextLayout read(String source, InputStream stream, HeadingPatterns given, CharterLimits limits) {
        BufferedInputStream in = new BufferedInputStream(stream);
        List<String> lines = TextDecoder.lines(source, in, limits);
        if (!lines.isEmpty() && lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("").strip().startsWith("<")) {
            throw new CharterInputException(source, "amendments are consolidated into a text layout (plain text or"
                    + " Markdown); for Akoma Ntoso, parse a text version, or ask for --format akn of the result");
        }
        List<HeadingPatterns> candidates = new ArrayList<>();
        if (given != null) candidates.add(given);
        else for (String name : HeadingPatterns.SHIPPED) candidates.add(HeadingPatterns.shipped(name));
        TextLayout best = null;
        CharterInputException failure = null;
        for (HeadingPatterns p : candidates) {
            try {
                TextParser parser = new TextParser(source, p);
                CharterText t = parser.parse(lines);
                if (best == null || t.articles().size() > best.text().articles().size()) {
                    best = new TextLayout(List.copyOf(lines), List.copyOf(parser.headings()), p, t);
                }
            } catch (CharterInputException e) {
                if (failure == null || e.line() > 0) failure = e;
            }
        }
        if (best == null) throw failure;
        return best;
    }
}

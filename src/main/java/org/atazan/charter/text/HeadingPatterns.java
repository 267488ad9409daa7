package org.atazan.charter.text;

import org.atazan.charter.CharterInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A named set of regular expressions that recognise the layout of one family of plain-text charters.
 * Patterns are kept as configuration (a properties file) so that a new country needs no code.
 *
 * <p>Named groups: {@code num} and {@code heading} in division and article patterns, {@code label} and
 * {@code text} in paragraph and point patterns, {@code text} in the title pattern.
 *
 * @param name        the set's name, e.g. "ru"
 * @param divisions   division levels, outermost first; a heading at level k closes levels k and deeper
 * @param article     an article heading
 * @param paragraph   a paragraph label at the start of a block
 * @param point       a point label at the start of a block
 * @param repealed    the whole body (or heading remainder) of a repealed article
 * @param title       an explicit title line, or null when the first line is the title
 * @param preamble    a heading that opens the preamble, or null when the text after the title is it
 * @param frontIgnore lines before the first division or article that belong to neither title nor preamble
 * @param skip        other headings: they end the current article and their text is left out
 * @param yamlHeader  whether a YAML header between "---" lines opens the file
 * @param wrappedLines whether lines are wrapped (blocks are separated by blank lines) or each line is a block
 */
public record HeadingPatterns(String name, List<DivisionPattern> divisions, Pattern article, Pattern paragraph,
                              Pattern point, Pattern repealed, Pattern title, Pattern preamble,
                              Pattern frontIgnore, Pattern skip, boolean yamlHeader, boolean wrappedLines) {

    /** The names of the pattern sets shipped with Atazan, in the order auto-detection tries them. */
    public static final List<String> SHIPPED = List.of("de-md", "ru", "kk", "en");

    /** One division level: the Akoma Ntoso kind it maps to ("part", "chapter", ...) and its heading. */
    public record DivisionPattern(String kind, Pattern heading) {
    }

    public HeadingPatterns {
        divisions = List.copyOf(divisions);
        if (article == null) throw new IllegalArgumentException("pattern set " + name + " has no article pattern");
    }

    /** A shipped pattern set by name ("en", "ru", "kk", "de-md"). */
    public static HeadingPatterns shipped(String name) {
        if (!SHIPPED.contains(name)) {
            throw new IllegalArgumentException("unknown pattern set '" + name + "'; shipped: " + SHIPPED);
        }
        try (InputStream in = HeadingPatterns.class.getResourceAsStream("patterns/" + name + ".properties")) {
            if (in == null) throw new IllegalStateException("pattern resource missing: " + name);
            return load(name + ".properties", new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A shipped set by name, or else a properties file at that path. */
    public static HeadingPatterns named(String nameOrPath) {
        if (SHIPPED.contains(nameOrPath)) return shipped(nameOrPath);
        Path path = Path.of(nameOrPath);
        if (!Files.isRegularFile(path)) {
            throw new CharterInputException(nameOrPath, "neither a shipped pattern set " + SHIPPED + " nor a file");
        }
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return load(nameOrPath, r);
        } catch (IOException e) {
            throw new CharterInputException(nameOrPath, "cannot read pattern file: " + e.getMessage());
        }
    }

    /**
     * Reads a pattern set from properties: name, article, paragraph, point, repealed, title, preamble,
     * frontIgnore, skip, division.1 .. division.N as "kind:regex", frontMatter=yaml, wrappedLines=true.
     */
    public static HeadingPatterns load(String source, Reader reader) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        List<DivisionPattern> divisions = new ArrayList<>();
        for (int level = 1; p.getProperty("division." + level) != null; level++) {
            String spec = p.getProperty("division." + level);
            int colon = spec.indexOf(':');
            if (colon <= 0) throw new CharterInputException(source, "division." + level + " must be kind:regex");
            divisions.add(new DivisionPattern(spec.substring(0, colon).strip(), compile(source, spec.substring(colon + 1))));
        }
        String article = p.getProperty("article");
        if (article == null) throw new CharterInputException(source, "pattern file has no 'article' pattern");
        return new HeadingPatterns(p.getProperty("name", source), divisions, compile(source, article),
                compile(source, p.getProperty("paragraph")), compile(source, p.getProperty("point")),
                compile(source, p.getProperty("repealed")), compile(source, p.getProperty("title")),
                compile(source, p.getProperty("preamble")), compile(source, p.getProperty("frontIgnore")),
                compile(source, p.getProperty("skip")), "yaml".equals(p.getProperty("frontMatter")),
                Boolean.parseBoolean(p.getProperty("wrappedLines", "false")));
    }

    private static Pattern compile(String source, String regex) {
        if (regex == null || regex.isBlank()) return null;
        try {
            return Pattern.compile(regex.strip());
        } catch (PatternSyntaxException e) {
            throw new CharterInputException(source, "bad pattern " + regex + ": " + e.getDescription());
        }
    }
}

package org.atazan.charter.text;

import org.atazan.charter.CharterInputException;
import org.atazan.charter.CharterLimits;
import org.atazan.charter.CharterText;
import org.atazan.charter.akn.AknReader;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a charter from uploaded bytes or a stream: Akoma Ntoso XML, or plain text / Markdown
 * recognised by the shipped heading patterns (the set that finds the most articles wins) or by a given
 * set. The input is checked against {@link CharterLimits} while it is read, never held whole first.
 */
public final class CharterReader {
    /** How far the reader looks for the first character that tells XML ("<") from text. */
    static final int SNIFF = 64 * 1024;

    private final List<HeadingPatterns> candidates;
    private final CharterLimits limits;

    /** A reader that tries every shipped pattern set, within the default limits. */
    public CharterReader() {
        this(CharterLimits.DEFAULT);
    }

    /** A reader that tries every shipped pattern set, within the given limits. */
    public CharterReader(CharterLimits limits) {
        List<HeadingPatterns> all = new ArrayList<>();
        for (String name : HeadingPatterns.SHIPPED) all.add(HeadingPatterns.shipped(name));
        this.candidates = List.copyOf(all);
        this.limits = limits;
    }

    /** A reader that uses only the given pattern set, within the default limits. */
    public CharterReader(HeadingPatterns patterns) {
        this(patterns, CharterLimits.DEFAULT);
    }

    /** A reader that uses only the given pattern set, within the given limits. */
    public CharterReader(HeadingPatterns patterns, CharterLimits limits) {
        this.candidates = List.of(patterns);
        this.limits = limits;
    }

    /** Reads with auto-detection of the format and, for text, of the pattern set. */
    public CharterText read(String sourceName, byte[] bytes) {
        return read(sourceName, new ByteArrayInputStream(bytes));
    }

    /**
     * Reads a stream (not closed here) with auto-detection of the format: XML when the first character
     * after white space (and a byte order mark) within the first {@value #SNIFF} bytes is "<".
     */
    public CharterText read(String sourceName, InputStream stream) {
        BufferedInputStream in = new BufferedInputStream(stream, SNIFF);
        if (startsWithMarkup(sourceName, in)) return AknReader.read(sourceName, in, limits);
        List<String> lines = TextDecoder.lines(sourceName, in, limits);
        CharterText best = null;
        CharterInputException bestFailure = null;
        for (HeadingPatterns p : candidates) {
            try {
                CharterText t = new TextParser(sourceName, p).parse(lines);
                if (best == null || t.articles().size() > best.articles().size()) best = t;
            } catch (CharterInputException e) {
                // A duplicate number says more than "no article found", so keep it if nothing parses.
                if (bestFailure == null || e.line() > 0) bestFailure = e;
            }
        }
        if (best != null) return best;
        if (candidates.size() > 1 && bestFailure.line() == 0) {
            throw new CharterInputException(sourceName, "no recognisable article heading (tried pattern sets "
                    + HeadingPatterns.SHIPPED + " and Akoma Ntoso)");
        }
        throw bestFailure;
    }

    /** Looks at the start of the stream and puts it back. */
    private static boolean startsWithMarkup(String source, BufferedInputStream in) {
        try {
            in.mark(SNIFF);
            try {
                for (int i = 0; i < SNIFF; i++) {
                    int b = in.read();
                    if (b < 0) return false;
                    // The UTF-8 byte order mark EF BB BF, then ASCII white space.
                    if (i < 3 && (b == 0xEF || b == 0xBB || b == 0xBF)) continue;
                    if (b == ' ' || b == '\t' || b == '\r' || b == '\n') continue;
                    return b == '<';
                }
                return false;
            } finally {
                in.reset();
            }
        } catch (IOException e) {
            throw new CharterInputException(source, "cannot read: " + e.getMessage());
        }
    }
}

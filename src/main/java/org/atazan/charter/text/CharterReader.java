package org.atazan.charter.text;

import org.atazan.charter.CharterInputException;
import org.atazan.charter.CharterText;
import org.atazan.charter.akn.AknReader;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a charter from uploaded bytes: Akoma Ntoso XML, or plain text / Markdown recognised by the
 * shipped heading patterns (the set that finds the most articles wins) or by a given set.
 */
public final class CharterReader {
    private final List<HeadingPatterns> candidates;

    /** A reader that tries every shipped pattern set. */
    public CharterReader() {
        List<HeadingPatterns> all = new ArrayList<>();
        for (String name : HeadingPatterns.SHIPPED) all.add(HeadingPatterns.shipped(name));
        this.candidates = List.copyOf(all);
    }

    /** A reader that uses only the given pattern set. */
    public CharterReader(HeadingPatterns patterns) {
        this.candidates = List.of(patterns);
    }

    /** Reads with auto-detection of the format and, for text, of the pattern set. */
    public CharterText read(String sourceName, byte[] bytes) {
        String text = TextDecoder.decode(sourceName, bytes);
        if (text.isBlank()) throw new CharterInputException(sourceName, 1, "empty file: no text to read");
        if (text.stripLeading().startsWith("<")) return AknReader.read(sourceName, bytes);
        List<String> lines = List.of(text.split("\r\n|\r|\n", -1));
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
}

package org.atazan.charter;

/**
 * How much a charter reader accepts, checked while the input is read, so that no upload or file can
 * make it hold or work on more than this: a breach is a {@link CharterInputException} naming the
 * limit, its setting and the line. The web edge fills it from the {@code atazan.limits.*} settings;
 * the command line uses {@link #DEFAULT}. A real constitution is far below every one of them (the
 * longest line of the texts in the repository is under 3,000 characters, the deepest Akoma Ntoso
 * this platform writes has about 15 levels).
 *
 * @param aknDepth    most nested elements in an Akoma Ntoso document ({@code atazan.limits.akn-depth})
 * @param aknElements most elements in an Akoma Ntoso document ({@code atazan.limits.akn-elements})
 * @param textChars   most characters of text in a document, markup not counted for XML
 *                    ({@code atazan.limits.charter-text})
 * @param lineChars   longest line of a plain-text or Markdown file, in characters
 *                    ({@code atazan.limits.charter-line})
 * @param lines       most lines of a plain-text or Markdown file ({@code atazan.limits.charter-lines})
 */
public record CharterLimits(int aknDepth, int aknElements, long textChars, int lineChars, int lines) {

    public static final String AKN_DEPTH = "atazan.limits.akn-depth";
    public static final String AKN_ELEMENTS = "atazan.limits.akn-elements";
    public static final String TEXT = "atazan.limits.charter-text";
    public static final String LINE = "atazan.limits.charter-line";
    public static final String LINES = "atazan.limits.charter-lines";

    /** Depth 64, 1,000,000 elements, 20,000,000 characters of text, lines of 100,000 characters, 1,000,000 lines. */
    public static final CharterLimits DEFAULT = new CharterLimits(64, 1_000_000, 20_000_000L, 100_000, 1_000_000);

    /**
     * No bound but the platform's: for Akoma Ntoso this platform wrote itself (stored versions), which
     * was read within the limits in force when it came in, and must still read if they are lowered.
     */
    public static final CharterLimits NONE = new CharterLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE,
            Integer.MAX_VALUE, Integer.MAX_VALUE);

    public CharterLimits {
        positive(AKN_DEPTH, aknDepth);
        positive(AKN_ELEMENTS, aknElements);
        positive(TEXT, textChars);
        positive(LINE, lineChars);
        positive(LINES, lines);
    }

    private static void positive(String setting, long value) {
        if (value < 1) throw new IllegalArgumentException(setting + " must be at least 1, got " + value);
    }
}

package org.atazan.charter;

/**
 * What happened to one article: its kind, its number in the old and in the new version (null where it
 * has none), the content similarity of the pair (0..1), the word-level redline, and whether the text
 * changed (a moved article may keep its words).
 */
public record ArticleChange(ChangeKind kind, String oldNumber, String newNumber, double similarity,
                            Redline redline, boolean textChanged) {

    /** The number shown for the change: the new one, or the old one for a repealed article. */
    public String number() {
        return kind == ChangeKind.REPEALED || newNumber == null ? oldNumber : newNumber;
    }
}

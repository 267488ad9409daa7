package org.atazan.charter;

/**
 * An article found by a search in a version's text.
 *
 * @param snippet the matching passage; the matched words are wrapped in the two marker characters
 *                {@link #START} and {@link #END}, never in HTML, so that every view escapes safely
 */
public record TextMatch(String articleNumber, String heading, String snippet, double rank) {
    public static final char START = '\u0002';
    public static final char END = '\u0003';
}

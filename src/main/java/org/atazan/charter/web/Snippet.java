package org.atazan.charter.web;

import org.atazan.charter.TextMatch;

import java.util.ArrayList;
import java.util.List;

/** A search hit split into plain and matched pieces, so that the template escapes every piece. */
record Snippet(String articleNumber, String heading, List<Piece> pieces) {

    record Piece(String text, boolean match) {
    }

    static Snippet of(TextMatch m) {
        List<Piece> pieces = new ArrayList<>();
        String s = m.snippet();
        int i = 0;
        while (i < s.length()) {
            int start = s.indexOf(TextMatch.START, i);
            if (start < 0) {
                pieces.add(new Piece(s.substring(i), false));
                break;
            }
            if (start > i) pieces.add(new Piece(s.substring(i, start), false));
            int end = s.indexOf(TextMatch.END, start);
            if (end < 0) end = s.length();
            pieces.add(new Piece(s.substring(start + 1, end), true));
            i = end + 1;
        }
        return new Snippet(m.articleNumber(), m.heading(), pieces);
    }
}

package org.atazan.charter.compare;

import org.atazan.charter.Redline;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into tokens for the redline: runs of letters and digits (words) and single other characters
 * (punctuation), each with the whitespace after it. Joining the tokens gives the text back with its
 * whitespace runs made single.
 */
final class Words {
    private Words() {
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        StringBuilder token = new StringBuilder();
        while (i < n) {
            token.setLength(0);
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                while (i < n && Character.isLetterOrDigit(text.charAt(i))) token.append(text.charAt(i++));
            } else if (!Character.isWhitespace(c)) {
                token.append(c);
                i++;
            }
            // Whitespace rides on the token before it, made one space or one line break, which halves
            // the tokens the diff has to align and keeps "a b" equal to "a  b".
            boolean space = false, newline = false;
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                space = true;
                newline |= text.charAt(i) == '\n';
                i++;
            }
            if (newline) token.append('\n');
            else if (space) token.append(' ');
            out.add(token.toString());
        }
        return out;
    }

    /** The number of words (runs of letters and digits) in the text. */
    static int count(String text) {
        return Redline.wordCount(text);
    }

    static boolean isWord(String token) {
        return !token.isEmpty() && Character.isLetterOrDigit(token.charAt(0));
    }

    /** The text with every whitespace run made one space, for "is it the same text" tests. */
    static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && sb.length() > 0) sb.append(' ');
                sb.append(c);
                space = false;
            }
        }
        return sb.toString();
    }
}

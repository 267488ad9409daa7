package org.atazan.systematization;

import java.text.Normalizer.Form;
import java.util.Locale;

/**
 * The form in which texts are compared character by character: Unicode NFKC, lower case, ё as е
 * (Russian writes either), every run of characters that are neither letters nor digits one space.
 */
public final class Normalizer {
    private Normalizer() {
    }

    public static String normalize(String text) {
        String s = java.text.Normalizer.normalize(text, Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'ё') c = 'е';
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        int n = b.length();
        if (n > 0 && b.charAt(n - 1) == ' ') b.setLength(n - 1);
        return b.toString();
    }
}

package org.atazan.consultation;

import org.atazan.kernel.BadInputException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Obvious spam refused at the door: a text with more than {@link #MAX_LINKS} links, or a character
 * repeated more than {@link #MAX_RUN} times in a row. Anything subtler is moderation's work.
 */
public final class SpamRule {
    static final int MAX_LINKS = 3;
    static final int MAX_RUN = 30;
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)");

    private SpamRule() {
    }

    public static void check(String field, String text) {
        Matcher m = LINK.matcher(text);
        int links = 0;
        while (m.find()) links++;
        if (links > MAX_LINKS) {
            throw new BadInputException("field " + field + ": " + links + " links; a proposal may hold at most " + MAX_LINKS);
        }
        int run = 1;
        for (int i = 1; i < text.length(); i++) {
            run = text.charAt(i) == text.charAt(i - 1) ? run + 1 : 1;
            if (run > MAX_RUN) {
                throw new BadInputException("field " + field + ": one character repeated more than " + MAX_RUN + " times");
            }
        }
    }
}

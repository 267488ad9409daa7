package org.atazan.consultation;

import java.util.Optional;

/**
 * Which of kk, ru and en a text is written in, by its letters: Latin letters mostly, English; Cyrillic
 * mostly, Kazakh when at least a quarter of the Cyrillic words hold a letter only Kazakh has
 * (ә ғ қ ң ө ұ ү һ і), Russian otherwise; consecutive such words count as one. Most words of Kazakh
 * prose hold one, while a Russian text meets them only in a Kazakh name ("Қазақстан Халық Кеңесі",
 * "теңге"), which is one run of words however long it is. The author confirms or changes the guess.
 */
public final class LanguageDetector {
    private static final String KAZAKH_ONLY = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";
    private static final double KAZAKH_WORDS = 0.25;

    private LanguageDetector() {
    }

    /** The language guessed, or empty for a text without letters. */
    public static Optional<Language> detect(String text) {
        if (text == null) return Optional.empty();
        int latin = 0, cyrillic = 0, cyrillicWords = 0, kazakhWords = 0;
        boolean inWord = false, wordCyrillic = false, wordKazakh = false, lastKazakh = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (!Character.isLetter(c)) {
                if (inWord && wordCyrillic) {
                    // A Kazakh word right after another is the same name (or phrase): one unit.
                    if (!wordKazakh || !lastKazakh) cyrillicWords++;
                    if (wordKazakh && !lastKazakh) kazakhWords++;
                    lastKazakh = wordKazakh;
                } else if (inWord) {
                    lastKazakh = false;
                }
                inWord = wordCyrillic = wordKazakh = false;
                continue;
            }
            inWord = true;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.LATIN) latin++;
            else if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
                wordCyrillic = true;
                if (KAZAKH_ONLY.indexOf(c) >= 0) wordKazakh = true;
            }
        }
        if (latin == 0 && cyrillic == 0) return Optional.empty();
        if (latin > cyrillic) return Optional.of(Language.EN);
        return Optional.of(kazakhWords > 0 && kazakhWords >= KAZAKH_WORDS * cyrillicWords ? Language.KK : Language.RU);
    }
}

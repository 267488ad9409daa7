package org.atazan.systematization;

import java.util.Arrays;
import java.util.Comparator;

/**
 * A light Kazakh stemmer: Lucene has none, and Kazakh stacks suffixes on a stem (plural, then
 * possessive, then case: конституция-сы-ның, азамат-тар-ы-ның). Stripping the common nominal endings,
 * longest first, up to three times and never below a stem of three letters, brings the forms of one
 * noun together; what it misses (verbs, vowel changes at the joint) the character n-grams still see.
 * Deliberately light: over-stripping would merge different words, a worse error than missing a form.
 */
public final class KazakhStemmer {
    static final int MIN_STEM = 3;
    static final int ROUNDS = 3;

    /** Case, possessive and plural endings in their vowel-harmony and consonant variants. */
    private static final String[] SUFFIXES = sortedLongestFirst(
            // plural
            "лар", "лер", "дар", "дер", "тар", "тер",
            // possessive (my, your, his/her/its, our, your-polite)
            "ым", "ім", "м", "ың", "ің", "ң", "ы", "і", "сы", "сі", "мыз", "міз", "ымыз", "іміз", "ңыз", "ңіз", "ыңыз", "іңіз",
            // genitive
            "ның", "нің", "дың", "дің", "тың", "тің",
            // dative
            "ға", "ге", "қа", "ке", "на", "не", "а", "е",
            // accusative
            "ны", "ні", "ды", "ді", "ты", "ті", "н",
            // locative
            "да", "де", "та", "те", "нда", "нде",
            // ablative
            "дан", "ден", "тан", "тен", "нан", "нен",
            // instrumental
            "мен", "бен", "пен",
            // derivational endings common in legal prose: -лық/-лік, -шы/-ші
            "лық", "лік", "дық", "дік", "тық", "тік", "шы", "ші");

    private KazakhStemmer() {
    }

    /** The stem of a lower-case word. */
    public static String stem(String word) {
        String w = word;
        for (int round = 0; round < ROUNDS; round++) {
            String next = stripOnce(w);
            if (next.equals(w)) break;
            w = next;
        }
        return w;
    }

    private static String stripOnce(String w) {
        for (String s : SUFFIXES) {
            if (w.length() - s.length() >= MIN_STEM && w.endsWith(s)) return w.substring(0, w.length() - s.length());
        }
        return w;
    }

    private static String[] sortedLongestFirst(String... s) {
        String[] copy = Arrays.stream(s).distinct().toArray(String[]::new);
        Arrays.sort(copy, Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return copy;
    }
}

package org.atazan.charter.compare;

import org.apache.lucene.analysis.de.GermanLightStemmer;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.ru.RussianLightStemmer;

import java.util.Arrays;
import java.util.Locale;

/**
 * Content fingerprints of articles: the sorted, distinct hashes of their stemmed words and of each pair
 * of neighbouring stemmed words. Stems let "Парламента" meet "Парламент"; word pairs keep some order, so
 * that two articles sharing only common words ("Республики Казахстан") score low.
 */
final class Fingerprints {
    /** A light stemmer for the detected language, or none for languages Lucene has no stemmer for. */
    interface Stemmer {
        int stem(char[] word, int length);
    }

    private final Stemmer stemmer;

    private Fingerprints(Stemmer stemmer) {
        this.stemmer = stemmer;
    }

    /** Picks a stemmer from the letters of a sample text: Cyrillic (but not Kazakh), German, English. */
    static Fingerprints forSample(String sample) {
        int cyrillic = 0, kazakh = 0, latin = 0, german = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (c >= '\u0400' && c <= '\u04FF') {
                cyrillic++;
                if ("әғқңөұүһіӘҒҚҢӨҰҮҺІ".indexOf(c) >= 0) kazakh++;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) latin++;
            else if ("äöüßÄÖÜ".indexOf(c) >= 0) german++;
        }
        if (cyrillic > latin) {
            // Kazakh text shares the alphabet but not the endings: a Russian stemmer would only mangle it.
            if (kazakh * 100 > cyrillic) return new Fingerprints(null);
            RussianLightStemmer ru = new RussianLightStemmer();
            return new Fingerprints(ru::stem);
        }
        if (german * 200 > latin) {
            GermanLightStemmer de = new GermanLightStemmer();
            return new Fingerprints(de::stem);
        }
        EnglishMinimalStemmer en = new EnglishMinimalStemmer();
        return new Fingerprints(en::stem);
    }

    /** Sorted distinct feature hashes of a text. */
    int[] of(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int[] features = new int[16];
        int n = 0;
        char[] buf = new char[64];
        int previous = 0;
        boolean hasPrevious = false;
        int i = 0;
        int len = lower.length();
        while (i < len) {
            while (i < len && !Character.isLetterOrDigit(lower.charAt(i))) i++;
            int start = i;
            while (i < len && Character.isLetterOrDigit(lower.charAt(i))) i++;
            int wordLength = i - start;
            if (wordLength == 0) break;
            if (buf.length < wordLength) buf = new char[wordLength * 2];
            lower.getChars(start, i, buf, 0);
            int stemmed = stemmer == null ? wordLength : stemmer.stem(buf, wordLength);
            int h = 1;
            for (int k = 0; k < stemmed; k++) h = 31 * h + buf[k];
            if (n + 2 > features.length) features = Arrays.copyOf(features, features.length * 2);
            features[n++] = h;
            if (hasPrevious) features[n++] = mix(previous, h);
            previous = h;
            hasPrevious = true;
        }
        int[] sorted = Arrays.copyOf(features, n);
        Arrays.sort(sorted);
        return distinct(sorted);
    }

    private static int mix(int a, int b) {
        int h = a * 0x9E3779B1 + b;
        return h ^ (h >>> 16);
    }

    private static int[] distinct(int[] sorted) {
        if (sorted.length == 0) return sorted;
        int k = 1;
        for (int i = 1; i < sorted.length; i++) if (sorted[i] != sorted[k - 1]) sorted[k++] = sorted[i];
        return Arrays.copyOf(sorted, k);
    }
}

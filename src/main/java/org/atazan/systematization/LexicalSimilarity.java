package org.atazan.systematization;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.atazan.consultation.Language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The default method, no model needed: two cosines blended. Words: the language's Lucene analyzer
 * (stems, stop words; Kazakh: {@link KazakhAnalyzer}), weighted TF-IDF. Characters: n-grams of the
 * normalised text across word boundaries, also TF-IDF, which see shared roots the stemmer misses,
 * misspellings and word order. The document frequencies come from the texts of the input itself, so
 * that a word every pair repeats weighs little, with no corpus shipped per language.
 */
public final class LexicalSimilarity implements PairScorer {

    /**
     * @param wordWeight share of the word cosine in the blend, the rest to the character n-grams
     * @param minGram    shortest character n-gram
     * @param maxGram    longest character n-gram
     * @param stopWords  whether the analyzer drops stop words
     */
    public record Settings(double wordWeight, int minGram, int maxGram, boolean stopWords) {
        /** Tuned on the STS Benchmark's train split (en and ru), reported on its dev split: docs/systematization.md. */
        public static final Settings DEFAULT = new Settings(0.6, 2, 4, true);
    }

    private final Language language;
    private final Settings settings;

    public LexicalSimilarity(Language language, Settings settings) {
        this.language = language;
        this.settings = settings;
    }

    public LexicalSimilarity(Language language) {
        this(language, Settings.DEFAULT);
    }

    @Override
    public double[] score(List<TextPair> pairs) {
        Map<String, Features> seen = new HashMap<>();
        try (Analyzer analyzer = analyzer(language, settings.stopWords())) {
            for (TextPair p : pairs) {
                for (String t : List.of(p.first(), p.second())) seen.computeIfAbsent(t, x -> features(analyzer, x));
            }
        }
        // Document frequency over the distinct texts of the input.
        Map<String, Integer> wordDf = new HashMap<>(), gramDf = new HashMap<>();
        for (Features f : seen.values()) {
            f.words.keySet().forEach(w -> wordDf.merge(w, 1, Integer::sum));
            f.grams.keySet().forEach(g -> gramDf.merge(g, 1, Integer::sum));
        }
        int n = seen.size();
        double[] out = new double[pairs.size()];
        for (int i = 0; i < out.length; i++) {
            Features a = seen.get(pairs.get(i).first()), b = seen.get(pairs.get(i).second());
            double words = cosine(a.words, b.words, wordDf, n), grams = cosine(a.grams, b.grams, gramDf, n);
            // Texts without words (numbers only, or all stop words) are judged by their characters alone.
            double w = a.words.isEmpty() || b.words.isEmpty() ? 0 : settings.wordWeight();
            out[i] = clamp(w * words + (1 - w) * grams);
        }
        return out;
    }

    private record Features(Map<String, Integer> words, Map<String, Integer> grams) {
    }

    private Features features(Analyzer analyzer, String text) {
        Map<String, Integer> words = new HashMap<>();
        try (TokenStream ts = analyzer.tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) words.merge(term.toString(), 1, Integer::sum);
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> grams = new HashMap<>();
        String s = " " + Normalizer.normalize(text) + " ";
        for (int len = settings.minGram(); len <= settings.maxGram(); len++) {
            for (int i = 0; i + len <= s.length(); i++) grams.merge(s.substring(i, i + len), 1, Integer::sum);
        }
        return new Features(words, grams);
    }

    /** Cosine of sublinear-TF × smoothed-IDF vectors. */
    static double cosine(Map<String, Integer> a, Map<String, Integer> b, Map<String, Integer> df, int docs) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        double dot = 0, na = 0, nb = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            double wa = weight(e.getValue(), df.getOrDefault(e.getKey(), 0), docs);
            na += wa * wa;
            Integer tb = b.get(e.getKey());
            if (tb != null) dot += wa * weight(tb, df.getOrDefault(e.getKey(), 0), docs);
        }
        for (Map.Entry<String, Integer> e : b.entrySet()) {
            double wb = weight(e.getValue(), df.getOrDefault(e.getKey(), 0), docs);
            nb += wb * wb;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private static double weight(int tf, int df, int docs) {
        return (1 + Math.log(tf)) * (Math.log((1.0 + docs) / (1.0 + df)) + 1);
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }

    /** The Lucene analyzer of a language, with or without its stop words. */
    static Analyzer analyzer(Language language, boolean stopWords) {
        return switch (language) {
            case EN -> new EnglishAnalyzer(stopWords ? EnglishAnalyzer.ENGLISH_STOP_WORDS_SET : CharArraySet.EMPTY_SET);
            case RU -> new RussianAnalyzer(stopWords ? RussianAnalyzer.getDefaultStopSet() : CharArraySet.EMPTY_SET);
            case KK -> new KazakhAnalyzer(stopWords ? KazakhAnalyzer.STOP_WORDS : CharArraySet.EMPTY_SET);
        };
    }
}

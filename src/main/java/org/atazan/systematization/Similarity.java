package org.atazan.systematization;

import org.atazan.consultation.Language;
import org.atazan.consultation.LanguageDetector;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The similarity of pairs of short texts: each pair's language given or detected, the pairs of one
 * language scored together by that language's method (the model where one is configured for it, the
 * lexical method otherwise), the scores returned in the pairs' order.
 */
public final class Similarity {
    /** A pair whose texts hold no letters is scored as this language (characters only, in effect). */
    static final Language NO_LETTERS = Language.EN;

    private final Map<Language, PairScorer> scorers = new EnumMap<>(Language.class);

    /** The lexical method for every language, a model's for {@code modelLanguages}. */
    public Similarity(PairScorer model, Set<Language> modelLanguages) {
        for (Language l : Language.values()) {
            scorers.put(l, model != null && modelLanguages.contains(l) ? model : new LexicalSimilarity(l));
        }
    }

    public static Similarity lexical() {
        return new Similarity(null, Set.of());
    }

    /** Scores with one language for all pairs, or each pair's detected language when {@code language} is null. */
    public double[] score(List<TextPair> pairs, Language language) {
        Map<Language, List<Integer>> byLanguage = new EnumMap<>(Language.class);
        for (int i = 0; i < pairs.size(); i++) {
            TextPair p = pairs.get(i);
            Language l = language != null ? language
                    : LanguageDetector.detect(p.first() + " " + p.second()).orElse(NO_LETTERS);
            byLanguage.computeIfAbsent(l, x -> new ArrayList<>()).add(i);
        }
        double[] out = new double[pairs.size()];
        byLanguage.forEach((l, indexes) -> {
            double[] s = scorers.get(l).score(indexes.stream().map(pairs::get).toList());
            for (int k = 0; k < s.length; k++) out[indexes.get(k)] = s[k];
        });
        return out;
    }
}

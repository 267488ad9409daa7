package org.atazan.systematization;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.atazan.consultation.Language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of one language's texts as TF-IDF vectors over a vocabulary learnt from a sample: the
 * language's analyzer (stems, no stop words), sublinear term frequency, smoothed inverse document
 * frequency, unit length. A stem that only one sampled text uses is left out: it relates no two texts.
 * Each stem is shown as the word form readers wrote most often ("граждан" is shown as "граждан" only
 * if that is what people wrote), so that a cluster's terms read as words.
 */
final class TermVectors {
    /** A text's vector: term indexes ascending, weights of unit length. Empty when it shares no term. */
    record Vector(int[] terms, float[] weights) {
        static final Vector EMPTY = new Vector(new int[0], new float[0]);

        boolean isEmpty() {
            return terms.length == 0;
        }

        double dot(Vector o) {
            double s = 0;
            int i = 0, j = 0;
            while (i < terms.length && j < o.terms.length) {
                int a = terms[i], b = o.terms[j];
                if (a == b) s += (double) weights[i++] * o.weights[j++];
                else if (a < b) i++;
                else j++;
            }
            return s;
        }

        double dot(double[] dense) {
            double s = 0;
            for (int i = 0; i < terms.length; i++) s += weights[i] * dense[terms[i]];
            return s;
        }
    }

    private final Analyzer analyzer;
    private final Locale locale;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    private double[] idf = new double[0];

    TermVectors(Language language) {
        this.analyzer = LexicalSimilarity.analyzer(language, true);
        this.locale = Locale.forLanguageTag(language.code());
    }

    /** Learns the vocabulary from the sampled texts, and the word form shown for each stem. */
    void learn(List<String> texts) {
        Map<String, Integer> df = new HashMap<>();
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        for (String t : texts) {
            Map<String, String> seen = new HashMap<>();
            analyse(t, (stem, form) -> {
                seen.putIfAbsent(stem, form);
                forms.computeIfAbsent(stem, s -> new HashMap<>()).merge(form, 1, Integer::sum);
            });
            seen.keySet().forEach(s -> df.merge(s, 1, Integer::sum));
        }
        List<String> kept = df.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey).sorted().toList();
        idf = new double[kept.size()];
        for (String stem : kept) {
            int i = words.size();
            index.put(stem, i);
            idf[i] = Math.log((1.0 + texts.size()) / (1.0 + df.get(stem))) + 1;
            // The most frequent form, the shortest on a tie (then the first in order): the same every run.
            words.add(forms.get(stem).entrySet().stream()
                    .min(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(e -> e.getKey().length()).thenComparing(Map.Entry::getKey))
                    .orElseThrow().getKey());
        }
    }

    int size() {
        return words.size();
    }

    /** The word shown for a term. */
    String word(int term) {
        return words.get(term);
    }

    /**
     * Whether a term may describe a cluster: numbers and single letters ("3", "i") relate texts (an article's
     * number, say) but tell a reader no subject.
     */
    boolean telling(int term) {
        String w = words.get(term);
        return w.codePointCount(0, w.length()) >= 2 && !w.chars().allMatch(Character::isDigit);
    }

    Vector vector(String text) {
        Map<Integer, Integer> tf = new HashMap<>();
        analyse(text, (stem, form) -> {
            Integer i = index.get(stem);
            if (i != null) tf.merge(i, 1, Integer::sum);
        });
        if (tf.isEmpty()) return Vector.EMPTY;
        int[] terms = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        float[] weights = new float[terms.length];
        double norm = 0;
        for (int k = 0; k < terms.length; k++) {
            double w = (1 + Math.log(tf.get(terms[k]))) * idf[terms[k]];
            weights[k] = (float) w;
            norm += w * w;
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int k = 0; k < weights.length; k++) weights[k] *= inv;
        return new Vector(terms, weights);
    }

    /** The distinct terms of a text (for counting in how many texts of a cluster a term occurs). */
    int[] terms(String text) {
        return vector(text).terms();
    }

    private interface TokenSink {
        void accept(String stem, String form);
    }

    private void analyse(String text, TokenSink sink) {
        try (TokenStream ts = analyzer.tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String stem = term.toString();
                int from = Math.max(0, offset.startOffset()), to = Math.min(text.length(), offset.endOffset());
                String form = from < to ? text.substring(from, to).toLowerCase(locale) : stem;
                sink.accept(stem, form);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

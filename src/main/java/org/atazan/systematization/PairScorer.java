package org.atazan.systematization;

import java.util.List;

/**
 * A method that scores pairs of texts of one language from 0 to 1. It sees all the pairs at once because
 * a lexical method weighs words by how rare they are in the input itself.
 */
public interface PairScorer {
    /** One score per pair, in order. */
    double[] score(List<TextPair> pairs);
}

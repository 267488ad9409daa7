package org.atazan.consultation;

import java.util.List;
import java.util.Optional;

/**
 * Finds the proposals nearest to a text from an index of its own (the systematization module keeps
 * one per consultation). The store's trigram index answers whenever a finder cannot yet: while its
 * index is being built, or when none is configured.
 */
public interface ProposalFinder {

    /** A proposal's text as the finder indexes it; {@code id} is the store's key, growing with each proposal. */
    record Text(long id, String wording, Language language) {
    }

    /** The consultation's proposals after a key, in key order, at most {@code max}: how a finder builds and catches up. */
    interface Texts {
        List<Text> after(long id, int max);
    }

    /** A proposal found, by its store key, with its similarity to the text (0..1). */
    record Found(long id, double similarity) {
    }

    /**
     * The proposals most similar to {@code text}, most similar first, at most {@code limit}, none below
     * the finder's own floor (its scale is its own); empty when this finder cannot answer yet.
     */
    Optional<List<Found>> nearest(String consultationId, Texts texts, String text, int limit);

    /** No index of its own: the store's trigram index answers every lookup. */
    ProposalFinder NONE = (consultationId, texts, text, limit) -> Optional.empty();
}

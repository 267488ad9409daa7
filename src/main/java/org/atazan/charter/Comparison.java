package org.atazan.charter;

import org.atazan.charter.compare.CharterComparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The comparison of two versions of a charter.
 *
 * @param counts           how many articles of each kind; every kind is present
 * @param changedWordShare changedWords / oldWords, at most 1 (see {@link CharterComparator} for the rule)
 * @param oldWords         words in all articles of the old version, repealed ones included
 * @param changedWords     words deleted or replaced (larger of deleted and inserted per article), all
 *                         words of repealed and of added articles
 * @param articles         one entry per article pair, in the new text's order; old articles without a
 *                         partner sit after the partner of the old article before them
 */
public record Comparison(Map<ChangeKind, Integer> counts, double changedWordShare, int oldWords, int changedWords,
                         List<ArticleChange> articles) {
    public Comparison {
        // An EnumMap keeps the kinds in declaration order for JSON and text output.
        counts = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(counts));
        articles = List.copyOf(articles);
    }

    /** The entry of the new version's article with this number, if the new version has one. */
    public Optional<ArticleChange> ofNewArticle(String number) {
        return articles.stream().filter(a -> number.equals(a.newNumber())).findFirst();
    }

    /** The entry of the old version's article with this number, if the old version has one. */
    public Optional<ArticleChange> ofOldArticle(String number) {
        return articles.stream().filter(a -> number.equals(a.oldNumber())).findFirst();
    }

    /**
     * The entry of an article by its number in the new version, or else by its number in the old one
     * (a repealed article, or one moved away from that number).
     */
    public Optional<ArticleChange> article(String number) {
        return ofNewArticle(number).or(() -> ofOldArticle(number));
    }

    /** The entries that are not unchanged. */
    public List<ArticleChange> changes() {
        return articles.stream().filter(a -> a.kind() != ChangeKind.UNCHANGED).toList();
    }
}

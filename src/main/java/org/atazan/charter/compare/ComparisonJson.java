package org.atazan.charter.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.atazan.charter.ArticleChange;
import org.atazan.charter.ChangeKind;
import org.atazan.charter.Comparison;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one JSON shape of a comparison, written by the API and by {@code charter diff} alike, so that a
 * program reads both the same way. The core's {@link Comparison} stays free of JSON concerns.
 *
 * @param charter          the charter compared, or absent (the command line compares files)
 * @param from             the old version: its id, or the file name on the command line
 * @param to               the new version: its id, or the file name
 * @param counts           articles of each kind, every kind present, in {@link ChangeKind} order
 * @param changedWordShare changed words / old words, to four decimals, written plainly ("0.0007")
 * @param changes          every article that is not unchanged, in the new text's order
 */
public record ComparisonJson(@JsonInclude(JsonInclude.Include.NON_NULL) String charter,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String from,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String to,
                             Map<String, Integer> counts, BigDecimal changedWordShare, int oldWords,
                             int changedWords, List<Change> changes) {

    /**
     * One changed article: its number (see {@link ArticleChange#number()}), kind, old and new number
     * (null where it has none), similarity to three decimals, and the redline as text
     * ("[-deleted-]", "{+inserted+}") and as runs.
     */
    public record Change(String article, String kind, String oldArticle, String newArticle, double similarity,
                         boolean textChanged, String redline, List<Segment> segments) {
        static Change of(ArticleChange c) {
            return new Change(c.number(), c.kind().jsonName(), c.oldNumber(), c.newNumber(),
                    Math.round(c.similarity() * 1000) / 1000.0, c.textChanged(),
                    c.redline() == null ? "" : c.redline().toText(),
                    c.redline() == null ? List.of() : c.redline().segments().stream()
                            .map(s -> new Segment(s.op().name().toLowerCase(java.util.Locale.ROOT), s.text())).toList());
        }
    }

    /** A run of the redline: "same", "inserted" or "deleted", and its text. */
    public record Segment(String op, String text) {
    }

    public static ComparisonJson of(String charter, String from, String to, Comparison c) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ChangeKind k : ChangeKind.values()) counts.put(k.jsonName(), c.counts().getOrDefault(k, 0));
        return new ComparisonJson(charter, from, to, counts,
                BigDecimal.valueOf(c.changedWordShare()).setScale(4, RoundingMode.HALF_UP), c.oldWords(), c.changedWords(),
                c.changes().stream().map(Change::of).toList());
    }
}

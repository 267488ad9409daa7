package org.atazan.charter.compare;

import org.atazan.charter.Redline;
import org.atazan.charter.ChangeKind;
import org.atazan.charter.ArticleChange;
import org.atazan.charter.Comparison;
import org.atazan.charter.Article;
import org.atazan.charter.CharterText;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two versions of a charter article by article.
 *
 * <p>Pairing rule. Articles are paired by number and by content, because a reform may renumber as well
 * as rewrite (Kazakhstan 1995 → 2026: Parliament 49 → Kurultai 52, President 40 → 42):
 * <ol>
 * <li>An article in force on both sides with the same number and the same text (whitespace aside) is
 *     UNCHANGED.</li>
 * <li>Every other pair of articles in force is scored by content: the Dice coefficient of their sets of
 *     stemmed words and stemmed word pairs (Lucene's light stemmer for Russian, German or English, picked
 *     from the letters of the texts; no stemming for other languages). A pair with the same number gets
 *     a bonus of {@value Pairing#SAME_NUMBER_BONUS}. Pairs are taken best score first, each article at
 *     most once, while the score is at least {@value Pairing#THRESHOLD}.</li>
 * <li>A pair with the same number is AMENDED; with different numbers MOVED ({@code textChanged} says
 *     whether its words changed too).</li>
 * <li>An old article left without a partner is REPEALED, also when the new version keeps its number only
 *     as a repealed gap; a new one without a partner is ADDED. An article repealed in both versions is
 *     UNCHANGED.</li>
 * </ol>
 * The changed-word share measures the edit against the size of the old version: changed words divided by
 * the words of all old articles (repealed ones included), at most 1. Changed words are, per paired
 * article, the larger of its deleted and inserted words (a replacement counts once, and a pure insertion
 * such as item 4c of Germany's Art. 93 in July 2012 is not "no change"); every word of a repealed
 * article; every word of an added article.
 */
public final class CharterComparator {
    private CharterComparator() {
    }

    /** Compares the old version with the new one. */
    public static Comparison compare(CharterText old, CharterText neu) {
        List<Article> oa = old.articles();
        List<Article> na = neu.articles();
        String[] ot = texts(oa);
        String[] nt = texts(na);
        String[] on = normalised(ot);
        String[] nn = normalised(nt);
        Pairing p = Pairing.pair(oa, na, on, nn);

        Map<String, Integer> newGapByNumber = new HashMap<>();
        for (int j = 0; j < na.size(); j++) if (na.get(j).repealed()) newGapByNumber.putIfAbsent(na.get(j).number(), j);
        ArticleChange[] forNew = new ArticleChange[na.size()];
        List<List<ArticleChange>> after = new ArrayList<>();
        for (int j = 0; j <= na.size(); j++) after.add(new ArrayList<>());
        int slot = 0; // where an unpaired old article goes: after the partner of the last paired old article
        int changedWords = 0;
        int oldWords = 0;
        for (int i = 0; i < oa.size(); i++) {
            Article a = oa.get(i);
            oldWords += Words.count(ot[i]);
            int j = p.newOf[i];
            if (j >= 0) {
                boolean same = on[i].equals(nn[j]);
                Redline r = same ? RedlineBuilder.same(nt[j]) : RedlineBuilder.diff(ot[i], nt[j]);
                boolean sameNumber = a.number().equals(na.get(j).number());
                ChangeKind kind = sameNumber ? (same ? ChangeKind.UNCHANGED : ChangeKind.AMENDED) : ChangeKind.MOVED;
                forNew[j] = new ArticleChange(kind, a.number(), na.get(j).number(), p.similarity[i], r, !same);
                changedWords += r.changedWords();
                slot = j + 1;
                continue;
            }
            Integer gap = newGapByNumber.remove(a.number());
            if (gap != null && a.repealed()) {
                boolean same = on[i].equals(nn[gap]);
                Redline r = same ? RedlineBuilder.same(nt[gap]) : RedlineBuilder.diff(ot[i], nt[gap]);
                forNew[gap] = new ArticleChange(ChangeKind.UNCHANGED, a.number(), a.number(), 1.0, r, !same);
                slot = gap + 1;
            } else if (gap != null) {
                Redline r = RedlineBuilder.diff(ot[i], nt[gap]);
                forNew[gap] = new ArticleChange(ChangeKind.REPEALED, a.number(), a.number(), 0, r, true);
                changedWords += Words.count(ot[i]);
                slot = gap + 1;
            } else {
                after.get(slot).add(new ArticleChange(ChangeKind.REPEALED, a.number(), null, 0,
                        RedlineBuilder.of(Redline.Op.DELETED, ot[i]), true));
                changedWords += Words.count(ot[i]);
            }
        }
        List<ArticleChange> ordered = new ArrayList<>(after.get(0));
        Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
        for (ChangeKind k : ChangeKind.values()) counts.put(k, 0);
        for (int j = 0; j < na.size(); j++) {
            ArticleChange c = forNew[j];
            if (c == null) {
                c = new ArticleChange(ChangeKind.ADDED, null, na.get(j).number(), 0,
                        RedlineBuilder.of(Redline.Op.INSERTED, nt[j]), true);
                changedWords += Words.count(nt[j]);
            }
            ordered.add(c);
            ordered.addAll(after.get(j + 1));
        }
        for (ArticleChange c : ordered) counts.merge(c.kind(), 1, Integer::sum);
        double share = oldWords == 0 ? (changedWords == 0 ? 0 : 1) : Math.min(1.0, (double) changedWords / oldWords);
        return new Comparison(counts, share, oldWords, changedWords, ordered);
    }

    private static String[] texts(List<Article> articles) {
        String[] out = new String[articles.size()];
        for (int i = 0; i < out.length; i++) out[i] = articles.get(i).plainText();
        return out;
    }

    private static String[] normalised(String[] texts) {
        String[] out = new String[texts.length];
        for (int i = 0; i < out.length; i++) out[i] = Words.normalise(texts[i]);
        return out;
    }
}

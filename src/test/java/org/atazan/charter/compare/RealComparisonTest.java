package org.atazan.charter.compare;

import org.atazan.charter.ChangeKind;
import org.atazan.charter.ArticleChange;
import org.atazan.charter.Comparison;
import org.atazan.charter.text.RealCharters;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RealComparisonTest {

    @Test
    void grundgesetzJuly2012ChangesOnlyArticle93() {
        Comparison c = CharterComparator.compare(RealCharters.parsed(RealCharters.GG_OLD), RealCharters.parsed(RealCharters.GG_NEW));
        assertThat(c.changes()).hasSize(1);
        ArticleChange a = c.changes().get(0);
        assertThat(a.kind()).isEqualTo(ChangeKind.AMENDED);
        assertThat(a.number()).isEqualTo("93");
        assertThat(a.redline().toText()).contains(
                "{+4c. über Beschwerden von Vereinigungen gegen ihre Nichtanerkennung als Partei für die Wahl zum Bundestag;");
        assertThat(a.redline().deletedWords()).isZero();
        assertThat(c.counts()).containsEntry(ChangeKind.UNCHANGED, 194).containsEntry(ChangeKind.AMENDED, 1);
        // Thirteen inserted words out of some 21,000.
        assertThat(c.changedWords()).isEqualTo(a.redline().insertedWords()).isBetween(10, 20);
        assertThat(c.changedWordShare()).isGreaterThan(0.0).isLessThan(0.001);
        assertThat(c.oldWords()).isGreaterThan(20_000);
    }

    @Test
    void grundgesetzWithItselfIsUnchanged() {
        Comparison c = CharterComparator.compare(RealCharters.parsed(RealCharters.GG_NEW), RealCharters.parsed(RealCharters.GG_NEW));
        assertThat(c.changes()).isEmpty();
        assertThat(c.changedWordShare()).isZero();
    }

    @Test
    void kazakhstan1995To2026PairsByContent() {
        var old = RealCharters.parsed(RealCharters.KZ_1995);
        var neu = RealCharters.parsed(RealCharters.KZ_2026);
        Comparison c = CharterComparator.compare(old, neu);
        System.out.println("KZ 1995 -> 2026: " + c.counts() + ", changedWordShare=" + c.changedWordShare()
                + " (" + c.changedWords() + " of " + c.oldWords() + " old words)");

        assertThat(pair(c, "49").kind()).isEqualTo(ChangeKind.MOVED);
        assertThat(pair(c, "49").newNumber()).isEqualTo("52"); // Parliament becomes the Kurultai
        assertThat(pair(c, "40").newNumber()).isEqualTo("42"); // the President
        assertThat(pair(c, "40").kind()).isEqualTo(ChangeKind.MOVED);
        assertThat(pair(c, "84").kind()).isEqualTo(ChangeKind.REPEALED); // repealed already in 1995's text
        assertThat(c.counts().get(ChangeKind.MOVED)).isGreaterThan(50);

        // Every article of each version appears exactly once, and the counts add up.
        assertThat(c.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(c.articles().size());
        Set<String> olds = new HashSet<>();
        Set<String> news = new HashSet<>();
        c.articles().stream().map(ArticleChange::oldNumber).filter(Objects::nonNull).forEach(n -> assertThat(olds.add(n)).isTrue());
        c.articles().stream().map(ArticleChange::newNumber).filter(Objects::nonNull).forEach(n -> assertThat(news.add(n)).isTrue());
        assertThat(olds).hasSize(old.articles().size());
        assertThat(news).hasSize(neu.articles().size());
        assertThat(c.articles().size()).isEqualTo(old.articles().size() + c.counts().get(ChangeKind.ADDED)
                - (int) c.articles().stream().filter(a -> a.oldNumber() == null && a.kind() != ChangeKind.ADDED).count());
        assertThat(c.changedWordShare()).isBetween(0.2, 0.9);
        // New-text order: the new numbers that are present come in the order of the new text.
        var newOrder = c.articles().stream().map(ArticleChange::newNumber).filter(Objects::nonNull).toList();
        assertThat(newOrder).isEqualTo(neu.articles().stream().map(a -> a.number()).toList());
    }

    private static ArticleChange pair(Comparison c, String oldNumber) {
        return c.articles().stream().filter(a -> oldNumber.equals(a.oldNumber())).findFirst().orElseThrow();
    }
}

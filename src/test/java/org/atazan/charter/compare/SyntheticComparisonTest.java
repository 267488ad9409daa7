package org.atazan.charter.compare;

import org.atazan.charter.Redline;
import org.atazan.charter.ChangeKind;
import org.atazan.charter.ArticleChange;
import org.atazan.charter.Comparison;
import org.atazan.charter.Article;
import org.atazan.charter.CharterText;
import org.atazan.charter.Paragraph;
import org.atazan.charter.Part;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SyntheticComparisonTest {
    static final String RIGHTS = "Everyone has the right to life, liberty and security of person and to a fair trial.";
    static final String ASSEMBLY = "The National Assembly is the highest representative body and exercises legislative power.";
    static final String PRESIDENT = "The President is the head of state and guarantor of the constitution and of unity.";
    static final String COURT = "The Constitutional Court reviews laws for their conformity with the constitution.";

    static Article art(String number, String text) {
        return new Article(number, "", List.of(new Paragraph("", text)), false, "");
    }

    static Article gap(String number, String note) {
        return new Article(number, "", List.of(), true, note);
    }

    static CharterText charter(Article... articles) {
        return new CharterText("T", "", new ArrayList<Part>(List.of(articles)));
    }

    @Test
    void versionWithItselfIsAllUnchanged() {
        CharterText t = charter(art("1", RIGHTS), art("2", ASSEMBLY), gap("3", "Repealed."));
        Comparison c = CharterComparator.compare(t, t);
        assertThat(c.articles()).extracting(ArticleChange::kind).containsOnly(ChangeKind.UNCHANGED).hasSize(3);
        assertThat(c.changes()).isEmpty();
        assertThat(c.counts()).containsOnlyKeys(ChangeKind.values()).containsEntry(ChangeKind.UNCHANGED, 3);
        assertThat(c.changedWordShare()).isZero();
        assertThat(c.oldWords()).isEqualTo(Words.count(RIGHTS) + Words.count(ASSEMBLY) + 1);
    }

    @Test
    void amendedArticleHasARedline() {
        CharterText old = charter(art("1", RIGHTS), art("2", ASSEMBLY));
        CharterText neu = charter(art("1", RIGHTS.replace("a fair trial", "a fair and public hearing")), art("2", ASSEMBLY));
        Comparison c = CharterComparator.compare(old, neu);
        assertThat(c.changes()).hasSize(1);
        ArticleChange a = c.changes().get(0);
        assertThat(a.kind()).isEqualTo(ChangeKind.AMENDED);
        assertThat(a.number()).isEqualTo("1");
        assertThat(a.textChanged()).isTrue();
        assertThat(a.redline().toText()).isEqualTo(
                "Everyone has the right to life, liberty and security of person and to a fair [-trial-]{+and public hearing+}.");
        assertThat(a.redline().deletedWords()).isEqualTo(1);
        assertThat(a.redline().insertedWords()).isEqualTo(3);
        // "trial" replaced by three words: the larger side counts.
        assertThat(a.redline().changedWords()).isEqualTo(3);
        assertThat(c.changedWords()).isEqualTo(3);
        assertThat(c.changedWordShare()).isCloseTo(3.0 / c.oldWords(), within(1e-9));
    }

    @Test
    void renumberedArticleIsMovedWithOrWithoutTextChange() {
        CharterText old = charter(art("1", RIGHTS), art("2", ASSEMBLY), art("3", PRESIDENT));
        CharterText neu = charter(art("1", RIGHTS), art("2", PRESIDENT), art("3", ASSEMBLY.replace("highest", "supreme")));
        Comparison c = CharterComparator.compare(old, neu);
        assertThat(c.articles()).extracting(ArticleChange::kind, ArticleChange::oldNumber, ArticleChange::newNumber, ArticleChange::textChanged)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.UNCHANGED, "1", "1", false),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.MOVED, "3", "2", false),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.MOVED, "2", "3", true));
        assertThat(c.articles().get(2).redline().toText()).contains("[-highest-]{+supreme+}");
        assertThat(c.counts()).containsEntry(ChangeKind.MOVED, 2);
    }

    @Test
    void unrelatedArticleWithTheSameNumberIsRepealedAndAdded() {
        CharterText old = charter(art("1", RIGHTS), art("2", ASSEMBLY));
        CharterText neu = charter(art("1", RIGHTS), art("2", COURT));
        Comparison c = CharterComparator.compare(old, neu);
        // The old article sits where it was (after old 1's partner), before the new article 2.
        assertThat(c.articles()).extracting(ArticleChange::kind).containsExactly(
                ChangeKind.UNCHANGED, ChangeKind.REPEALED, ChangeKind.ADDED);
        assertThat(c.articles().get(1).number()).isEqualTo("2");
        assertThat(c.articles().get(1).redline().toText()).isEqualTo("[-" + ASSEMBLY + "-]");
        assertThat(c.changedWords()).isEqualTo(Words.count(ASSEMBLY) + Words.count(COURT));
    }

    @Test
    void repealedArticleSitsWhereItWas() {
        CharterText old = charter(art("1", RIGHTS), art("2", ASSEMBLY), art("3", PRESIDENT));
        CharterText neu = charter(art("1", RIGHTS), art("3", PRESIDENT));
        Comparison c = CharterComparator.compare(old, neu);
        assertThat(c.articles()).extracting(ArticleChange::kind, ArticleChange::number).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ChangeKind.UNCHANGED, "1"),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.REPEALED, "2"),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.UNCHANGED, "3"));
        assertThat(c.articles().get(1).newNumber()).isNull();
    }

    @Test
    void articleKeptOnlyAsARepealedGapIsRepealed() {
        CharterText old = charter(art("1", RIGHTS), art("2", ASSEMBLY));
        CharterText neu = charter(art("1", RIGHTS), gap("2", "Repealed by the law of 2001."));
        ArticleChange c = CharterComparator.compare(old, neu).changes().get(0);
        assertThat(c.kind()).isEqualTo(ChangeKind.REPEALED);
        assertThat(c.oldNumber()).isEqualTo("2");
        assertThat(c.newNumber()).isEqualTo("2");
        assertThat(c.redline().toText()).startsWith("[-The National Assembly is-]{+Repealed by+} the");
        assertThat(c.redline().deletedWords()).isEqualTo(Words.count(ASSEMBLY) - 1);
    }

    @Test
    void articleRepealedInBothIsUnchanged() {
        CharterText old = charter(art("1", RIGHTS), gap("2", ""));
        CharterText neu = charter(art("1", RIGHTS), gap("2", ""), art("3", COURT));
        Comparison c = CharterComparator.compare(old, neu);
        assertThat(c.articles()).extracting(ArticleChange::kind).containsExactly(
                ChangeKind.UNCHANGED, ChangeKind.UNCHANGED, ChangeKind.ADDED);
        assertThat(c.articles().get(2).redline().toText()).isEqualTo("{+" + COURT + "+}");
        assertThat(c.counts()).containsEntry(ChangeKind.ADDED, 1).containsEntry(ChangeKind.UNCHANGED, 2);
        assertThat(c.changedWords()).isEqualTo(Words.count(COURT));
    }

    @Test
    void stemmingPairsInflectedRussian() {
        CharterText old = charter(art("49", "Парламент Республики Казахстан является высшим представительным органом Республики, осуществляющим законодательные функции."));
        CharterText neu = charter(art("52", "Курултай Республики Казахстан является высшим представительным органом Республики, осуществляющим законодательную власть."));
        ArticleChange c = CharterComparator.compare(old, neu).articles().get(0);
        assertThat(c.kind()).isEqualTo(ChangeKind.MOVED);
        assertThat(c.redline().toText()).startsWith("[-Парламент-]{+Курултай+} Республики");
    }

    @Test
    void redlineKeepsPunctuationAndGroupsReplacedPhrases() {
        Redline r = RedlineBuilder.diff("one two three four.", "one five six four.");
        assertThat(r.toText()).isEqualTo("one [-two three-]{+five six+} four.");
        assertThat(r.oldWords()).isEqualTo(4);
        assertThat(r.sameWords()).isEqualTo(2);
        assertThat(r.hasChanges()).isTrue();
        assertThat(RedlineBuilder.same("x").hasChanges()).isFalse();
    }
}

package org.atazan.charter.text;

import org.atazan.charter.Amendment;
import org.atazan.charter.AmendmentConflict;
import org.atazan.charter.Article;
import org.atazan.charter.ChangeKind;
import org.atazan.charter.CharterLimits;
import org.atazan.charter.Comparison;
import org.atazan.charter.compare.CharterComparator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextConsolidationTest {

    static TextLayout layout(String name, byte[] bytes) {
        return TextLayout.read(name, new ByteArrayInputStream(bytes), null, CharterLimits.DEFAULT);
    }

    static TextLayout layout(String text) {
        return layout("test.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theRealAmendmentOfTheGrundgesetzGivesTheLaterVersionArticleByArticle() {
        TextLayout old = layout(RealCharters.GG_OLD, RealCharters.bytes(RealCharters.GG_OLD));
        TextLayout neu = layout(RealCharters.GG_NEW, RealCharters.bytes(RealCharters.GG_NEW));
        List<Amendment> amendments = AmendmentsBetween.derive(old, neu);
        assertThat(amendments).extracting(Amendment::article).containsExactly("93");

        TextLayout consolidated = TextConsolidation.apply(old, amendments, "consolidated");

        assertThat(consolidated.text().articles()).isEqualTo(neu.text().articles());
        assertThat(consolidated.text().divisions()).isEqualTo(neu.text().divisions());
    }

    @Test
    void theKazakhConstitutionOf2026FromThatOf1995ByItsAmendmentsArticleByArticle() {
        TextLayout old = layout(RealCharters.KZ_1995, RealCharters.bytes(RealCharters.KZ_1995));
        TextLayout neu = layout(RealCharters.KZ_2026, RealCharters.bytes(RealCharters.KZ_2026));
        List<Amendment> amendments = AmendmentsBetween.derive(old, neu);

        TextLayout consolidated = TextConsolidation.apply(old, amendments, "consolidated");

        // Renumbering keeps an article in its place: compared by number, every article reads as in 2026.
        Map<String, Article> got = byNumber(consolidated.text().articles()), want = byNumber(neu.text().articles());
        assertThat(got.keySet()).isEqualTo(want.keySet());
        // Word for word: where the comparison saw only a line broken differently (articles 79 and 91 of 2026
        // split a paragraph in two, with the same words), there was nothing to amend.
        assertThat(want.keySet().stream().filter(n -> !words(got.get(n)).equals(words(want.get(n)))).sorted().toList())
                .as("articles that differ from 2026").isEmpty();
        assertThat(want.keySet().stream().filter(n -> !got.get(n).equals(want.get(n))).sorted().toList())
                .as("articles that differ in layout only").containsExactly("79", "91");
    }

    private static List<String> words(Article a) {
        return List.of((a.heading() + " " + a.plainText() + " " + a.repealed()).strip().split("\\s+"));
    }

    private static Map<String, Article> byNumber(List<Article> articles) {
        return articles.stream().collect(Collectors.toMap(Article::number, Function.identity()));
    }

    static final String SMALL = """
            The Small Charter

            Article 1
            Everyone is equal.

            Article 2
            The capital is Astana.

            Article 3
            Laws are published.
            """;

    @Test
    void onlyTheLinesOfTheArticlesConcernedChange() {
        TextLayout base = layout(SMALL);
        TextLayout out = TextConsolidation.apply(base, List.of(
                Amendment.replace("A-1", "2", "The capital is Almaty.\nIt may move by law."),
                Amendment.insert("A-2", "3", "4", "Amendments are made in the open."),
                Amendment.repeal("A-3", "1"),
                Amendment.renumber("A-4", "3", "3a")), "new.txt");

        assertThat(String.join("\n", out.lines())).isEqualTo("""
                The Small Charter

                Article 2
                The capital is Almaty.
                It may move by law.

                Article 3a
                Laws are published.

                Article 4
                Amendments are made in the open.
                """);
        Comparison c = CharterComparator.compare(base.text(), out.text());
        assertThat(c.counts()).containsEntry(ChangeKind.AMENDED, 1).containsEntry(ChangeKind.ADDED, 1)
                .containsEntry(ChangeKind.REPEALED, 1).containsEntry(ChangeKind.MOVED, 1);
    }

    @Test
    void aRepealWithANoteLeavesTheNumberAsAGapAndANewArticleCanCarryAHeading() {
        TextLayout base = layout(SMALL);
        TextLayout out = TextConsolidation.apply(base, List.of(
                new Amendment("A-1", Amendment.Action.REPEAL, "2", null, null, null, "Repealed."),
                new Amendment("A-2", Amendment.Action.INSERT, "1a", "1", null, "Dignity", "Dignity is inviolable.")), "new.txt");
        assertThat(out.lines()).containsSubsequence("Article 1a Dignity", "Dignity is inviolable.", "", "Article 2", "Repealed.");
        assertThat(out.text().articles()).extracting(Article::number).containsExactly("1", "1a", "2", "3");
    }

    @Test
    void twoAmendmentsToOneArticleAreRefusedNamingTheRule() {
        assertThatThrownBy(() -> TextConsolidation.apply(layout(SMALL), List.of(
                Amendment.replace("A-1", "2", "One."), Amendment.replace("A-2", "2", "Two.")), "x"))
                .isInstanceOf(AmendmentConflict.class)
                .hasMessage("amendment A-2: article 2 is already changed by A-1 (one amendment per article: competing"
                        + " amendments are voted on in turn, and only the adopted one is consolidated)");
        assertThatThrownBy(() -> TextConsolidation.apply(layout(SMALL), List.of(
                Amendment.renumber("A-1", "3", "5"), Amendment.replace("A-2", "5", "Two.")), "x"))
                .hasMessageContaining("amendment A-2: article 5 is already changed by A-1");
    }

    @Test
    void anInsertionAfterAnArticleTheSetRepealsIsRefused() {
        assertThatThrownBy(() -> TextConsolidation.apply(layout(SMALL), List.of(
                Amendment.repeal("A-1", "2"), Amendment.insert("A-2", "2", "2a", "New.")), "x"))
                .isInstanceOf(AmendmentConflict.class)
                .hasMessage("amendment A-2: inserts after article 2, which A-1 repeals (an insertion follows an article in force)");
    }

    @Test
    void missingAndTakenNumbersAreRefused() {
        assertThatThrownBy(() -> TextConsolidation.apply(layout(SMALL), List.of(Amendment.replace("A-1", "9", "x")), "x"))
                .hasMessage("amendment A-1: article 9 does not exist in the version amended");
        assertThatThrownBy(() -> TextConsolidation.apply(layout(SMALL), List.of(Amendment.insert("A-1", "1", "3", "x")), "x"))
                .hasMessage("amendment A-1: article 3 already exists");
        assertThatThrownBy(() -> TextConsolidation.apply(layout(SMALL), List.of(Amendment.renumber("A-1", "1", "2")), "x"))
                .hasMessage("amendment A-1: article 2 already exists");
        assertThatThrownBy(() -> TextConsolidation.apply(layout(SMALL), List.of(
                Amendment.repeal("A-1", "1"), Amendment.replace("A-2", "1", "x")), "x"))
                .hasMessage("amendment A-2: article 1 is repealed by A-1");
        assertThatThrownBy(() -> TextConsolidation.apply(layout(SMALL), List.of(Amendment.replace("A-1", "1", " ")), "x"))
                .hasMessage("amendment A-1: 'text' is needed for replace");
    }

    @Test
    void wordingThatTheLayoutWouldReadAsAHeadingIsRefused() {
        assertThatThrownBy(() -> TextConsolidation.apply(layout(SMALL), List.of(
                Amendment.replace("A-1", "2", "The capital is Astana.\n\nArticle 7\nSmuggled in.")), "x"))
                .isInstanceOf(AmendmentConflict.class)
                .hasMessageContaining("amendment A-1: its wording holds a line that this layout reads as the heading of article 7");
    }

    @Test
    void aNumberTheLayoutDoesNotReadAsOneIsRefused() {
        assertThatThrownBy(() -> TextConsolidation.apply(layout(SMALL), List.of(Amendment.insert("A-1", "3", "four", "x")), "x"))
                .isInstanceOf(AmendmentConflict.class)
                .hasMessageContaining("amendment A-1: article four is not read back as an article");
    }
}

package org.atazan.charter.text;

import org.atazan.charter.Article;
import org.atazan.charter.CharterInputException;
import org.atazan.charter.CharterText;
import org.atazan.charter.Division;
import org.atazan.charter.Paragraph;
import org.atazan.charter.Point;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyntheticTextTest {
    static final String ENGLISH = """
            Constitution of Examplia

            We, the people of Examplia, adopt this
            Constitution.

            Part I - Principles

            Article 1. The State
            (1) Examplia is a democratic
            republic.

            (2) Its powers are:

            a) to legislate;

            b) to judge.

            Article 2
            Article 1 of this text cannot be amended.

            Part II Institutions

            Chapter 1 The Assembly

            Article 3
            [Repealed by the Amendment of 2001]

            Article 3-1
            1. The Assembly has 100 members.
            """;

    static final String KAZAKH = """
            Мысал Республикасының Конституциясы

            Біз, Мысал халқы, осы Конституцияны қабылдаймыз.

            I бөлім. Жалпы ережелер
            1-тарау. Негіздер
            1-бап.
            1. Мысал Республикасы демократиялық мемлекет.
            2. Мемлекет:
            1) адамды қорғайды;
            2) заңды сақтайды.
            2-бап
            Алып тасталды
            II бөлім. Қорытынды ережелер
            3-бап. Күшіне енуі
            Конституция жарияланған күннен бастап күшіне енеді.
            """;

    private static CharterText read(String name, String text) {
        return new CharterReader().read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void englishSample() {
        CharterText t = read("examplia.txt", ENGLISH);
        assertThat(t.title()).isEqualTo("Constitution of Examplia");
        assertThat(t.preamble()).isEqualTo("We, the people of Examplia, adopt this Constitution.");
        assertThat(t.divisions()).extracting(Division::kind, Division::number, Division::heading).containsExactly(
                org.assertj.core.groups.Tuple.tuple("part", "I", "Principles"),
                org.assertj.core.groups.Tuple.tuple("part", "II", "Institutions"),
                org.assertj.core.groups.Tuple.tuple("chapter", "1", "The Assembly"));
        assertThat(t.articles()).extracting(Article::number).containsExactly("1", "2", "3", "3-1");
        Article a1 = t.articles().get(0);
        assertThat(a1.heading()).isEqualTo("The State");
        assertThat(a1.paragraphs()).extracting(Paragraph::number, Paragraph::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("(1)", "Examplia is a democratic republic."),
                org.assertj.core.groups.Tuple.tuple("(2)", "Its powers are:"));
        assertThat(a1.paragraphs().get(1).points()).containsExactly(new Point("a)", "to legislate;"), new Point("b)", "to judge."));
        // "Article 1 of ..." inside a block is text, not a heading, and article 2 is not a duplicate.
        assertThat(t.articles().get(1).paragraphs().get(0).text()).isEqualTo("Article 1 of this text cannot be amended.");
        assertThat(t.articles().get(2).repealed()).isTrue();
        assertThat(t.articles().get(2).repealNote()).isEqualTo("[Repealed by the Amendment of 2001]");
        // Chapter 1 nests in Part II.
        assertThat(((Division) t.body().get(1)).children()).hasSize(1);
    }

    @Test
    void kazakhSample() {
        CharterText t = read("kk.txt", KAZAKH);
        assertThat(t.title()).isEqualTo("Мысал Республикасының Конституциясы");
        assertThat(t.divisions()).extracting(Division::number).containsExactly("I", "1", "II");
        assertThat(t.articles()).extracting(Article::number).containsExactly("1", "2", "3");
        Article a1 = t.articles().get(0);
        assertThat(a1.paragraphs().get(1).points()).extracting(Point::number).containsExactly("1)", "2)");
        assertThat(t.articles().get(1).repealed()).isTrue();
        assertThat(t.articles().get(2).heading()).isEqualTo("Күшіне енуі");
    }

    @Test
    void russianChaptersAndHeadedArticles() {
        String ru = "Устав\n\nРаздел I. Основы\nГлава 1. Общие положения\nСтатья 1. Цели\n1. Первое.\n"
                + "Статья 1-1\nВставленная статья.\nГлава 2\nСтатья 2.\n1) пункт;\n2) исключен Законом от 01.01.2020.\n";
        CharterText t = read("ru.txt", ru);
        assertThat(t.divisions()).extracting(Division::kind, Division::number, Division::heading).containsExactly(
                org.assertj.core.groups.Tuple.tuple("part", "I", "Основы"),
                org.assertj.core.groups.Tuple.tuple("chapter", "1", "Общие положения"),
                org.assertj.core.groups.Tuple.tuple("chapter", "2", ""));
        assertThat(t.articles()).extracting(Article::number).containsExactly("1", "1-1", "2");
        assertThat(t.articles().get(0).heading()).isEqualTo("Цели");
        assertThat(t.articles().get(2).repealed()).isFalse();
        assertThat(t.articles().get(2).paragraphs().get(0).points()).extracting(Point::text)
                .containsExactly("пункт;", "исключен Законом от 01.01.2020.");
    }

    @Test
    void explicitPatternSetIsUsedAlone() {
        assertThatThrownBy(() -> new CharterReader(HeadingPatterns.shipped("ru")).read("x.txt", ENGLISH.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CharterInputException.class).hasMessageContaining("x.txt").hasMessageContaining("pattern set ru");
        assertThat(new CharterReader(HeadingPatterns.shipped("en")).read("x.txt", ENGLISH.getBytes(StandardCharsets.UTF_8))
                .articles()).hasSize(4);
    }

    @Test
    void patternsLoadFromAPropertiesFile(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("fr.properties");
        Files.writeString(file, """
                name=fr
                division.1=part:^Titre\\\\s+(?<num>[IVX]+)\\\\s*(?<heading>.*)$
                article=^Article\\\\s+(?<num>\\\\d+)\\\\.?(?:\\\\s+(?<heading>.+))?$
                paragraph=^(?<label>\\\\d+\\\\.)\\\\s+(?<text>.*)$
                """);
        HeadingPatterns fr = HeadingPatterns.named(file.toString());
        assertThat(fr.name()).isEqualTo("fr");
        CharterText t = new CharterReader(fr).read("fr.txt", "Constitution\nTitre I De la souveraineté\nArticle 1\n1. La France est une République.\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(t.divisions().get(0).heading()).isEqualTo("De la souveraineté");
        assertThat(t.articles().get(0).paragraphs().get(0).text()).isEqualTo("La France est une République.");
    }

    @Test
    void badPatternFileIsBadInput() {
        assertThatThrownBy(() -> HeadingPatterns.load("p.properties", new StringReader("article=(unclosed")))
                .isInstanceOf(CharterInputException.class).hasMessageContaining("p.properties");
        assertThatThrownBy(() -> HeadingPatterns.load("p.properties", new StringReader("name=x")))
                .isInstanceOf(CharterInputException.class).hasMessageContaining("article");
        assertThatThrownBy(() -> HeadingPatterns.named("no-such-set"))
                .isInstanceOf(CharterInputException.class).hasMessageContaining("no-such-set");
    }

    @Test
    void emptyFileIsRefused() {
        assertThatThrownBy(() -> new CharterReader().read("empty.txt", new byte[0]))
                .isInstanceOf(CharterInputException.class).hasMessageContaining("empty.txt").hasMessageContaining("empty");
        assertThatThrownBy(() -> new CharterReader().read("blank.txt", "\n  \n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CharterInputException.class).hasMessageContaining("blank.txt");
    }

    @Test
    void binaryAndInvalidUtf8AreRefusedWithTheirLine() {
        byte[] nul = "Article 1\nText\u0000".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new CharterReader().read("bin.dat", nul))
                .isInstanceOf(CharterInputException.class).hasMessageStartingWith("bin.dat:2:").hasMessageContaining("binary");
        byte[] latin1 = "Article 1\n\nStra\u00dfe".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> new CharterReader().read("latin1.txt", latin1))
                .isInstanceOf(CharterInputException.class).hasMessageStartingWith("latin1.txt:3:").hasMessageContaining("UTF-8");
    }

    @Test
    void textWithoutArticlesIsRefused() {
        assertThatThrownBy(() -> read("notes.txt", "Shopping list\n\nmilk, bread\n"))
                .isInstanceOf(CharterInputException.class).hasMessageStartingWith("notes.txt: ")
                .hasMessageContaining("no recognisable article");
    }

    @Test
    void duplicateArticleInOneDivisionNamesBothLines() {
        String text = "Title\n\nArticle 1\nOne.\n\nArticle 2\nTwo.\n\nArticle 1\nAgain.\n";
        assertThatThrownBy(() -> read("dup.txt", text))
                .isInstanceOf(CharterInputException.class).hasMessageStartingWith("dup.txt:9:")
                .hasMessageContaining("lines 3 and 9");
        // The same number in another division is allowed (e.g. chapters that restart numbering).
        String twoParts = "Title\n\nPart I\n\nArticle 1\nOne.\n\nPart II\n\nArticle 1\nOne again.\n";
        assertThat(read("parts.txt", twoParts).articles()).hasSize(2);
    }

    @Test
    void germanRepealRuleCoversDashAndWeggefallenHeading() {
        String md = "---\nTitle: X\n---\n\n# Gesetz\n\n## I. - Teil\n\n### Art 1\n\n(1) Text.\n\n### Art 49\n\n-\n\n"
                + "### Art 50 (weggefallen)\n\n### Art 51\n\nNoch Text.\n";
        CharterText t = read("g.md", md);
        assertThat(t.title()).isEqualTo("Gesetz");
        assertThat(t.articles()).extracting(Article::number, Article::repealed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", false), org.assertj.core.groups.Tuple.tuple("49", true),
                org.assertj.core.groups.Tuple.tuple("50", true), org.assertj.core.groups.Tuple.tuple("51", false));
        assertThat(t.articles().get(2).heading()).isEmpty();
    }
}

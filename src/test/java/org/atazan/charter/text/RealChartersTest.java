package org.atazan.charter.text;

import org.atazan.charter.Article;
import org.atazan.charter.CharterText;
import org.atazan.charter.Division;
import org.atazan.charter.Paragraph;
import org.atazan.charter.Point;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atazan.charter.text.RealCharters.*;

class RealChartersTest {

    private static Article article(CharterText t, String number) {
        return t.articles().stream().filter(a -> a.number().equals(number)).findFirst().orElseThrow();
    }

    @Test
    void grundgesetzHas195ArticlesInBothVersions() {
        for (String name : List.of(GG_OLD, GG_NEW)) {
            CharterText gg = parsed(name);
            assertThat(gg.articles()).as(name).hasSize(195);
            assertThat(gg.title()).isEqualTo("Grundgesetz für die Bundesrepublik Deutschland (GG)");
            assertThat(gg.preamble()).startsWith("Im Bewußtsein seiner Verantwortung vor Gott");
            assertThat(gg.divisions()).extracting(Division::number)
                    .containsExactly("I", "II", "III", "IV", "IV a", "V", "VI", "VII", "VIII", "VIIIa", "IX", "X", "X a", "XI");
        }
    }

    @Test
    void grundgesetzNumbersAsWrittenAndRepealedArticles() {
        CharterText gg = parsed(GG_OLD);
        assertThat(gg.articles()).extracting(Article::number).contains("1", "12a", "91a", "143b", "146");
        Article a49 = article(gg, "49");
        assertThat(a49.repealed()).isTrue();
        assertThat(a49.paragraphs()).isEmpty();
        assertThat(gg.articles().stream().filter(Article::repealed).map(Article::number))
                .contains("49", "59a", "142a");
        assertThat(article(gg, "45d").heading()).isEqualTo("Parlamentarisches Kontrollgremium");
        Article a1 = article(gg, "1");
        assertThat(a1.paragraphs()).extracting(Paragraph::number).containsExactly("(1)", "(2)", "(3)");
        assertThat(article(gg, "2").paragraphs()).extracting(Paragraph::number).containsExactly("(1)", "(2)");
        assertThat(a1.paragraphs().get(0).text()).isEqualTo(
                "Die Würde des Menschen ist unantastbar. Sie zu achten und zu schützen ist Verpflichtung aller staatlichen Gewalt.");
        // The annex after Art 146 is not part of Art 146.
        assertThat(article(gg, "146").plainText()).doesNotContain("EinigVtr");
    }

    @Test
    void grundgesetzArticle93GainsPoint4cOnlyInTheNewVersion() {
        Paragraph oldP1 = article(parsed(GG_OLD), "93").paragraphs().get(0);
        Paragraph newP1 = article(parsed(GG_NEW), "93").paragraphs().get(0);
        assertThat(oldP1.number()).isEqualTo("(1)");
        assertThat(oldP1.text()).isEqualTo("Das Bundesverfassungsgericht entscheidet:");
        assertThat(oldP1.points()).extracting(Point::number).containsExactly("1.", "2.", "2a.", "3.", "4.", "4a.", "4b.", "5.");
        assertThat(newP1.points()).extracting(Point::number).containsExactly("1.", "2.", "2a.", "3.", "4.", "4a.", "4b.", "4c.", "5.");
        assertThat(newP1.points().get(7).text()).isEqualTo(
                "über Beschwerden von Vereinigungen gegen ihre Nichtanerkennung als Partei für die Wahl zum Bundestag;");
    }

    @Test
    void kazakhstan1995() {
        CharterText kz = parsed(KZ_1995);
        assertThat(kz.divisions()).hasSize(9);
        assertThat(kz.divisions().get(0).number()).isEqualTo("I");
        assertThat(kz.divisions().get(0).heading()).isEqualTo("Общие положения");
        assertThat(kz.articles()).hasSize(102);
        assertThat(kz.articles()).extracting(Article::number).contains("1", "99", "83-1", "94-1", "94-2");
        assertThat(kz.articles().stream().filter(Article::repealed).map(Article::number)).containsExactly("84");
        assertThat(article(kz, "84").repealNote()).startsWith("Исключена Законом РК от 21.05.2007");
        assertThat(kz.title()).isEqualTo("Конституция Республики Казахстан");
        assertThat(kz.preamble()).startsWith("Мы, народ Казахстана");
        assertThat(article(kz, "1").paragraphs().get(0).text()).startsWith("Республика Казахстан утверждает себя");
        assertThat(article(kz, "2").paragraphs()).extracting(Paragraph::number).containsExactly("1.", "2.", "3.", "3-1.", "4.");
        assertThat(article(kz, "9").paragraphs()).hasSize(1);
        assertThat(article(kz, "99").paragraphs().get(0).number()).isEqualTo("1.");
        assertThat(article(kz, "84").paragraphs()).isEmpty();
    }

    @Test
    void kazakhstan1995RepealedPointStaysAPointWithItsNote() {
        Article a44 = article(parsed(KZ_1995), "44");
        Point p8 = a44.paragraphs().stream().flatMap(p -> p.points().stream())
                .filter(p -> p.number().equals("8)")).findFirst().orElseThrow();
        assertThat(p8.text()).startsWith("исключен Законом РК от 10.03.2017");
        assertThat(a44.paragraphs().stream().flatMap(p -> p.points().stream()).map(Point::number)).contains("10-1)");
    }

    @Test
    void kazakhstan2026() {
        CharterText kz = parsed(KZ_2026);
        assertThat(kz.divisions()).hasSize(11);
        assertThat(kz.divisions().get(3).heading()).isEqualTo("Курултай");
        assertThat(kz.articles()).hasSize(96);
        assertThat(kz.articles()).noneMatch(Article::repealed);
        assertThat(article(kz, "52").paragraphs().get(0).text()).startsWith("Курултай Республики Казахстан");
        // A line after point 2) (the Kurultai may be dissolved ...) stays with that point.
        Article a46 = article(kz, "46");
        assertThat(a46.paragraphs()).hasSize(1);
        assertThat(a46.paragraphs().get(0).points().get(1).text()).contains("\nПрезидент Республики Казахстан вправе распустить");
    }
}

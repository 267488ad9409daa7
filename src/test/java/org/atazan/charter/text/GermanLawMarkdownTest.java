package org.atazan.charter.text;

import org.atazan.charter.Article;
import org.atazan.charter.CharterText;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Other laws in the bundestag/gesetze Markdown number their sections with "§", not "Art". */
class GermanLawMarkdownTest {

    @Test
    void sectionsNumberedWithTheParagraphSign() {
        String md = """
                ---
                Title: Testgesetz
                ---

                # Testgesetz

                ## Abschnitt 1

                ### § 1 Geltungsbereich

                (1) Dieses Gesetz gilt für alle.

                (2) Es gilt auch für andere.

                ### § 2

                (weggefallen)

                ### § 2a Begriffe

                Im Sinne dieses Gesetzes ist
                """;
        CharterText t = new CharterReader(HeadingPatterns.shipped("de-md")).read("gesetz.md", md.getBytes(StandardCharsets.UTF_8));
        assertThat(t.articles()).extracting(Article::number).containsExactly("1", "2", "2a");
        assertThat(t.articles().get(0).heading()).isEqualTo("Geltungsbereich");
        assertThat(t.articles().get(0).paragraphs()).hasSize(2);
        assertThat(t.articles().get(1).repealed()).isTrue();
    }
}

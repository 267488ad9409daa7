package org.atazan.charter.text;

import org.atazan.charter.Article;
import org.atazan.charter.CharterText;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** English texts in common layouts: Roman-numbered articles, and list items with no blank line between. */
class WrappedListsTest {

    static final String TEXT = """
            # A Test Constitution

            ARTICLE I - The Legislature

            (1) All legislative powers are vested in a Congress,
            which meets in the capital.
            (2) The Congress has two houses.

            Article 3: Courts

            1. The judicial power is vested in one supreme Court.
            2. Judges hold office during good behaviour:
            a) for life;
            b) unless removed.
            """;

    @Test
    void itemsOnConsecutiveLinesAreSeparateAndWrappedLinesAreJoined() {
        CharterText t = new CharterReader(HeadingPatterns.shipped("en")).read("test.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(t.articles()).extracting(Article::number).containsExactly("I", "3");
        Article first = t.articles().get(0);
        assertThat(first.heading()).isEqualTo("The Legislature");
        assertThat(first.paragraphs()).hasSize(2);
        assertThat(first.paragraphs().get(0).text()).isEqualTo("All legislative powers are vested in a Congress, which meets in the capital.");
        Article courts = t.articles().get(1);
        assertThat(courts.paragraphs()).extracting(p -> p.number()).containsExactly("1.", "2.");
        assertThat(courts.paragraphs().get(1).points()).extracting(p -> p.number()).containsExactly("a)", "b)");
    }
}

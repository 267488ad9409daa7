package org.atazan.charter.compare;

import org.atazan.charter.CharterText;
import org.atazan.charter.text.CharterReader;
import org.atazan.charter.text.RealCharters;
import org.atazan.kernel.PrettyJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison's JSON written directly is, character for character, what Jackson writes for the record. */
class ComparisonJsonTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            RealCharters.GG_OLD + ", " + RealCharters.GG_NEW,
            RealCharters.KZ_1995 + ", " + RealCharters.KZ_2026,
            RealCharters.KZ_2026 + ", " + RealCharters.KZ_2026,
    })
    void realComparisonsAreWrittenAsJacksonWritesThem(String from, String to) {
        ComparisonJson json = ComparisonJson.of(null, from, to,
                CharterComparator.compare(RealCharters.parsed(from), RealCharters.parsed(to)));
        assertThat(json.toIndentedJson()).isEqualTo(PrettyJson.write(json));
        ComparisonJson stored = ComparisonJson.of("kz", "1995", "2026",
                CharterComparator.compare(RealCharters.parsed(from), RealCharters.parsed(to)));
        assertThat(stored.toIndentedJson()).isEqualTo(PrettyJson.write(stored));
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscapedAsJacksonEscapesThem() {
        CharterText old = new CharterReader().read("old.txt", ("T\n\nArticle 1\nA \"quoted\" \\ word\tand \u0001\u001f\u007f "
                + "\u2028 € 𝄞 /slash.\n\nArticle 2\nKept.\n").getBytes(StandardCharsets.UTF_8));
        CharterText neu = new CharterReader().read("new.txt", "T\n\nArticle 2\nKept.\n\nArticle 3\n\f\rNew\b.\n"
                .getBytes(StandardCharsets.UTF_8));
        ComparisonJson json = ComparisonJson.of(null, "a \"b\".txt", null, CharterComparator.compare(old, neu));
        assertThat(json.toIndentedJson()).isEqualTo(PrettyJson.write(json)).contains("\\u0001");
    }
}

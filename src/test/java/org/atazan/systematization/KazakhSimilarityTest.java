package org.atazan.systematization;

import org.atazan.consultation.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KazakhSimilarityTest {

    @Test
    void stemmerBringsTheFormsOfOneNounTogether() {
        assertThat(KazakhStemmer.stem("конституциясы")).isEqualTo("конституция");
        assertThat(KazakhStemmer.stem("конституцияның")).isEqualTo("конституция");
        assertThat(KazakhStemmer.stem("конституциясының")).isEqualTo("конституция");
        assertThat(KazakhStemmer.stem("азаматтардың")).isEqualTo("азамат");
        assertThat(KazakhStemmer.stem("азаматтары")).isEqualTo("азамат");
        assertThat(KazakhStemmer.stem("заңның")).isEqualTo("заң");
        // never below three letters: short words stay whole
        assertThat(KazakhStemmer.stem("ел")).isEqualTo("ел");
        assertThat(KazakhStemmer.stem("жер")).isEqualTo("жер");
    }

    @Test
    void inflectedFormsScoreAsSimilarAndUnrelatedTextsDoNot() {
        List<TextPair> pairs = List.of(
                new TextPair("Қазақстан Республикасының конституциясы", "Қазақстан Республикасы конституцияның"),
                new TextPair("Азаматтардың құқықтары қорғалуы тиіс", "Азаматтар құқығы қорғалады"),
                new TextPair("Қазақстан Республикасының конституциясы", "Ауыл әкімдерін тікелей сайлау"));
        double[] s = Similarity.lexical().score(pairs, Language.KK);
        assertThat(s[0]).isGreaterThan(0.6);
        assertThat(s[1]).isGreaterThan(s[2] + 0.2);
        assertThat(s[2]).isLessThan(0.15);
    }

    @Test
    void kazakhIsDetectedPerPair() {
        List<TextPair> pairs = List.of(new TextPair("Конституцияның жаңа жобасы", "Конституциясы жаңа жоба"));
        assertThat(Similarity.lexical().score(pairs, null)[0])
                .isEqualTo(Similarity.lexical().score(pairs, Language.KK)[0]);
    }
}

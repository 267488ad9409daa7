package org.atazan.systematization;

import org.atazan.TestDatabases;
import org.atazan.consultation.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default lexical method on the STS Benchmark's held-out dev split (tuned on train only), against
 * the goal of 0.03 above PostgreSQL pg_trgm's similarity(), which is measured here too on the same pairs.
 */
class SimilarityStsTest {
    /** pg_trgm on dev, measured (docs/systematization.md): 0.679 en, 0.653 ru; the goal is 0.03 above. */
    static final double GOAL_EN = 0.709, GOAL_RU = 0.683;

    @Test
    void lexicalBeatsTheGoalOnDevInEnglishAndRussian() {
        double en = Sts.read("en", "dev").spearman(new LexicalSimilarity(Language.EN));
        double ru = Sts.read("ru", "dev").spearman(new LexicalSimilarity(Language.RU));
        System.out.printf("lexical dev: en %.4f ru %.4f%n", en, ru);
        assertThat(en).isGreaterThanOrEqualTo(GOAL_EN);
        assertThat(ru).isGreaterThanOrEqualTo(GOAL_RU);
    }

    @Test
    void detectedLanguagesScoreAsTheGivenOnes() {
        Sts ru = Sts.read("ru", "dev");
        double given = Spearman.of(Similarity.lexical().score(ru.pairs(), Language.RU), ru.gold());
        double detected = Spearman.of(Similarity.lexical().score(ru.pairs(), null), ru.gold());
        assertThat(detected).isCloseTo(given, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void lexicalIsAtLeastThreeHundredthsAbovePgTrgmOnTheSamePairs() {
        PgTrgm trgm = new PgTrgm(TestDatabases.embeddedDataSource());
        for (String lang : new String[]{"en", "ru"}) {
            Sts dev = Sts.read(lang, "dev");
            double pg = dev.spearman(trgm);
            double ours = dev.spearman(new LexicalSimilarity(Language.valueOf(lang.toUpperCase())));
            System.out.printf("dev %s: pg_trgm %.4f lexical %.4f%n", lang, pg, ours);
            assertThat(pg).as("pg_trgm %s", lang).isBetween(0.6, 0.75);
            assertThat(ours - pg).as(lang).isGreaterThanOrEqualTo(0.03);
        }
    }
}

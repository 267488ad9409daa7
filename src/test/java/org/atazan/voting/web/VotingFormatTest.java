package org.atazan.voting.web;

import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Plural categories by the CLDR rules of each language, and offsets written as people read them. */
class VotingFormatTest {

    @Test
    void russianCountsHaveOneFewAndManyForms() {
        long[] one = {1, 21, 101, 1001};
        long[] few = {2, 3, 4, 22, 34, 102};
        long[] many = {0, 5, 11, 12, 14, 19, 20, 25, 111, 112, 96765};
        for (long n : one) assertThat(VotingFormat.category(n, "ru")).as("%d", n).isEqualTo("one");
        for (long n : few) assertThat(VotingFormat.category(n, "ru")).as("%d", n).isEqualTo("few");
        for (long n : many) assertThat(VotingFormat.category(n, "ru")).as("%d", n).isEqualTo("many");
    }

    @Test
    void englishAndKazakhHaveOneAndOther() {
        for (String language : new String[]{"en", "kk"}) {
            assertThat(VotingFormat.category(1, language)).isEqualTo("one");
            assertThat(VotingFormat.category(21, language)).isEqualTo("other");
            assertThat(VotingFormat.category(0, language)).isEqualTo("other");
        }
    }

    @Test
    void offsetsAreWrittenInWholeHoursWhereTheyCan() {
        assertThat(VotingFormat.offset(ZoneOffset.ofHours(5))).isEqualTo("UTC+5");
        assertThat(VotingFormat.offset(ZoneOffset.ofHoursMinutes(5, 30))).isEqualTo("UTC+5:30");
        assertThat(VotingFormat.offset(ZoneOffset.ofHours(-3))).isEqualTo("UTC\u22123");
        assertThat(VotingFormat.offset(ZoneOffset.UTC)).isEqualTo("UTC");
    }
}

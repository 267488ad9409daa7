package org.atazan.voting;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TallyTest {

    static Protocol twoQuestions(String station, long yes1, long no1, long yes2, long no2) {
        return new Protocol(station, 1000, 700, 700, 0, List.of(new QuestionResult("1", yes1, no1), new QuestionResult("2", yes2, no2)));
    }

    @Test
    void everyQuestionIsSummedAndCanBeSubtractedAgain() {
        Tally a = Tally.of(twoQuestions("s1", 600, 100, 200, 500));
        Tally b = Tally.of(twoQuestions("s2", 300, 400, 350, 350));
        Tally sum = Tally.ZERO.plus(a).plus(b);
        assertThat(sum.yes()).isEqualTo(900);
        assertThat(sum.forQuestion("2").yes()).isEqualTo(550);
        assertThat(sum.forQuestion("2").no()).isEqualTo(850);
        assertThat(sum.forQuestion("2").issued()).isEqualTo(1400);
        assertThat(sum.minus(b)).isEqualTo(a);
    }

    @Test
    void aSingleQuestionTallyIsTheCommonCase() {
        Tally t = new Tally(1, 100, 60, 60, 0, 40, 20);
        assertThat(t.questions()).containsExactly(new QuestionResult("1", 40, 20));
        assertThat(t.forQuestion("1")).isEqualTo(t);
        assertThat(t.forQuestion("9").yes()).isZero();
    }
}

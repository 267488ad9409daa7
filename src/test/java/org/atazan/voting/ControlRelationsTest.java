package org.atazan.voting;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ControlRelationsTest {
    @Test
    void consistentProtocolHasNoViolation() {
        assertThat(ControlRelations.check(Protocol.single("s", 100, 80, 79, 1, 60, 18))).isEmpty();
    }

    @Test
    void eachBrokenRelationIsNamedWithItsNumbers() {
        List<Violation> v = ControlRelations.check(Protocol.single("s1", 100, 120, 121, 1, 60, 18));
        assertThat(v).extracting(Violation::relation).containsExactly(
                "issued <= registered", "inBoxes <= issued", "inBoxes = invalid + yes + no (question 1)");
        assertThat(v.get(0).message()).isEqualTo("station s1: issued <= registered fails (issued=120, registered=100)");
        assertThat(v.get(2).figures()).containsEntry("yes", 60L).containsEntry("no", 18L);
    }

    @Test
    void negativeAndAbsurdFiguresAreViolations() {
        assertThat(ControlRelations.check(Protocol.single("s", 100, 10, 10, -1, 10, 1)))
                .extracting(Violation::field).contains("invalid");
        assertThat(ControlRelations.check(Protocol.single("s", 20_000_000, 10, 10, 0, 10, 0), 5_000))
                .extracting(Violation::relation).containsExactly("registered <= 5000");
    }

    @Test
    void aRowReadWithoutItsTerritoryIsNotCappedByAConstant() {
        // Kazakhstan 2022's national protocol: 11,734,642 registered, more than any station could have.
        assertThat(ControlRelations.check(Protocol.single("KZ", 11_734_642, 8_024_174, 8_024_174, 160_000, 6_200_000, 1_664_174)))
                .isEmpty();
    }

    @Test
    void everyQuestionIsChecked() {
        Protocol p = new Protocol("s", 100, 50, 50, 0, List.of(new QuestionResult("a", 30, 20), new QuestionResult("b", 30, 19)));
        assertThat(ControlRelations.check(p)).extracting(Violation::relation)
                .containsExactly("inBoxes = invalid + yes + no (question b)");
    }
}

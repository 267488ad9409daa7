package org.atazan.voting;

import org.atazan.kernel.BadInputException;
import org.atazan.voting.apportionment.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rules are types, stored and shown as the same codes as before. */
class VoteRuleTest {

    @ParameterizedTest
    @CsvSource({"referendum, kazakhstan, kazakhstan", "referendum, majority, majority", "referendum, majority:50, majority",
            "party-list, hare:5, hare", "party-list, dhondt, dhondt", "party-list, sainte-lague:4.5, sainte-lague"})
    void aCodeReadsBackAsItself(String kind, String code, String key) {
        VoteRule rule = VoteRule.parse(VoteKind.of(kind), code);
        assertThat(rule.code()).isEqualTo(code);
        assertThat(rule.key()).isEqualTo(key);
        assertThat(VoteKind.of(kind).code()).isEqualTo(kind);
    }

    @Test
    void rulesKnowTheirFigures() {
        assertThat(ReferendumRule.parse("majority:50")).isEqualTo(new MajorityRule(50));
        assertThat(ReferendumRule.parse("kazakhstan").quorumPercent()).isEqualTo(50);
        assertThat(SeatRule.parse("hare:5")).isEqualTo(new SeatRule(Method.HARE, new BigDecimal("5")));
        assertThat(SeatRule.parse("")).isEqualTo(new SeatRule(Method.HARE, BigDecimal.ZERO));
    }

    @Test
    void badCodesAreBadInputNamingTheField() {
        for (String code : new String[]{"bogus", "majority:x", "hare:5", "", "majority:"}) {
            assertThatThrownBy(() -> ReferendumRule.parse(code)).isInstanceOf(BadInputException.class)
                    .hasMessageStartingWith("field rule: unknown rule");
        }
        assertThatThrownBy(() -> ReferendumRule.parse("majority:101")).hasMessage("field rule: turnout quorum must be 0..100 percent: 101");
        assertThatThrownBy(() -> SeatRule.parse("hare:x")).hasMessageContaining("no valid threshold");
        assertThatThrownBy(() -> SeatRule.parse("nonsense:5")).hasMessageStartingWith("field rule: unknown method");
        assertThatThrownBy(() -> VoteKind.of("poll")).hasMessageContaining("referendum or party-list");
    }

    @Test
    void aVoteIsJudgedByARuleOfItsKind() {
        assertThatThrownBy(() -> new Referendum("x", VoteKind.PARTY_LIST, "X", java.time.LocalDate.now(),
                ReferendumRule.kazakhstan(), "XX", true, "t")).hasMessageContaining("cannot be judged");
        Referendum r = new Referendum("x", VoteKind.REFERENDUM, "X", java.time.LocalDate.now(), ReferendumRule.nationalMajority(30),
                "XX", true, "t");
        assertThat(r.quorumPercent()).isEqualTo(30);
        assertThatThrownBy(r::seatRule).hasMessageContaining("not a party-list");
    }
}

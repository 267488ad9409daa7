package org.atazan.voting;

import org.atazan.kernel.BadInputException;
import org.atazan.kernel.NotFoundException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The verdict on the live totals, and publishing it: numbered, once per change of figures, one event each. */
class ResultsTest {
    final Votes v = Votes.withReferendum("majority:50");

    void count() {
        v.protocols.submit("t", List.of(Protocol.single("S1", 1000, 600, 600, 10, 400, 190),
                Protocol.single("S3", 500, 300, 300, 0, 100, 200)), "official");
        v.decisions.delivered.clear();
    }

    @Test
    void publishingFixesTheNationalTotalsAndTheVerdictAndIsOneEvent() {
        count();
        PublishedResult p = v.results.publish("t", "chief");

        TallyFigures national = new TallyFigures(2L, 1500, 900, 900, 10, 500, 390, 60.0, 55.56, null);
        PublishedResult.QuestionVerdict verdict = new PublishedResult.QuestionVerdict("1", 500, 390,
                "national-majority(turnout>50%)", true, true);
        assertThat(p).isEqualTo(new PublishedResult("t", 1, Votes.NOW, "chief", national, List.of(verdict)));
        assertThat(v.decisions.delivered).containsExactly(new ResultPublished("t", 1, "chief", Votes.NOW, national, List.of(verdict)));
        assertThat(v.results.latestPublication("t")).contains(p);
        assertThat(v.store.publications("t")).containsExactly(p);
    }

    @Test
    void theSameFiguresAreNotPublishedTwiceButACorrectionMayBe() {
        count();
        v.results.publish("t", "chief");
        v.decisions.delivered.clear();
        assertThatThrownBy(() -> v.results.publish("t", "chief")).isInstanceOf(ResultAlreadyPublished.class)
                .hasMessageContaining("publication 1");
        assertThat(v.decisions.delivered).isEmpty();

        v.protocols.correct("t", Protocol.single("S3", 500, 300, 300, 0, 250, 50), "official", "recount");
        PublishedResult second = v.results.publish("t", "chief");
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.questions().get(0).yes()).isEqualTo(650);
        assertThat(v.results.latestPublication("t")).contains(second);
        assertThat(v.decisions.of(ResultPublished.class)).hasSize(1);
    }

    @Test
    void nothingCountedOrAPartyListIsNothingToPublish() {
        assertThatThrownBy(() -> v.results.publish("t", "chief")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("nothing to publish");
        v.store.create(new Referendum("p", VoteKind.PARTY_LIST, "Lists", LocalDate.of(2023, 3, 19), SeatRule.parse("hare:5"),
                "KZ", true, "test"));
        assertThatThrownBy(() -> v.results.publish("p", "chief")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("party-list");
        assertThatThrownBy(() -> v.results.publish("nope", "chief")).isInstanceOf(NotFoundException.class);
        assertThat(v.results.latestPublication("t")).isEmpty();
        assertThat(v.decisions.delivered).isEmpty();
    }

    @Test
    void whenTheStoreFailsNothingIsPublished() {
        count();
        v.store.failWrites = true;
        assertThatThrownBy(() -> v.results.publish("t", "chief")).hasMessageContaining("store is down");
        assertThat(v.decisions.delivered).isEmpty();
        assertThat(v.results.latestPublication("t")).isEmpty();
    }

    @Test
    void withNationalTotalsOnlyKazakhstansRuleCannotSayAdopted() {
        v.store.create(new Referendum("kz", VoteKind.REFERENDUM, "KZ", LocalDate.of(2026, 3, 15), ReferendumRule.kazakhstan(),
                "KZ", false, "national totals only"));
        v.store.append("kz", List.of(new Territory("KZ", "country", Map.of(), null, 0),
                new Territory("KZ/a", "region", Map.of(), "KZ", 0)), List.of(new Revision("KZ", 1,
                Protocol.single("KZ", 1000, 700, 700, 10, 600, 90), "demo", Votes.NOW, "as published")));

        Verdict verdict = v.results.verdict("kz", "1");
        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.adopted()).isNull();
        assertThat(verdict.decision()).isEqualTo("undetermined");
        assertThat(verdict.reasons()).hasSize(3).noneMatch(reason -> reason.contains("<") || reason.contains("fewer than"));
        assertThat(verdict.reasons().get(1)).contains("results per unit are not given").contains("cannot be applied");
        assertThat(v.results.outcome("kz").adopted()).as("the rule itself, with no units, cannot decide").isNull();
        assertThat(v.results.publish("kz", "chief").questions().get(0).adopted()).isNull();
    }

    @Test
    void aVoteWithoutTerritoriesOrWithoutThatQuestionHasNoVerdict() {
        v.setup.create(new NewVote("empty", "E", "2026-03-15", null, null, null, null), "o");
        assertThatThrownBy(() -> v.results.outcome("empty")).isInstanceOf(NotFoundException.class).hasMessageContaining("no territories");
        assertThatThrownBy(() -> v.results.verdict("t", "9")).isInstanceOf(NotFoundException.class).hasMessageContaining("question '9'");
    }
}

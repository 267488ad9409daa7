package org.atazan.voting;

import org.atazan.kernel.BadInputException;
import org.atazan.kernel.NotFoundException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Creating a referendum and growing its territory tree: the rules once in the API, one event each. */
class VoteSetupTest {
    final Votes v = new Votes();

    @Test
    void aReferendumGetsItsDefaultsAndItsCreationIsOneEvent() {
        Referendum r = v.setup.create(new NewVote("r1", "Question?", "2026-03-15", null, "kz", null, null), "official");

        assertThat(r.kind()).isEqualTo(VoteKind.REFERENDUM);
        assertThat(r.rule()).isEqualTo(ReferendumRule.nationalMajority(0));
        assertThat(r.country()).isEqualTo("KZ");
        assertThat(r.unitFiguresPublic()).isTrue();
        assertThat(r.questions()).containsExactly(new Question("1", "Question?"));
        assertThat(v.registry.vote("r1")).isEqualTo(r);
        assertThat(v.decisions.delivered).containsExactly(new VoteCreated("r1", "referendum", "Question?",
                LocalDate.of(2026, 3, 15), "majority", "KZ", List.of(new Question("1", "Question?")), "official", Votes.NOW));
    }

    @Test
    void aCountryAndRuleGivenAreKept() {
        Referendum r = v.setup.create(new NewVote("r2", "Two", "2026-03-15", "majority:30", null,
                List.of(new Question("a", "A?"), new Question("b", "B?")), Map.of("ru", "Два")), "official");
        assertThat(r.country()).isEqualTo("XX");
        assertThat(r.rule().code()).isEqualTo("majority:30");
        assertThat(r.quorumPercent()).isEqualTo(30);
        assertThat(r.title("ru")).isEqualTo("Два");
        assertThat(v.setup.create(new NewVote("r3", "K", "2026-03-15", "kazakhstan", "kz", null, null), "o").rule())
                .isEqualTo(ReferendumRule.kazakhstan());
    }

    @Test
    void badFieldsAreRefusedByNameAndNothingIsCreated() {
        assertThatThrownBy(() -> v.setup.create(new NewVote("r", "T", "2026-13-01", null, null, null, null), "o"))
                .isInstanceOf(BadInputException.class).hasMessage("field date: not a date (YYYY-MM-DD): '2026-13-01'");
        assertThatThrownBy(() -> v.setup.create(new NewVote("r", "T", "2026-03-15", "bogus", null, null, null), "o"))
                .hasMessage("field rule: unknown rule 'bogus'; expected kazakhstan, majority or majority:N");
        assertThatThrownBy(() -> v.setup.create(new NewVote("r", "T", "2026-03-15", "hare:5", null, null, null), "o"))
                .hasMessageContaining("field rule");
        assertThatThrownBy(() -> v.setup.create(new NewVote("r", " ", "2026-03-15", null, null, null, null), "o"))
                .hasMessage("field title: missing");
        assertThatThrownBy(() -> v.setup.create(new NewVote("r", "T", "2026-03-15", null, null,
                List.of(new Question("1", "a"), new Question("1", "b")), null), "o")).hasMessageContaining("same id");
        assertThat(v.store.votes).isEmpty();
        assertThat(v.decisions.delivered).isEmpty();
    }

    @Test
    void territoriesAreAddedParentsFirstAsOneEventAndTheLiveTotalsSeeThem() {
        v.setup.create(new NewVote("t", "T", "2026-03-15", null, null, null, null), "o");
        assertThat(v.totals.tree("t").roots()).isEmpty();
        long version = v.totals.version("t");

        v.setup.addTerritories("t", List.of(new Territory("C", "country", Map.of(), null, 0),
                new Territory("S", "station", Map.of(), "C", 10)), "official");

        assertThat(v.totals.tree("t").children("C")).containsExactly("S");
        assertThat(v.totals.version("t")).isGreaterThan(version);
        assertThat(v.decisions.of(TerritoriesAdded.class)).containsExactly(
                new TerritoriesAdded("t", List.of("C", "S"), "official", Votes.NOW));
    }

    @Test
    void aBrokenTreeIsRefusedWholeAndNamesTheTerritory() {
        v.setup.create(new NewVote("t", "T", "2026-03-15", null, null, null, null), "o");
        v.setup.addTerritories("t", List.of(new Territory("C", "country", Map.of(), null, 0)), "o");
        v.decisions.delivered.clear();
        assertThatThrownBy(() -> v.setup.addTerritories("t", List.of(new Territory("S1", "station", Map.of(), "C", 1),
                new Territory("S2", "station", Map.of(), "nowhere", 1)), "o"))
                .hasMessage("territory S2, field parent: unknown parent nowhere");
        assertThatThrownBy(() -> v.setup.addTerritories("t", List.of(new Territory("C2", "country", Map.of(), null, 0)), "o"))
                .hasMessageContaining("already has a root");
        assertThatThrownBy(() -> v.setup.addTerritories("t", List.of(new Territory("C", "country", Map.of(), null, 0)), "o"))
                .hasMessageContaining("already exists");
        assertThatThrownBy(() -> v.setup.addTerritories("t", List.of(new Territory("S", "station", Map.of(), "C", -1)), "o"))
                .hasMessageContaining("field registered: negative");
        assertThatThrownBy(() -> v.setup.addTerritories("nope", List.of(), "o")).isInstanceOf(NotFoundException.class);
        assertThat(v.store.territories("t")).hasSize(1);
        assertThat(v.decisions.delivered).isEmpty();
    }

    @Test
    void theAccountThatCreatesAVoteIsKeptAsItsCreator() {
        v.setup.create(new NewVote("mine", "Mine", "2026-03-15", null, null, null, null), "alice");
        assertThat(v.registry.creator("mine")).contains("alice");
        assertThatThrownBy(() -> v.registry.creator("nope")).isInstanceOf(NotFoundException.class);
    }

    /** Everything is checked before anything is stored: a refused vote leaves neither a row nor an event. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("refusedVotes")
    void aVoteWithABadFieldIsRefusedNamingItAndNothingIsStored(String field, NewVote vote) {
        assertThatThrownBy(() -> v.setup.create(vote, "o")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("field " + field);
        assertThat(v.store.votes).isEmpty();
        assertThat(v.decisions.delivered).isEmpty();
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> refusedVotes() {
        java.util.Map<String, String> nullTitle = new java.util.HashMap<>();
        nullTitle.put("en", null);
        return java.util.stream.Stream.of(
                args("titles", new NewVote("r", "T", "2026-03-15", null, null, null, Map.of("a".repeat(300), "x"))),
                args("titles.en", new NewVote("r", "T", "2026-03-15", null, null, null, nullTitle)),
                args("titles.en", new NewVote("r", "T", "2026-03-15", null, null, null, Map.of("en", "x\0y"))),
                args("titles.ru", new NewVote("r", "T", "2026-03-15", null, null, null, Map.of("ru", "x".repeat(501)))),
                args("title", new NewVote("r", "T\0", "2026-03-15", null, null, null, null)),
                args("id", new NewVote("R R", "T", "2026-03-15", null, null, null, null)),
                args("id", new NewVote("r\0", "T", "2026-03-15", null, null, null, null)),
                args("country", new NewVote("r", "T", "2026-03-15", null, "Testland", null, null)),
                args("rule", new NewVote("r", "T", "2026-03-15", "majority\0", null, null, null)),
                args("questions[1].text", new NewVote("r", "T", "2026-03-15", null, null, List.of(new Question("1", "a\0")), null)),
                args("questions[1].id", new NewVote("r", "T", "2026-03-15", null, null, List.of(new Question("a b", "A?")), null)));
    }

    static org.junit.jupiter.params.provider.Arguments args(String field, NewVote vote) {
        return org.junit.jupiter.params.provider.Arguments.of(field, vote);
    }

    @Test
    void aTerritoryTextWithANulCharacterOrANameInNoLanguageIsRefused() {
        v.setup.create(new NewVote("t", "T", "2026-03-15", null, null, null, null), "o");
        v.decisions.delivered.clear();
        assertThatThrownBy(() -> v.setup.addTerritories("t", List.of(new Territory("C\0", "country", Map.of(), null, 0)), "o"))
                .hasMessageStartingWith("territory 1, field code: contains a NUL character").hasMessageContaining("C\\u0000");
        assertThatThrownBy(() -> v.setup.addTerritories("t", List.of(new Territory("C", "country", Map.of("en", "A\0"), null, 0)), "o"))
                .hasMessageStartingWith("territory 1, field names.en: contains a NUL character");
        assertThatThrownBy(() -> v.setup.addTerritories("t", List.of(new Territory("C", "country", Map.of("english", "A"), null, 0)), "o"))
                .hasMessageContaining("field names: 'english' is not a language code");
        java.util.Map<String, String> nullName = new java.util.HashMap<>();
        nullName.put("en", null);
        assertThatThrownBy(() -> new Territory("C", "country", nullName, null, 0)).isInstanceOf(BadInputException.class)
                .hasMessage("territory C, field names.en: missing");
        assertThat(v.store.territories("t")).isEmpty();
        assertThat(v.decisions.delivered).isEmpty();
    }
}

package org.atazan.consultation.demo;

import org.atazan.SharedData;
import org.atazan.consultation.Outcome;
import org.atazan.consultation.ProposalStatus;
import org.atazan.consultation.demo.SampleProposals.Sample;
import org.atazan.consultation.demo.SampleProposals.Topic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample generator: deterministic for a seed, spread over the 2026 text the way attention spreads. */
class ConsultationSampleTest {
    static final Instant NOW = Instant.parse("2026-03-01T06:00:00Z");
    static List<Topic> topics;

    @BeforeAll
    static void text() throws Exception {
        topics = SampleProposals.topicsFromText(Files.readString(SharedData.file("kz-constitution-2026.ru.txt")));
    }

    @Test
    void sectionsAndTheirTopicsAreReadFromTheHeadings() {
        assertThat(topics).hasSize(11);
        Map<String, Topic> byCode = new HashMap<>();
        topics.forEach(t -> byCode.put(t.code(), t));
        assertThat(byCode.get("parliament").heading()).isEqualTo("Курултай");
        assertThat(byCode.get("parliament").articles()).startsWith("52").endsWith("62");
        assertThat(byCode.get("president").articles()).startsWith("42").endsWith("51");
        assertThat(byCode.get("rights").articles()).startsWith("12").endsWith("41");
        assertThat(byCode.get("council").heading()).isEqualTo("Қазақстан Халық Кеңесі");
        assertThat(byCode.get("court").articles()).containsExactly("72", "73", "74", "75");
        assertThat(topics.stream().mapToInt(t -> t.articles().size()).sum()).isEqualTo(96);
    }

    @Test
    void theSameSeedGivesTheSameSampleAndAnotherSeedAnother() {
        List<Sample> a = new SampleProposals(7, NOW, topics).generate(3000);
        List<Sample> b = new SampleProposals(7, NOW, topics).generate(3000);
        List<Sample> c = new SampleProposals(8, NOW, topics).generate(3000);
        assertThat(a).isEqualTo(b);
        assertThat(a.stream().map(Sample::wording).toList()).isNotEqualTo(c.stream().map(Sample::wording).toList());
        // A shorter run is the start of a longer one only in count: each is complete in itself.
        assertThat(new SampleProposals(7, NOW, topics).generate(10)).hasSize(10);
    }

    @Test
    void attentionGoesToParliamentPresidentAndRightsAndSpreadsOverLanguagesAndSixMonths() {
        List<Sample> s = new SampleProposals(7, NOW, topics).generate(5000);
        Map<String, Integer> perTopic = new HashMap<>();
        s.forEach(x -> perTopic.merge(x.topic(), 1, Integer::sum));
        int top = perTopic.get("parliament") + perTopic.get("president") + perTopic.get("rights");
        assertThat(top).isGreaterThan(s.size() * 55 / 100);
        for (String other : List.of("court", "council", "government", "foundations", "justice", "local", "amendments", "transitional")) {
            assertThat(perTopic.getOrDefault(other, 0)).as(other).isLessThan(perTopic.get("president"));
        }
        assertThat(perTopic.get("whole")).isPositive();
        Map<String, Integer> perLanguage = new HashMap<>();
        s.forEach(x -> perLanguage.merge(x.language().code(), 1, Integer::sum));
        assertThat(perLanguage.keySet()).containsExactlyInAnyOrder("kk", "ru", "en");
        assertThat(perLanguage.get("en")).isGreaterThan(100);
        assertThat(s).allSatisfy(x -> assertThat(x.receivedAt()).isBetween(NOW.minus(Duration.ofDays(182)), NOW));
        assertThat(s.get(0).receivedAt()).isBefore(NOW.minus(Duration.ofDays(150)));
        assertThat(s).isSortedAccordingTo((x, y) -> x.receivedAt().compareTo(y.receivedAt()));
        assertThat(s.stream().map(Sample::externalId).distinct().count()).isEqualTo(s.size());
    }

    @Test
    void campaignsGiveNearDuplicatesAndAnswersCarryReasonsAndSomeAreOverdue() {
        List<Sample> s = new SampleProposals(7, NOW, topics).generate(3000);
        List<Sample> copies = s.stream().filter(x -> x.campaign() >= 0).toList();
        assertThat(copies.size()).isBetween(300, 900);
        for (Sample copy : copies) {
            Sample original = s.get(copy.campaign());
            assertThat(copy.wording()).startsWith(original.wording()).isNotEqualTo(original.wording());
            assertThat(copy.article()).isEqualTo(original.article());
        }
        assertThat(s.stream().filter(x -> x.supports() > 0).count()).isGreaterThan(500);
        Map<ProposalStatus, Integer> perStatus = new HashMap<>();
        s.forEach(x -> perStatus.merge(x.status(), 1, Integer::sum));
        assertThat(perStatus.keySet()).containsExactlyInAnyOrder(ProposalStatus.values());
        Map<Outcome, Integer> perOutcome = new HashMap<>();
        s.stream().filter(x -> x.status() == ProposalStatus.ANSWERED).forEach(x -> {
            var last = x.steps().get(x.steps().size() - 1);
            assertThat(last.reason()).isNotBlank();
            assertThat(last.at()).isBefore(NOW).isAfter(x.receivedAt());
            if (last.outcome() == Outcome.MERGED) assertThat(last.mergedInto()).isEqualTo(x.campaign()).isLessThan(x.index());
            perOutcome.merge(last.outcome(), 1, Integer::sum);
        });
        assertThat(perOutcome.keySet()).containsExactlyInAnyOrder(Outcome.values());
        // Registered over a month ago and still not answered: overdue on any calendar.
        long overdue = s.stream().filter(x -> x.status() != ProposalStatus.ANSWERED && !x.steps().isEmpty()
                && x.steps().get(0).at().isBefore(NOW.minus(Duration.ofDays(31)))).count();
        assertThat(overdue).isGreaterThan(50);
        assertThat(s.stream().filter(x -> x.hiddenReason() != null).count()).isPositive();
    }
}

package org.atazan.trial;

import org.atazan.PlatformTest;
import org.atazan.charter.ArticleChange;
import org.atazan.charter.ChangeKind;
import org.atazan.charter.Charter;
import org.atazan.charter.CharterLibrary;
import org.atazan.charter.NewVersion;
import org.atazan.charter.Redline;
import org.atazan.charter.VersionStatus;
import org.atazan.charter.VersionSummary;
import org.atazan.voting.NewVote;
import org.atazan.voting.Protocol;
import org.atazan.voting.ProtocolDesk;
import org.atazan.voting.Results;
import org.atazan.voting.RuleOutcome;
import org.atazan.voting.Territory;
import org.atazan.voting.VoteSetup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The trial module at work on the real platform: the faces give it all it needs. */
class TrialModuleOnThePlatformTest extends PlatformTest {

    @Autowired
    CharterLibrary charters;
    @Autowired
    VoteSetup setup;
    @Autowired
    ProtocolDesk protocols;
    @Autowired
    Results results;
    @Autowired
    RecordProbe record;

    @Test
    void aProposalCitesAnArticleOfTheRealConstitutionAndSaysWhereItWasBefore() {
        Citation c = Citation.of(charters, "kz", "1995", "2026", "42");
        assertThat(c.text()).isEqualTo(charters.article("kz", "2026", "42").plainText()).isNotBlank();
        // README and the article page: 1995's article 40 is 2026's article 42.
        assertThat(c.numberBefore()).isEqualTo("40");
        assertThat(c.sinceBefore()).isNotEqualTo(ChangeKind.ADDED);
    }

    @Test
    void anAdoptedAmendmentBecomesTheNextVersionWithItsRedlineAndReachesTheRecord() {
        String id = "trial-" + UUID.randomUUID().toString().substring(0, 8);
        charters.create(new Charter(id, "Trial Constitution", "xx", Map.of("en", "Trial Constitution")));
        charters.addVersion(NewVersion.ofText(new VersionSummary(id, "v1", LocalDate.of(2026, 1, 31), "en",
                VersionStatus.DRAFT, "Trial Constitution", "", 0), "v1.txt", """
                Trial Constitution

                Article 1
                Everyone has the right to life, liberty and security of person.

                Article 2
                Parliament consists of two chambers: the Senate and the Mazhilis.
                """, "secretary"));

        ArticleChange change = new Amendment(id, "v1", "v2", "2", "Parliament, the Kurultai, has one chamber.")
                .adopt(charters, LocalDate.of(2026, 2, 12), "commission");

        assertThat(change.kind()).isEqualTo(ChangeKind.AMENDED);
        assertThat(change.redline().segments()).anyMatch(s -> s.op() == Redline.Op.INSERTED && s.text().contains("Kurultai"));
        assertThat(change.redline().segments()).anyMatch(s -> s.op() == Redline.Op.DELETED && s.text().contains("Senate"));
        assertThat(charters.articleChange(id, "v1", "v2", "1").kind()).isEqualTo(ChangeKind.UNCHANGED);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(record.entries()).anyMatch(e -> e.startsWith("charter " + id + "/v2 sha256:")));
    }

    @Test
    void aResultIsReadAndEveryAcceptedProtocolReachesTheRecord() {
        RuleOutcome ru2020 = results.outcome("ru-2020");
        assertThat(ru2020.valid()).isTrue();
        assertThat(ru2020.adopted()).isTrue();

        String vote = "trial-" + UUID.randomUUID().toString().substring(0, 8);
        setup.create(new NewVote(vote, "Trial vote", "2026-03-15", "majority", "tt", List.of(), Map.of()), "official");
        setup.addTerritories(vote, List.of(new Territory("T", "country", Map.of("en", "Trialland"), null, 0),
                new Territory("T1", "station", Map.of(), "T", 1000)), "official");
        protocols.submit(vote, List.of(Protocol.single("T1", 1000, 700, 700, 10, 500, 190)), "official");

        assertThat(results.outcome(vote).adopted()).isTrue();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(record.entries()).contains("protocol " + vote + "/T1 r1"));
    }
}

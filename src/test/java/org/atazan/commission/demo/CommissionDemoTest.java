package org.atazan.commission.demo;

import org.atazan.PlatformTest;
import org.atazan.commission.Body;
import org.atazan.commission.CommissionDesk;
import org.atazan.commission.Meeting;
import org.atazan.commission.Minutes;
import org.atazan.commission.Poll;
import org.atazan.commission.PollResult;
import org.atazan.commission.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo commission loaded with --demo: 130 members, ten closed meetings, their polls and minutes. */
class CommissionDemoTest extends PlatformTest {
    @Autowired
    CommissionDesk desk;
    @Autowired
    org.atazan.commission.AmendmentDesk amendments;
    @Autowired
    org.atazan.charter.CharterLibrary charters;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void theDemoAmendmentsCiteProposalsAreDecidedByTheirPollsAndTheAdoptedOnesMakeTheDraft() {
        var list = amendments.amendments(CommissionDemo.BODY);
        assertThat(list).extracting(a -> a.number() + " " + a.article() + " " + a.outcome())
                .containsExactly("A-1 18 ADOPTED", "A-2 20 ADOPTED", "A-3 52 ADOPTED", "A-4 52 null", "A-5 42 REJECTED", "A-6 87 ADOPTED");
        assertThat(list.get(0).proposals()).isNotEmpty().allMatch(p -> p.startsWith("P-2026-"));
        var changes = charters.compare("kz", "2026", DemoAmendments.DRAFT).changes().stream()
                .filter(c -> c.kind() != org.atazan.charter.ChangeKind.UNCHANGED).map(c -> c.kind().jsonName() + " " + c.number()).toList();
        assertThat(changes).containsExactlyInAnyOrder("amended 18", "amended 20", "amended 52", "amended 87");
        assertThat(charters.article("kz", DemoAmendments.DRAFT, "52").plainText()).contains("Курултай работает на постоянной основе.");
        assertThat(charters.versions("kz").stream().filter(v -> v.id().equals(DemoAmendments.DRAFT)).findFirst().orElseThrow().status())
                .isEqualTo(org.atazan.charter.VersionStatus.DRAFT);
        var http = new org.atazan.HttpTestClient(port);
        String page = http.get("/charters/kz/versions/" + DemoAmendments.DRAFT + "/articles/18?lang=ru").body();
        assertThat(page).contains("Откуда эта редакция").contains("/commission/bodies/" + CommissionDemo.BODY + "/amendments#A-1")
                .contains("/consultations/kz-2026-sample/proposals/" + list.get(0).proposals().get(0));
        assertThat(http.get("/commission/bodies/" + CommissionDemo.BODY + "/amendments?lang=kk").body())
                .contains("Бәсекелес түзетулер: 2").contains("/charters/kz/compare?from=2026&amp;to=2026-02-11");
        // The start page still compares the two texts in force, not the draft.
        assertThat(charters.defaultPair("kz")).extracting(v -> v.id()).containsExactly("1995", "2026");
    }

    @Test
    void theDemoCommissionHasItsMembersMeetingsPollsAndMinutes() {
        Body body = desk.body(CommissionDemo.BODY);
        assertThat(body.members()).hasSize(130);
        assertThat(body.members()).filteredOn(m -> m.role() == Role.CHAIR).singleElement()
                .satisfies(m -> assertThat(m.name()).isEqualTo("Председатель Конституционного Суда"));
        assertThat(body.members()).filteredOn(m -> m.role() == Role.DEPUTY_CHAIR).hasSize(2);
        assertThat(body.members()).filteredOn(m -> m.role() == Role.SECRETARY).hasSize(1);
        assertThat(body.members().stream().map(m -> m.name()).distinct().count()).isEqualTo(130);
        // Generated from the seed: the same list every start.
        assertThat(SampleMembers.names(CommissionDemo.SEED, 127)).isEqualTo(SampleMembers.names(CommissionDemo.SEED, 127));
        assertThat(desk.title(body, "kk")).isEqualTo("Конституциялық комиссия (Қазақстан, 2026)");

        List<String> meetings = desk.meetingsOf(body.id());
        assertThat(meetings).hasSize(10);
        int polls = 0, secret = 0, analog = 0, approved = 0;
        for (String id : meetings) {
            Meeting m = desk.meeting(id);
            assertThat(m.state()).isEqualTo(Meeting.State.CLOSED);
            assertThat(m.present().size()).isBetween(112, 126);
            for (Poll p : m.pollsInOrder()) {
                polls++;
                assertThat(p.closed()).isTrue();
                if (p.kind() == Poll.Kind.SECRET) {
                    secret++;
                    assertThat(p.namedVotes()).isEmpty();
                    assertThat(p.voters()).hasSize(m.present().size());
                }
                if (p.kind() == Poll.Kind.ANALOG) analog++;
                if (p.kind() == Poll.Kind.NAMED) assertThat(p.namedVotes()).hasSize(p.result().tally().cast());
            }
            Minutes minutes = desk.minutes(id);
            if (minutes.approved()) {
                approved++;
                assertThat(minutes.approval().digest()).isEqualTo(minutes.digest());
            }
        }
        assertThat(polls).isEqualTo(29);
        assertThat(secret).isEqualTo(1);
        assertThat(analog).isEqualTo(1);
        assertThat(approved).isEqualTo(9);
        assertThat(desk.minutes(meetings.get(9)).approved()).isFalse();
        // The first draft adopted on 30 January by two thirds of all members; the second term rejected.
        Meeting fifth = desk.meeting(meetings.get(4));
        assertThat(fifth.date()).hasToString("2026-01-30");
        assertThat(fifth.pollsInOrder().get(2).result().outcome()).isEqualTo(PollResult.Outcome.ADOPTED);
        assertThat(fifth.pollsInOrder().get(2).result().arithmetic()).contains("of 130 members; needed 87: adopted");
        assertThat(desk.meeting(meetings.get(5)).pollsInOrder().get(2).result().outcome()).isEqualTo(PollResult.Outcome.REJECTED);
        // Agenda items cite the 2026 text and the demo consultation's proposals on the article.
        assertThat(desk.meeting(meetings.get(3)).agenda().get(1).reference()).startsWith("kz/2026, ст. 52; kz-2026-sample: P-2026-");
    }
}

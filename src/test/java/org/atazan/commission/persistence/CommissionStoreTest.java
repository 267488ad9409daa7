package org.atazan.commission.persistence;

import org.atazan.PlatformTest;
import org.atazan.commission.AttendanceRecorded;
import org.atazan.commission.Body;
import org.atazan.commission.BodyRules;
import org.atazan.commission.CommissionDesk;
import org.atazan.commission.CommissionRefusal;
import org.atazan.commission.Meeting;
import org.atazan.commission.MeetingClosed;
import org.atazan.commission.MeetingOpened;
import org.atazan.commission.Membership;
import org.atazan.commission.Poll;
import org.atazan.commission.PollClosed;
import org.atazan.commission.PollResult;
import org.atazan.commission.Role;
import org.atazan.commission.Tally;
import org.atazan.commission.Threshold;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The commission's decisions kept in PostgreSQL: rebuilt as they were, votes counted once, secret polls without who chose what. */
@RecordApplicationEvents
class CommissionStoreTest extends PlatformTest {
    static final LocalDate DAY = LocalDate.of(2026, 12, 10);
    @Autowired
    CommissionDesk desk;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    String body;
    String meeting;

    @BeforeEach
    void body() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        body = "c-" + tag;
        meeting = "m-" + tag;
        List<Membership> members = new ArrayList<>();
        members.add(new Membership("chair-" + tag, "Chair", Role.CHAIR, DAY.minusYears(1), null));
        members.add(new Membership("sec-" + tag, "Secretary", Role.SECRETARY, DAY.minusYears(1), null));
        for (int i = 1; i <= 4; i++) members.add(new Membership("m" + i + "-" + tag, "Member " + i, Role.MEMBER, DAY.minusYears(1), null));
        desk.createBody(new Body(body, Body.Kind.REFORM_COMMISSION, "Commission " + tag,
                new BodyRules(Threshold.MORE_THAN_HALF, Map.of(BodyRules.DecisionKind.DRAFT, org.atazan.commission.Majority.TWO_THIRDS_OF_ALL), true),
                members));
        desk.plan(body, meeting, DAY, "Astana, hall 1", List.of(new Meeting.Item("Article 91", "A-1"), new Meeting.Item("Minutes", null)),
                sec());
    }

    String sec() {
        return "sec-" + body.substring(2);
    }

    String m(int i) {
        return "m" + i + "-" + body.substring(2);
    }

    void openWithAll() {
        desk.open(meeting, sec());
        desk.attendance(meeting, sec(), true, sec());
        for (int i = 1; i <= 4; i++) desk.attendance(meeting, m(i), true, sec());
    }

    @Test
    void aMeetingIsRebuiltFromStorageAsItWasLeft() {
        Body stored = desk.body(body);
        assertThat(stored.rules().majorityFor(BodyRules.DecisionKind.DRAFT)).isEqualTo(org.atazan.commission.Majority.TWO_THIRDS_OF_ALL);
        assertThat(stored.rules().secretPollsAllowed()).isTrue();
        assertThat(stored.members()).hasSize(6);
        openWithAll();
        desk.nextItem(meeting, sec());
        desk.addSpeaker(meeting, m(2), sec());
        desk.addSpeaker(meeting, m(1), sec());
        assertThat(desk.nextSpeaker(meeting, sec())).isEqualTo(m(2));
        Poll p = desk.putToTheVote(meeting, Poll.Kind.NAMED, BodyRules.DecisionKind.PROCEDURE, sec());
        desk.vote(meeting, p.id(), Poll.Choice.FOR, m(1));
        desk.vote(meeting, p.id(), Poll.Choice.AGAINST, m(2));

        Meeting m = desk.meeting(meeting);
        assertThat(m.state()).isEqualTo(Meeting.State.OPEN);
        assertThat(m.place()).isEqualTo("Astana, hall 1");
        assertThat(m.currentItem().reference()).isEqualTo("A-1");
        assertThat(m.present()).hasSize(5);
        assertThat(m.speakers()).containsExactly(m(1));
        assertThat(m.poll("1").namedVotes()).containsEntry(m(1), Poll.Choice.FOR).containsEntry(m(2), Poll.Choice.AGAINST);
        assertThatThrownBy(() -> desk.vote(meeting, "1", Poll.Choice.AGAINST, m(1))).hasMessageContaining("a vote once cast is final");

        desk.vote(meeting, "1", Poll.Choice.FOR, m(3));
        desk.vote(meeting, "1", Poll.Choice.FOR, m(4));
        PollResult r = desk.closePoll(meeting, "1", sec());
        assertThat(r.arithmetic()).isEqualTo("3 for of 5 present; needed 3: adopted");
        assertThat(desk.meeting(meeting).poll("1").result()).isEqualTo(r);
        desk.close(meeting, sec());
        assertThat(desk.meeting(meeting).state()).isEqualTo(Meeting.State.CLOSED);

        assertThat(events.stream(MeetingOpened.class)).hasSize(1);
        assertThat(events.stream(AttendanceRecorded.class).filter(e -> e.meetingId().equals(meeting))).hasSize(5);
        PollClosed closed = events.stream(PollClosed.class).filter(e -> e.meetingId().equals(meeting)).findFirst().orElseThrow();
        assertThat(closed.arithmetic()).isEqualTo(r.arithmetic());
        assertThat(closed.namedVotes()).containsEntry(m(2), "against").hasSize(4);
        assertThat(events.stream(MeetingClosed.class)).hasSize(1);
    }

    @Test
    void theSameVoteSentTwiceAtTheSameMomentIsCountedOnce() throws Exception {
        openWithAll();
        desk.putToTheVote(meeting, Poll.Kind.NAMED, BodyRules.DecisionKind.PROCEDURE, sec());
        for (int round = 0; round < 5; round++) {
            String member = m(1 + round % 4);
            if (round == 4) {
                desk.closePoll(meeting, "1", sec());
                desk.putToTheVote(meeting, Poll.Kind.SECRET, BodyRules.DecisionKind.PROCEDURE, sec());
            }
            String poll = round < 4 ? "1" : "2";
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService two = Executors.newFixedThreadPool(2);
            try {
                List<Future<Boolean>> both = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    both.add(two.submit(() -> {
                        start.await();
                        try {
                            return desk.vote(meeting, poll, Poll.Choice.FOR, member);
                        } catch (CommissionRefusal e) {
                            // A secret poll cannot tell the same choice from another: the second is refused, not counted.
                            assertThat(poll).isEqualTo("2");
                            return false;
                        }
                    }));
                }
                assertThat(both.get(0).get() ^ both.get(1).get()).as("exactly one of the two counted").isTrue();
            } finally {
                two.shutdown();
            }
        }
        assertThat(jdbc.sql("SELECT count(*) FROM commission_vote WHERE meeting_id = ?").param(meeting).query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT for_votes FROM commission_poll WHERE meeting_id = ? AND poll_id = '1'").param(meeting)
                .query(Integer.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT for_votes FROM commission_poll WHERE meeting_id = ? AND poll_id = '2'").param(meeting)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aSecretPollKeepsWhoVotedAndOnlyTheCounts() {
        openWithAll();
        desk.putToTheVote(meeting, Poll.Kind.SECRET, BodyRules.DecisionKind.PROCEDURE, sec());
        desk.vote(meeting, "1", Poll.Choice.FOR, m(1));
        desk.vote(meeting, "1", Poll.Choice.AGAINST, m(2));
        desk.vote(meeting, "1", Poll.Choice.ABSTAIN, m(3));
        assertThat(jdbc.sql("SELECT count(*) FROM commission_vote WHERE meeting_id = ?").param(meeting).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT member FROM commission_voter WHERE meeting_id = ? ORDER BY member").param(meeting)
                .query(String.class).list()).containsExactly(m(1), m(2), m(3));
        // No column of the voters' table holds a choice.
        assertThat(jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_name = 'commission_voter'")
                .query(String.class).list()).containsExactlyInAnyOrder("meeting_id", "poll_id", "member");
        Poll p = desk.meeting(meeting).poll("1");
        assertThat(p.voters()).hasSize(3);
        assertThat(p.namedVotes()).isEmpty();
        assertThat(p.counts()).isEqualTo(new Tally(1, 1, 1));
        assertThatThrownBy(() -> desk.vote(meeting, "1", Poll.Choice.FOR, m(1))).hasMessageContaining("a vote once cast is final");
        PollResult r = desk.closePoll(meeting, "1", sec());
        assertThat(r.outcome()).isEqualTo(PollResult.Outcome.REJECTED);
        PollClosed closed = events.stream(PollClosed.class).filter(e -> e.meetingId().equals(meeting)).findFirst().orElseThrow();
        assertThat(closed.namedVotes()).isEmpty();
        assertThat(closed.toString()).doesNotContain(m(1));
    }

    @Test
    void anAnalogPollKeepsItsFiguresAndARefusalRecordsNothing() {
        openWithAll();
        desk.putToTheVote(meeting, Poll.Kind.ANALOG, BodyRules.DecisionKind.PROCEDURE, sec());
        assertThatThrownBy(() -> desk.enterFigures(meeting, "1", new Tally(4, 2, 0), sec())).isInstanceOf(CommissionRefusal.class)
                .hasMessageContaining("more than the 5 members present");
        assertThatThrownBy(() -> desk.enterFigures(meeting, "1", new Tally(4, 1, 0), m(1))).hasMessageContaining("only the secretary or the chair");
        assertThat(desk.meeting(meeting).poll("1").counts()).isEqualTo(new Tally(0, 0, 0));
        desk.enterFigures(meeting, "1", new Tally(4, 1, 0), sec());
        assertThat(desk.closePoll(meeting, "1", sec()).arithmetic()).isEqualTo("4 for of 5 present; needed 3: adopted");
        assertThat(desk.meeting(meeting).poll("1").result().tally()).isEqualTo(new Tally(4, 1, 0));

        long before = jdbc.sql("SELECT count(*) FROM commission_attendance WHERE meeting_id = ?").param(meeting).query(Long.class).single();
        assertThatThrownBy(() -> desk.attendance(meeting, "stranger", true, sec())).hasMessageContaining("is not a member of " + body);
        assertThatThrownBy(() -> desk.plan(body, "other-" + meeting, DAY, "", List.of(), m(1))).hasMessageContaining("only its secretary or chair");
        assertThat(jdbc.sql("SELECT count(*) FROM commission_attendance WHERE meeting_id = ?").param(meeting).query(Long.class).single())
                .isEqualTo(before);
        assertThat(desk.meetingsOf(body)).containsExactly(meeting);
    }

    @Test
    void anAccountHoldsOneSeatAtATime() {
        Membership member = new Membership("twice-" + body, "Twice", Role.MEMBER, DAY.minusYears(1), null);
        Membership chair = new Membership("twice-" + body, "Twice", Role.CHAIR, DAY, null);
        assertThatThrownBy(() -> desk.createBody(new Body("two-" + body, Body.Kind.COUNCIL, "Council", BodyRules.usual(), List.of(member, chair))))
                .hasMessageContaining("holds two seats over the same days");
        assertThat(jdbc.sql("SELECT count(*) FROM commission_body WHERE id = ?").param("two-" + body).query(Long.class).single()).isZero();
        // A member until the day before, the chair from then: one seat at a time.
        Membership until = new Membership("twice-" + body, "Twice", Role.MEMBER, DAY.minusYears(1), DAY.minusDays(1));
        desk.createBody(new Body("two-" + body, Body.Kind.COUNCIL, "Council", BodyRules.usual(), List.of(until, chair)));
        assertThat(desk.body("two-" + body).seat("twice-" + body, DAY).orElseThrow().role()).isEqualTo(Role.CHAIR);
        assertThatThrownBy(() -> desk.createBody(new Body("two-" + body, Body.Kind.COUNCIL, "Council", BodyRules.usual(), List.of())))
                .hasMessageContaining("exists");
    }
}

package org.atazan.commission;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingTest {
    static final LocalDate DAY = LocalDate.of(2026, 1, 20);
    Body body;
    Meeting meeting;

    @BeforeEach
    void body() {
        List<Membership> members = new ArrayList<>();
        members.add(new Membership("chair", "Chair", Role.CHAIR, DAY.minusYears(1), null));
        members.add(new Membership("secretary", "Secretary", Role.SECRETARY, DAY.minusYears(1), null));
        for (int i = 1; i <= 8; i++) members.add(new Membership("m" + i, "Member " + i, Role.MEMBER, DAY.minusYears(1), null));
        // A former member: the term ended before the meeting.
        members.add(new Membership("former", "Former", Role.MEMBER, DAY.minusYears(2), DAY.minusYears(1).minusDays(1)));
        body = new Body("commission", Body.Kind.REFORM_COMMISSION, "Constitutional Commission",
                new BodyRules(Threshold.MORE_THAN_HALF, Map.of(), true), members);
        meeting = new Meeting("meeting-1", body, DAY, List.of(new Meeting.Item("Article 91", "A-1"), new Meeting.Item("Minutes", null)));
    }

    void openWith(String... here) {
        meeting.open("secretary");
        for (String m : here) meeting.attendance("secretary", m, true);
    }

    @Test
    void onlyTheSecretaryOrTheChairRunsTheMeeting() {
        assertThatThrownBy(() -> meeting.open("m1")).isInstanceOf(CommissionRefusal.class)
                .hasMessage("meeting meeting-1: only the secretary or the chair of commission may open the meeting");
        meeting.open("chair");
        assertThatThrownBy(() -> meeting.putToTheVote("m2", "p1", Poll.Kind.NAMED, BodyRules.DecisionKind.AMENDMENT))
                .hasMessageContaining("only the secretary or the chair");
        assertThat(meeting.members()).as("the former member is not counted").isEqualTo(10);
        assertThatThrownBy(() -> meeting.attendance("secretary", "former", true)).hasMessageContaining("is not a member of commission");
    }

    @Test
    void aNamedVoteIsRecordedPerMemberCountedOnceAndFinal() {
        openWith("chair", "secretary", "m1", "m2", "m3", "m4");
        meeting.nextItem("secretary");
        assertThat(meeting.currentItem().reference()).isEqualTo("A-1");
        meeting.putToTheVote("secretary", "p1", Poll.Kind.NAMED, BodyRules.DecisionKind.AMENDMENT);
        assertThat(meeting.vote("m1", "p1", Poll.Choice.FOR)).isTrue();
        assertThat(meeting.vote("m1", "p1", Poll.Choice.FOR)).as("the same vote again counts once").isFalse();
        assertThatThrownBy(() -> meeting.vote("m1", "p1", Poll.Choice.AGAINST)).hasMessageContaining("a vote once cast is final");
        assertThatThrownBy(() -> meeting.vote("m5", "p1", Poll.Choice.FOR)).hasMessageContaining("is not a member present");
        assertThatThrownBy(() -> meeting.vote("outsider", "p1", Poll.Choice.FOR)).hasMessageContaining("is not a member present");
        meeting.vote("m2", "p1", Poll.Choice.FOR);
        meeting.vote("m3", "p1", Poll.Choice.FOR);
        meeting.vote("m4", "p1", Poll.Choice.AGAINST);

        PollResult r = meeting.closePoll("secretary", "p1");
        assertThat(r.arithmetic()).isEqualTo("3 for of 6 present; needed 4: rejected");
        assertThat(meeting.polls().get("p1").namedVotes()).containsEntry("m4", Poll.Choice.AGAINST).hasSize(4);
        assertThatThrownBy(() -> meeting.vote("chair", "p1", Poll.Choice.FOR)).hasMessageContaining("no vote after the poll closed");
    }

    @Test
    void aSecretPollKeepsWhoVotedButNotHow() {
        openWith("chair", "secretary", "m1", "m2", "m3", "m4");
        meeting.putToTheVote("secretary", "p1", Poll.Kind.SECRET, BodyRules.DecisionKind.PROCEDURE);
        for (String m : List.of("chair", "secretary", "m1", "m2")) meeting.vote(m, "p1", Poll.Choice.FOR);
        meeting.vote("m3", "p1", Poll.Choice.ABSTAIN);
        assertThatThrownBy(() -> meeting.vote("m3", "p1", Poll.Choice.ABSTAIN)).hasMessageContaining("a vote once cast is final");
        PollResult r = meeting.closePoll("chair", "p1");
        assertThat(r.outcome()).isEqualTo(PollResult.Outcome.ADOPTED);
        assertThat(meeting.polls().get("p1").voters()).containsExactlyInAnyOrder("chair", "secretary", "m1", "m2", "m3");
        assertThat(meeting.polls().get("p1").namedVotes()).isEmpty();
    }

    @Test
    void aShowOfHandsIsEnteredAsFiguresNoMoreThanThosePresent() {
        openWith("chair", "secretary", "m1", "m2", "m3", "m4");
        meeting.putToTheVote("secretary", "p1", Poll.Kind.ANALOG, BodyRules.DecisionKind.AMENDMENT);
        assertThatThrownBy(() -> meeting.enterFigures("secretary", "p1", new Tally(5, 2, 0)))
                .hasMessageContaining("7 votes counted, more than the 6 members present");
        assertThatThrownBy(() -> meeting.vote("m1", "p1", Poll.Choice.FOR)).hasMessageContaining("takes figures, not votes");
        meeting.enterFigures("secretary", "p1", new Tally(4, 1, 1));
        assertThat(meeting.closePoll("secretary", "p1").arithmetic()).isEqualTo("4 for of 6 present; needed 4: adopted");
    }

    @Test
    void theQuorumIsCheckedWhenThePollCloses() {
        openWith("chair", "secretary", "m1", "m2", "m3", "m4");
        meeting.putToTheVote("secretary", "p1", Poll.Kind.NAMED, BodyRules.DecisionKind.AMENDMENT);
        for (String m : List.of("chair", "secretary", "m1", "m2", "m3")) meeting.vote(m, "p1", Poll.Choice.FOR);
        meeting.attendance("secretary", "m4", false);
        meeting.attendance("secretary", "m3", false);
        PollResult r = meeting.closePoll("secretary", "p1");
        assertThat(r.outcome()).isEqualTo(PollResult.Outcome.NO_QUORUM);
        assertThat(r.arithmetic()).isEqualTo("4 present of 10 members; quorum 6: no quorum, no decision");
    }

    @Test
    void aClosedMeetingIsNotEdited() {
        openWith("chair", "secretary");
        meeting.putToTheVote("secretary", "p1", Poll.Kind.NAMED, BodyRules.DecisionKind.PROCEDURE);
        assertThatThrownBy(() -> meeting.close("secretary")).hasMessageContaining("a poll is still open");
        meeting.closePoll("secretary", "p1");
        meeting.close("secretary");
        assertThat(meeting.state()).isEqualTo(Meeting.State.CLOSED);
        assertThatThrownBy(() -> meeting.attendance("secretary", "m1", true)).hasMessageContaining("a closed meeting is not edited");
        assertThatThrownBy(() -> meeting.putToTheVote("secretary", "p2", Poll.Kind.NAMED, BodyRules.DecisionKind.PROCEDURE))
                .hasMessageContaining("a closed meeting is not edited");
    }

    @Test
    void speakersTakeTheFloorInTurnAndOnlyThosePresent() {
        openWith("chair", "secretary", "m1", "m2");
        meeting.nextItem("chair");
        meeting.addSpeaker("chair", "m2");
        meeting.addSpeaker("chair", "m1");
        assertThatThrownBy(() -> meeting.addSpeaker("chair", "m7")).hasMessageContaining("is not present and cannot speak");
        assertThat(meeting.nextSpeaker("chair")).isEqualTo("m2");
        assertThat(meeting.speakers()).containsExactly("m1");
        meeting.nextItem("chair");
        assertThat(meeting.speakers()).as("a new item, a new list").isEmpty();
        assertThatThrownBy(() -> meeting.nextItem("chair")).hasMessageContaining("no further item");
    }

    @Test
    void aSecretPollOnlyWhereTheRulesAllowIt() {
        Body strict = new Body("wg", Body.Kind.WORKING_GROUP, "Working group", BodyRules.usual(), body.members());
        Meeting m = new Meeting("m", strict, DAY, List.of());
        m.open("chair");
        assertThatThrownBy(() -> m.putToTheVote("chair", "p", Poll.Kind.SECRET, BodyRules.DecisionKind.PROCEDURE))
                .hasMessage("poll p: this body's rules allow no secret polls");
    }
}

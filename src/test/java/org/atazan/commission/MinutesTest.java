package org.atazan.commission;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Minutes written from what a meeting recorded: sections per item, speakers, polls; a secret poll's voters, never their choices. */
class MinutesTest {
    static final LocalDate DAY = LocalDate.of(2026, 1, 26);

    static Meeting closedMeeting() {
        List<Membership> members = new ArrayList<>();
        members.add(new Membership("chair", "Chair", Role.CHAIR, DAY.minusYears(1), null));
        members.add(new Membership("secretary", "Secretary", Role.SECRETARY, DAY.minusYears(1), null));
        for (int i = 1; i <= 4; i++) members.add(new Membership("m" + i, "Member " + i, Role.MEMBER, DAY.minusYears(1), null));
        Body body = new Body("commission", Body.Kind.REFORM_COMMISSION, "Commission", new BodyRules(Threshold.MORE_THAN_HALF, Map.of(), true), members);
        Meeting m = new Meeting("meeting-1", body, DAY, "Astana", List.of(new Meeting.Item("Article 18", "kz/2026, 18"), new Meeting.Item("Other", null)));
        m.open("secretary");
        for (String a : List.of("chair", "secretary", "m1", "m2", "m3", "m4")) m.attendance("secretary", a, true);
        m.nextItem("secretary");
        m.putToTheVote("secretary", "1", Poll.Kind.NAMED, BodyRules.DecisionKind.AMENDMENT);
        m.vote("m1", "1", Poll.Choice.FOR);
        m.vote("m2", "1", Poll.Choice.AGAINST);
        m.closePoll("secretary", "1");
        m.nextItem("secretary");
        m.putToTheVote("secretary", "2", Poll.Kind.SECRET, BodyRules.DecisionKind.PROCEDURE);
        m.vote("m3", "2", Poll.Choice.AGAINST);
        m.vote("m4", "2", Poll.Choice.FOR);
        m.closePoll("secretary", "2");
        m.close("secretary");
        return m;
    }

    @Test
    void theMinutesFollowTheAgendaAndASecretPollNamesVotersOnly() {
        Meeting m = closedMeeting();
        Minutes minutes = Minutes.of(m, List.of(new Minutes.Speech(0, "m1"), new Minutes.Speech(0, "m2")), Map.of("1", 0, "2", 1), null);
        assertThat(minutes.approved()).isFalse();
        assertThat(minutes.present()).containsExactly("Chair", "Member 1", "Member 2", "Member 3", "Member 4", "Secretary");
        assertThat(minutes.sections()).extracting(Minutes.Section::position).containsExactly(1, 2);
        Minutes.Section first = minutes.sections().get(0);
        assertThat(first.speakers()).containsExactly("Member 1", "Member 2");
        assertThat(first.polls().get(0).named()).containsExactly(new Minutes.NamedVote("Member 1", Poll.Choice.FOR),
                new Minutes.NamedVote("Member 2", Poll.Choice.AGAINST));
        Minutes.PollMinutes secret = minutes.sections().get(1).polls().get(0);
        assertThat(secret.named()).isEmpty();
        assertThat(secret.voters()).containsExactly("Member 3", "Member 4");

        String text = minutes.canonicalText();
        assertThat(text).contains("item 1: Article 18 (kz/2026, 18)", "  spoke: Member 1", "    Member 2: against",
                "  poll 2 (secret, procedure): 1 for, 1 against, 0 abstaining; 1 for of 6 present; needed 4: rejected",
                "    voted: Member 3", "    voted: Member 4");
        assertThat(text).doesNotContain("Member 3: ").doesNotContain("Member 4: ").doesNotContain("m3");
        // The digest is of the text alone: the same minutes give the same digest, approved or not.
        var approval = new MinutesApproval(Instant.parse("2026-01-28T06:00:00Z"), "secretary", null, null, "Order 7", minutes.digest());
        Minutes approved = Minutes.of(m, List.of(new Minutes.Speech(0, "m1"), new Minutes.Speech(0, "m2")), Map.of("1", 0, "2", 1), approval);
        assertThat(approved.digest()).isEqualTo(minutes.digest()).hasSize(64);
        assertThat(Minutes.of(m, List.of(), Map.of("1", 0, "2", 1), null).digest()).as("another text, another digest").isNotEqualTo(minutes.digest());
    }

    @Test
    void whatHappenedBeforeTheFirstItemHasItsOwnSection() {
        Minutes minutes = Minutes.of(closedMeeting(), List.of(new Minutes.Speech(-1, "chair")), Map.of("1", -1, "2", 1), null);
        assertThat(minutes.sections()).extracting(Minutes.Section::position).containsExactly(0, 1, 2);
        assertThat(minutes.sections().get(0).speakers()).containsExactly("Chair");
        assertThat(minutes.sections().get(0).polls()).extracting(Minutes.PollMinutes::id).containsExactly("1");
        assertThat(minutes.canonicalText()).contains("before the agenda\n  spoke: Chair\n  poll 1");
    }
}

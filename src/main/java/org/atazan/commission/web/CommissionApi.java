package org.atazan.commission.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atazan.commission.Body;
import org.atazan.commission.BodyRules;
import org.atazan.commission.CommissionDesk;
import org.atazan.commission.Majority;
import org.atazan.commission.Meeting;
import org.atazan.commission.Membership;
import org.atazan.commission.Poll;
import org.atazan.commission.Role;
import org.atazan.commission.Tally;
import org.atazan.commission.Threshold;
import org.atazan.kernel.BadInputException;
import org.atazan.platform.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The commission's API: bodies (created by the admin), meetings planned and run by the body's secretary
 * or chair, members' own votes, and the public record of each meeting and poll.
 */
@RestController
@Tag(name = "Commission", description = "Bodies, their meetings, attendance, polls and results with the arithmetic")
class CommissionApi {
    /** The most members one body may have: beyond it a request is a mistake, not a parliament. */
    static final int MAX_MEMBERS = 2_000;
    private final CommissionDesk desk;
    private final CommissionAccess access;
    private final AuditTrail audit;
    private final CommissionLive live;

    private final java.time.Clock clock;

    CommissionApi(CommissionDesk desk, CommissionAccess access, AuditTrail audit, CommissionLive live, java.time.Clock clock) {
        this.live = live;
        this.clock = clock;
        this.desk = desk;
        this.access = access;
        this.audit = audit;
    }

    /** A share: {@code numerator}/{@code denominator}; {@code strictlyMore} for "more than" (default true when 1/2). */
    record ShareJson(Integer numerator, Integer denominator, Boolean strictlyMore) {
        Threshold threshold(String field) {
            if (numerator == null || denominator == null) throw new BadInputException("field " + field + ": numerator and denominator needed");
            return new Threshold(numerator, denominator, strictlyMore != null ? strictlyMore : 2 * numerator == denominator);
        }

        static ShareJson of(Threshold t) {
            return new ShareJson(t.numerator(), t.denominator(), t.strictlyMore());
        }
    }

    /** {@code base}: present, all-members or votes-cast; abstentions count in the base unless said otherwise. */
    record MajorityJson(String base, ShareJson share, Boolean abstentionsCount) {
        Majority majority(String field) {
            Majority.Base b = CommissionDesk.parse(Majority.Base.class, field + ".base", base);
            if (b == null) throw new BadInputException("field " + field + ".base: missing; one of present, all-members, votes-cast");
            if (share == null) throw new BadInputException("field " + field + ".share: missing");
            return new Majority(b, share.threshold(field + ".share"), abstentionsCount == null || abstentionsCount);
        }

        static MajorityJson of(Majority m) {
            return new MajorityJson(CommissionDesk.code(m.base()), ShareJson.of(m.share()), m.abstentionsCount());
        }
    }

    /** Rules; what is left out is the usual: more than half present, more than half of those present, no secret polls. */
    record RulesJson(ShareJson quorum, Map<String, MajorityJson> majorities, Boolean secretPollsAllowed) {
        BodyRules rules() {
            Map<BodyRules.DecisionKind, Majority> m = new EnumMap<>(BodyRules.DecisionKind.class);
            if (majorities != null) {
                majorities.forEach((k, v) -> {
                    BodyRules.DecisionKind kind = CommissionDesk.parse(BodyRules.DecisionKind.class, "rules.majorities", k);
                    if (v == null) throw new BadInputException("field rules.majorities." + k + ": missing");
                    m.put(kind, v.majority("rules.majorities." + k));
                });
            }
            return new BodyRules(quorum == null ? Threshold.MORE_THAN_HALF : quorum.threshold("rules.quorum"), m,
                    secretPollsAllowed != null && secretPollsAllowed);
        }

        static RulesJson of(BodyRules r) {
            Map<String, MajorityJson> m = new java.util.TreeMap<>();
            r.majorities().forEach((k, v) -> m.put(CommissionDesk.code(k), MajorityJson.of(v)));
            return new RulesJson(ShareJson.of(r.quorum()), m, r.secretPollsAllowed());
        }
    }

    /** {@code account}: the platform account the member signs in with (never shown publicly). */
    record MemberIn(String account, String name, String role, LocalDate from, LocalDate to) {
    }

    record BodyIn(String id, String kind, String name, RulesJson rules, List<MemberIn> members) {
    }

    record MemberJson(String name, String role, LocalDate from, LocalDate to) {
    }

    record BodyJson(String id, String kind, String name, RulesJson rules, List<MemberJson> members, List<String> meetings) {
    }

    record ItemIn(String title, String reference) {
    }

    record MeetingIn(String id, LocalDate date, String place, List<ItemIn> agenda) {
    }

    record AttendanceIn(String member, Boolean present) {
    }

    record SpeakerIn(String member) {
    }

    record FloorJson(String speaker) {
    }

    record PollIn(String kind, String decision) {
    }

    record VoteIn(String choice) {
    }

    record VoteResult(boolean counted) {
    }

    record FiguresIn(Integer forVotes, Integer against, Integer abstain) {
    }

    /** The approving poll ({@code meeting} and {@code poll}) or an {@code act}, not both. */
    record ApprovalIn(String meeting, String poll, String act) {
    }

    record MinutesJson(String meetingId, boolean approved, String approvingMeeting, String approvingPoll, String act,
                       java.time.Instant approvedAt, String digest) {
    }

    private BodyJson json(Body b) {
        return new BodyJson(b.id(), CommissionDesk.code(b.kind()), b.name(), RulesJson.of(b.rules()),
                b.members().stream().map(m -> new MemberJson(m.name(), CommissionDesk.code(m.role()), m.from(), m.to())).toList(),
                desk.meetingsOf(b.id()));
    }

    @GetMapping("/api/commission/bodies")
    @Operation(summary = "Every body with its rules and members (public names and roles)")
    List<BodyJson> bodies() {
        return desk.bodies().stream().map(this::json).toList();
    }

    @GetMapping("/api/commission/bodies/{id}")
    @Operation(summary = "One body with its rules, members and the ids of its meetings")
    BodyJson body(@PathVariable String id) {
        return json(desk.body(id));
    }

    @PostMapping("/api/commission/bodies")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Create a body with its rules and members (admin). A member's seat is what lets its account act in the body")
    BodyJson createBody(@RequestBody BodyIn in, Authentication who) {
        if (in.members() != null && in.members().size() > MAX_MEMBERS) {
            throw new BadInputException("field members: more than " + MAX_MEMBERS);
        }
        List<Membership> members = in.members() == null ? List.of() : in.members().stream().map(m -> {
            if (m == null) throw new BadInputException("field members: an empty member");
            Role role = CommissionDesk.parse(Role.class, "members.role", m.role());
            return new Membership(m.account(), m.name(), role, m.from(), m.to());
        }).toList();
        Body body = desk.createBody(new Body(in.id(), CommissionDesk.parse(Body.Kind.class, "kind", in.kind()), in.name(),
                in.rules() == null ? BodyRules.usual() : in.rules().rules(), members));
        audit.record(who.getName(), "commission.body.create", "commission-body", body.id(), members.size() + " members");
        return json(body);
    }

    @PostMapping("/api/commission/bodies/{id}/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a meeting of the body with its agenda (the body's secretary or chair)")
    MeetingJson plan(@PathVariable String id, @RequestBody MeetingIn in, Authentication who) {
        Body body = desk.body(id);
        if (in.date() == null) throw new BadInputException("field date: missing");
        access.requireSeat(who, body, in.date());
        List<Meeting.Item> agenda = in.agenda() == null ? List.of() : in.agenda().stream()
                .map(i -> i == null ? null : new Meeting.Item(i.title(), i.reference() == null || i.reference().isBlank() ? null : i.reference()))
                .toList();
        Meeting m = desk.plan(id, in.id(), in.date(), in.place(), agenda, who.getName());
        audit.record(who.getName(), "commission.meeting.plan", CommissionAudit.MEETING, m.id(), "of " + id + " on " + m.date());
        return MeetingJson.of(m);
    }

    @GetMapping("/api/commission/meetings/{id}")
    @Operation(summary = "A meeting: date, place, state, agenda with the current item, attendance, each poll and, once closed, "
            + "its result with the arithmetic; a named poll lists each member's choice by public name, a secret poll only counts")
    MeetingJson meeting(@PathVariable String id) {
        return MeetingJson.of(desk.meeting(id));
    }

    @GetMapping("/api/commission/meetings/{id}/polls/{poll}")
    @Operation(summary = "One poll of a meeting, with its result once closed")
    MeetingJson.PollJson poll(@PathVariable String id, @PathVariable String poll) {
        Meeting m = desk.meeting(id);
        return MeetingJson.PollJson.of(m.poll(poll), m.body(), m.date());
    }

    /** The meeting after the account's seat in its body is checked. */
    private Meeting seated(String id, Authentication who) {
        Meeting m = desk.meeting(id);
        access.requireSeat(who, m.body(), m.date());
        return m;
    }

    @PostMapping("/api/commission/meetings/{id}/open")
    @Operation(summary = "Open the meeting (its secretary or chair)")
    MeetingJson open(@PathVariable String id, Authentication who) {
        seated(id, who);
        return MeetingJson.of(desk.open(id, who.getName()));
    }

    @PostMapping("/api/commission/meetings/{id}/attendance")
    @Operation(summary = "Record a member present (present=true, the default) or gone (its secretary or chair); member is the account")
    MeetingJson attendance(@PathVariable String id, @RequestBody AttendanceIn in, Authentication who) {
        seated(id, who);
        if (in.member() == null || in.member().isBlank()) throw new BadInputException("field member: missing");
        return MeetingJson.of(desk.attendance(id, in.member(), in.present() == null || in.present(), who.getName()));
    }

    @PostMapping("/api/commission/meetings/{id}/next-item")
    @Operation(summary = "Move to the next agenda item (its secretary or chair); the list of speakers starts afresh")
    MeetingJson nextItem(@PathVariable String id, Authentication who) {
        seated(id, who);
        return MeetingJson.of(desk.nextItem(id, who.getName()));
    }

    @PostMapping("/api/commission/meetings/{id}/speakers")
    @Operation(summary = "Add a present member to the list of speakers (its secretary or chair)")
    MeetingJson addSpeaker(@PathVariable String id, @RequestBody SpeakerIn in, Authentication who) {
        seated(id, who);
        if (in.member() == null || in.member().isBlank()) throw new BadInputException("field member: missing");
        Meeting m = desk.addSpeaker(id, in.member(), who.getName());
        audit.record(who.getName(), "commission.speaker", CommissionAudit.MEETING, id, in.member() + " on the list");
        return MeetingJson.of(m);
    }

    @PostMapping("/api/commission/meetings/{id}/speakers/next")
    @Operation(summary = "Give the floor to the next speaker, who leaves the list (its secretary or chair)")
    FloorJson nextSpeaker(@PathVariable String id, Authentication who) {
        Meeting m = seated(id, who);
        String speaker = desk.nextSpeaker(id, who.getName());
        audit.record(who.getName(), "commission.floor", CommissionAudit.MEETING, id, speaker + " has the floor");
        return new FloorJson(MeetingJson.publicName(m.body(), speaker, m.date()));
    }

    @PostMapping("/api/commission/meetings/{id}/polls")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Put a motion to the vote (its secretary or chair): kind named, secret or analog; decision procedure, "
            + "amendment, draft or minutes, which says the majority needed")
    MeetingJson.PollJson putToTheVote(@PathVariable String id, @RequestBody PollIn in, Authentication who) {
        Meeting m = seated(id, who);
        Poll p = desk.putToTheVote(id, CommissionDesk.parse(Poll.Kind.class, "kind", in.kind()),
                CommissionDesk.parse(BodyRules.DecisionKind.class, "decision", in.decision()), who.getName());
        return MeetingJson.PollJson.of(p, m.body(), m.date());
    }

    @PostMapping("/api/commission/meetings/{id}/polls/{poll}/votes")
    @Operation(summary = "The signed-in member's own vote (for, against, abstain); nobody votes for another. The same vote sent "
            + "again counts once (counted=false); another choice after a vote is refused")
    VoteResult vote(@PathVariable String id, @PathVariable String poll, @RequestBody VoteIn in, Authentication who) {
        seated(id, who);
        boolean counted = desk.vote(id, poll, CommissionDesk.parse(Poll.Choice.class, "choice", in.choice()), who.getName());
        // The trail says who voted, never how: the same entry for a secret poll as for a named one.
        if (counted) audit.record(who.getName(), "commission.vote", CommissionAudit.MEETING, id, "voted in poll " + poll);
        return new VoteResult(counted);
    }

    @PostMapping("/api/commission/meetings/{id}/polls/{poll}/figures")
    @Operation(summary = "Enter an analog poll's figures from a show of hands (its secretary or chair)")
    MeetingJson.PollJson figures(@PathVariable String id, @PathVariable String poll, @RequestBody FiguresIn in, Authentication who) {
        Meeting m = seated(id, who);
        if (in.forVotes() == null || in.against() == null || in.abstain() == null) {
            throw new BadInputException("field figures: forVotes, against and abstain needed");
        }
        Tally t = new Tally(in.forVotes(), in.against(), in.abstain());
        Poll p = desk.enterFigures(id, poll, t, who.getName());
        audit.record(who.getName(), "commission.figures", CommissionAudit.MEETING, id,
                "poll " + poll + ": " + t.forVotes() + " for, " + t.against() + " against, " + t.abstain() + " abstaining");
        return MeetingJson.PollJson.of(p, m.body(), m.date());
    }

    @PostMapping("/api/commission/meetings/{id}/polls/{poll}/close")
    @Operation(summary = "Close a poll (its secretary or chair): the quorum is checked now; the result with its arithmetic")
    MeetingJson.PollJson closePoll(@PathVariable String id, @PathVariable String poll, Authentication who) {
        seated(id, who);
        desk.closePoll(id, poll, who.getName());
        Meeting m = desk.meeting(id);
        return MeetingJson.PollJson.of(m.poll(poll), m.body(), m.date());
    }

    @PostMapping("/api/commission/meetings/{id}/close")
    @Operation(summary = "Close the meeting (its secretary or chair); every poll must be closed first")
    MeetingJson close(@PathVariable String id, Authentication who) {
        seated(id, who);
        return MeetingJson.of(desk.close(id, who.getName()));
    }

    @PostMapping("/api/commission/meetings/{id}/minutes/approve")
    @Operation(summary = "Approve a closed meeting's minutes, which publishes them (the body's secretary or chair): by an adopted "
            + "poll on minutes of a later meeting (meeting and poll) or by an act (its reference); once only. The digest is the "
            + "SHA-256 of the minutes' canonical text")
    MinutesJson approveMinutes(@PathVariable String id, @RequestBody ApprovalIn in, Authentication who) {
        java.time.Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, java.time.ZoneId.of("Asia/Almaty"));
        access.requireSeat(who, desk.meeting(id).body(), today);
        var m = desk.approveMinutes(id, in.meeting(), in.poll(), in.act(), now, today, who.getName());
        var a = m.approval();
        return new MinutesJson(id, true, a.approvingMeeting(), a.approvingPoll(), a.act(), a.at(), a.digest());
    }

    @GetMapping(value = "/api/commission/meetings/{id}/events", produces = org.springframework.http.MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-sent events: 'changed' after each decision on the meeting, each with an id; a client reconnecting "
            + "with Last-Event-ID older than the meeting's latest change gets one 'changed' at once (it missed something); a comment "
            + "line every few seconds keeps the stream alive; 429 beyond the streams one client address may hold")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "an open stream of events 'changed'",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = org.springframework.http.MediaType.TEXT_EVENT_STREAM_VALUE,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "429",
            description = "this client address holds atazan.live.max-streams-per-client streams already")
    org.springframework.web.servlet.mvc.method.annotation.SseEmitter events(@PathVariable String id,
                                                                             jakarta.servlet.http.HttpServletRequest request) {
        desk.meeting(id);
        return live.subscribe(id, request.getRemoteAddr(), request.getHeader("Last-Event-ID"));
    }
}

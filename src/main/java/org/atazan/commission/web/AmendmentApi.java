package org.atazan.commission.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atazan.charter.Amendment;
import org.atazan.charter.VersionSummary;
import org.atazan.commission.AmendmentDesk;
import org.atazan.commission.Body;
import org.atazan.commission.CommissionDesk;
import org.atazan.commission.DraftAmendment;
import org.atazan.commission.Meeting;
import org.atazan.commission.Poll;
import org.atazan.kernel.BadInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Draft amendments over HTTP: drafted by the body's secretary or chair, put to the vote as a poll of one of
 * its meetings, and the adopted ones consolidated into a new draft version of the charter.
 */
@RestController
@Tag(name = "Commission", description = "Bodies, their meetings, attendance, polls and results with the arithmetic")
class AmendmentApi {
    private static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    private final AmendmentDesk amendments;
    private final CommissionDesk desk;
    private final CommissionAccess access;
    private final Clock clock;

    AmendmentApi(AmendmentDesk amendments, CommissionDesk desk, CommissionAccess access, Clock clock) {
        this.amendments = amendments;
        this.desk = desk;
        this.access = access;
        this.clock = clock;
    }

    /**
     * {@code action}: replace, insert, repeal or renumber; {@code article}: the article it concerns (for an insertion,
     * the new number); {@code after}: for an insertion; {@code to}: for a renumbering; {@code text}: the new wording.
     */
    record AmendmentIn(String action, String charter, String version, String article, String after, String to, String heading,
                       String text, String consultation, List<String> proposals) {
    }

    record AmendmentJson(String body, String number, String charter, String version, String action, String article, String after,
                         String to, String heading, String text, String consultation, List<String> proposals, String meeting,
                         String poll, String outcome) {
        static AmendmentJson of(DraftAmendment a) {
            return new AmendmentJson(a.bodyId(), a.number(), a.charterId(), a.versionId(), CommissionDesk.code(a.action()), a.article(),
                    a.after(), a.to(), a.heading(), a.text(), a.consultationId(), a.proposals(), a.meetingId(), a.pollId(),
                    a.outcome() == null ? null : CommissionDesk.code(a.outcome()));
        }
    }

    record VoteOnIn(String meeting, String kind) {
    }

    /** The new draft: {@code id} its version id, {@code date} its date, {@code baseVersion} the version amended. */
    record DraftIn(String charter, String baseVersion, String id, LocalDate date, String title) {
    }

    record DraftJson(String charter, String version, String baseVersion, String status, int articleCount, String comparison) {
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    @GetMapping("/api/commission/bodies/{id}/amendments")
    @Operation(summary = "A body's draft amendments in the order drafted, each with the poll that decides it and its outcome once closed")
    List<AmendmentJson> list(@PathVariable String id) {
        return amendments.amendments(id).stream().map(AmendmentJson::of).toList();
    }

    @GetMapping("/api/commission/bodies/{id}/amendments/{number}")
    @Operation(summary = "One draft amendment")
    AmendmentJson one(@PathVariable String id, @PathVariable String number) {
        return AmendmentJson.of(amendments.amendment(id, number));
    }

    @PostMapping("/api/commission/bodies/{id}/amendments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draft an amendment to an article of a charter version (the body's secretary or chair), citing the proposals "
            + "it answers; an article that does not exist in that version is refused with the rule named, and nothing is recorded")
    AmendmentJson draft(@PathVariable String id, @RequestBody AmendmentIn in, Authentication who) {
        Body body = desk.body(id);
        LocalDate today = today();
        access.requireSeat(who, body, today);
        Amendment.Action action = CommissionDesk.parse(Amendment.Action.class, "action", in.action());
        DraftAmendment a = amendments.draft(id, new DraftAmendment.Request(action, in.charter(), in.version(), in.article(), in.after(),
                in.to(), in.heading(), in.text(), in.consultation(), in.proposals()), today, who.getName());
        return AmendmentJson.of(a);
    }

    @PostMapping("/api/commission/bodies/{id}/amendments/{number}/poll")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Put an amendment to the vote as a poll (decision amendment) of an open meeting of the body (its secretary "
            + "or chair); once only. Members then vote and the poll is closed as any other")
    MeetingJson.PollJson putToTheVote(@PathVariable String id, @PathVariable String number, @RequestBody VoteOnIn in, Authentication who) {
        if (in.meeting() == null || in.meeting().isBlank()) throw new BadInputException("field meeting: missing");
        Meeting m = desk.meeting(in.meeting());
        access.requireSeat(who, m.body(), m.date());
        Poll.Kind kind = CommissionDesk.parse(Poll.Kind.class, "kind", in.kind() == null ? "named" : in.kind());
        Poll p = amendments.putToTheVote(id, number, in.meeting(), kind, who.getName());
        return MeetingJson.PollJson.of(p, m.body(), m.date());
    }

    @PostMapping("/api/commission/bodies/{id}/drafts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Consolidate the body's adopted amendments to a version into a new draft version of the charter (the body's "
            + "secretary or chair); two adopted amendments to one article, an insertion after a repealed article and the like are "
            + "refused with the rule named, and nothing is stored")
    DraftJson consolidate(@PathVariable String id, @RequestBody DraftIn in, Authentication who) {
        Body body = desk.body(id);
        LocalDate today = today();
        access.requireSeat(who, body, today);
        VersionSummary v = amendments.consolidate(id, in.charter(), in.baseVersion(), in.id(), in.date(), in.title(), today, who.getName());
        return new DraftJson(v.charterId(), v.id(), in.baseVersion(), CommissionDesk.code(v.status()), v.articleCount(),
                "/charters/" + v.charterId() + "/compare?from=" + in.baseVersion() + "&to=" + v.id());
    }
}

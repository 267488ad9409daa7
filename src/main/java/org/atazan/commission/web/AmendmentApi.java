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
                       String text, String consultation, List<String> proposals, Boolean answersInPart, List<Long> clusters) {
    }

    /** A topical cluster of the consultation's proposals the amendment answers, as it was called and held when cited. */
    record ClusterJson(long id, String label, int size) {
    }

    /**
     * {@code text} is the wording as drafted, {@code recommendation} the secretariat's change recommendation (both stay);
     * {@code voted}: which of them was put to the vote (original, recommended); {@code order}: its place in the voting
     * order of competing amendments to its article; {@code lapsedBy}: the competing amendment whose adoption made it lapse.
     */
    record AmendmentJson(String body, String number, String charter, String version, String action, String article, String after,
                         String to, String heading, String text, String consultation, List<String> proposals, boolean answersInPart,
                         List<ClusterJson> clusters, RecommendationJson recommendation, String voted, Integer order, String lapsedBy, String meeting, String poll,
                         String outcome) {
        static AmendmentJson of(DraftAmendment a, List<DraftAmendment> all) {
            return new AmendmentJson(a.bodyId(), a.number(), a.charterId(), a.versionId(), CommissionDesk.code(a.action()), a.article(),
                    a.after(), a.to(), a.heading(), a.text(), a.consultationId(), a.proposals(), a.answersInPart(),
                    a.clusters().stream().map(c -> new ClusterJson(c.id(), c.label(), c.size())).toList(),
                    a.recommendation() == null ? null : new RecommendationJson(a.recommendation().text(), a.recommendation().reason(),
                            a.recommendation().at().toString()),
                    a.voted() == null ? null : CommissionDesk.code(a.voted()), a.voteOrder(),
                    AmendmentDesk.lapsedBy(a, all).orElse(null), a.meetingId(), a.pollId(),
                    a.outcome() == null ? null : CommissionDesk.code(a.outcome()));
        }
    }

    record RecommendationJson(String text, String reason, String at) {
    }

    /** {@code wording}: original or recommended; by default the recommended one when there is a recommendation. */
    record VoteOnIn(String meeting, String kind, String wording) {
    }

    record RecommendationIn(String text, String reason) {
    }

    /** {@code order}: every amendment to the article not yet put to the vote, first voted first. */
    record OrderIn(String charter, String version, String article, List<String> order) {
    }

    record OrderJson(String charter, String version, String article, List<String> order) {
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
        List<DraftAmendment> all = amendments.amendments(id);
        return all.stream().map(a -> AmendmentJson.of(a, all)).toList();
    }

    @GetMapping("/api/commission/bodies/{id}/amendments/{number}")
    @Operation(summary = "One draft amendment")
    AmendmentJson one(@PathVariable String id, @PathVariable String number) {
        DraftAmendment a = amendments.amendment(id, number);
        return AmendmentJson.of(a, amendments.amendments(id));
    }

    @PostMapping("/api/commission/bodies/{id}/amendments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draft an amendment to an article of a charter version (the body's secretary or chair), citing the proposals "
            + "and topical clusters it answers (a cited cluster is kept whole from then on; when the amendment is adopted, every "
            + "proposal in it not yet answered is answered); an article that does not exist in that version is refused with the rule named, and nothing is recorded")
    AmendmentJson draft(@PathVariable String id, @RequestBody AmendmentIn in, Authentication who) {
        Body body = desk.body(id);
        LocalDate today = today();
        access.requireSeat(who, body, today);
        Amendment.Action action = CommissionDesk.parse(Amendment.Action.class, "action", in.action());
        DraftAmendment a = amendments.draft(id, new DraftAmendment.Request(action, in.charter(), in.version(), in.article(), in.after(),
                in.to(), in.heading(), in.text(), in.consultation(), in.proposals(), Boolean.TRUE.equals(in.answersInPart()), in.clusters()), today,
                who.getName());
        return AmendmentJson.of(a, amendments.amendments(id));
    }

    @PostMapping("/api/commission/bodies/{id}/amendments/{number}/poll")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Put an amendment to the vote as a poll (decision amendment) of an open meeting of the body (its secretary "
            + "or chair); once only, on the original wording or the recommended one (stated in 'wording'). Competing amendments "
            + "to one article are voted in the order the body set; one out of that order, or one that lapsed when a competing "
            + "one was adopted, is refused with the rule named. Members then vote and the poll is closed as any other")
    MeetingJson.PollJson putToTheVote(@PathVariable String id, @PathVariable String number, @RequestBody VoteOnIn in, Authentication who) {
        if (in.meeting() == null || in.meeting().isBlank()) throw new BadInputException("field meeting: missing");
        Meeting m = desk.meeting(in.meeting());
        access.requireSeat(who, m.body(), m.date());
        Poll.Kind kind = CommissionDesk.parse(Poll.Kind.class, "kind", in.kind() == null ? "named" : in.kind());
        DraftAmendment.Wording wording = CommissionDesk.parse(DraftAmendment.Wording.class, "wording", in.wording());
        Poll p = amendments.putToTheVote(id, number, in.meeting(), kind, wording, who.getName());
        return MeetingJson.PollJson.of(p, m.body(), m.date());
    }

    @PostMapping("/api/commission/bodies/{id}/amendments/{number}/recommendation")
    @Operation(summary = "Attach the secretariat's change recommendation to an amendment's wording before it is put to the vote (the "
            + "body's secretary or chair); the original stays, both are shown, and a later recommendation replaces this one")
    AmendmentJson recommend(@PathVariable String id, @PathVariable String number, @RequestBody RecommendationIn in, Authentication who) {
        Body body = desk.body(id);
        LocalDate today = today();
        access.requireSeat(who, body, today);
        DraftAmendment a = amendments.recommend(id, number, in.text(), in.reason(), today, who.getName());
        return AmendmentJson.of(a, amendments.amendments(id));
    }

    @PostMapping("/api/commission/bodies/{id}/amendments/order")
    @Operation(summary = "Set the order in which the competing amendments to one article are voted, first voted first (the body's "
            + "secretary or chair): every amendment to that article not yet put to the vote, each once")
    OrderJson order(@PathVariable String id, @RequestBody OrderIn in, Authentication who) {
        Body body = desk.body(id);
        LocalDate today = today();
        access.requireSeat(who, body, today);
        List<String> order = amendments.setOrder(id, in.charter(), in.version(), in.article(), in.order(), today, who.getName());
        return new OrderJson(in.charter(), in.version(), in.article() == null ? null : in.article().strip(), order);
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

package org.atazan.voting.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atazan.kernel.BadInputException;
import org.atazan.kernel.NotFoundException;
import org.atazan.voting.LiveTotals;
import org.atazan.voting.ProtocolDesk;
import org.atazan.voting.Protocol;
import org.atazan.voting.Referendum;
import org.atazan.voting.Results;
import org.atazan.voting.Tally;
import org.atazan.voting.TallyTree;
import org.atazan.voting.Verdict;
import org.atazan.voting.VoteRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.JsonNode;

import java.util.List;

/** REST API of referendums: submit and correct protocols, read totals, history, result and live events; publish the result. */
@RestController
@RequestMapping("/api/referendums")
@Tag(name = "Referendums", description = "Protocols, totals at every level, results and live updates")
class ReferendumApi {
    private static final String OFFICIAL = "hasAnyRole('ELECTION_OFFICIAL','ADMIN')";
    private final VoteRegistry votes;
    private final LiveTotals totals;
    private final ProtocolDesk protocols;
    private final Results results;
    private final LiveEvents live;
    private final VoteAccess access;

    ReferendumApi(VoteRegistry votes, LiveTotals totals, ProtocolDesk protocols, Results results, LiveEvents live,
                  VoteAccess access) {
        this.access = access;
        this.votes = votes;
        this.totals = totals;
        this.protocols = protocols;
        this.results = results;
        this.live = live;
    }

    /** A unit's totals and those of each of its children. */
    record UnitTotals(String unit, Tally totals, List<ChildTotals> children) {
    }

    /** A child unit's totals. */
    record ChildTotals(String unit, Tally totals) {
    }

    /** The verdict on the first question and, for several questions, on each. */
    record ResultJson(@JsonUnwrapped Verdict verdict, @JsonInclude(JsonInclude.Include.NON_NULL) List<QuestionResultJson> questions) {
    }

    /** One question's verdict. */
    record QuestionResultJson(String id, String text, @JsonUnwrapped Verdict verdict) {
    }

    @GetMapping
    @Operation(summary = "All votes (referendums and party-list votes)")
    List<VoteJson> all() {
        return votes.all().stream().map(VoteJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One vote")
    VoteJson one(@PathVariable String id) {
        return VoteJson.of(votes.vote(id));
    }

    @PostMapping(value = "/{id}/protocols", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(OFFICIAL)
    @Operation(summary = "Submit one protocol or an array of them (all or nothing); each is checked against the control relations "
            + "(officials assigned to the vote)")
    @ApiResponse(responseCode = "403", description = "not an election official, or not assigned to this vote")
    List<RevisionJson> submit(@PathVariable String id, @RequestBody JsonNode body, Authentication who) {
        access.require(who, id);
        return protocols.submit(id, ProtocolJson.many(body), who.getName()).stream().map(r -> RevisionJson.of(r, true)).toList();
    }

    @PostMapping(value = "/{id}/corrections", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(OFFICIAL)
    @Operation(summary = "Correct a station's protocol: a new revision with a reason; the old one stays in the history "
            + "(officials assigned to the vote)")
    @ApiResponse(responseCode = "403", description = "not an election official, or not assigned to this vote")
    RevisionJson correct(@PathVariable String id, @RequestBody JsonNode body, Authentication who) {
        access.require(who, id);
        if (body == null || !body.isObject()) throw new BadInputException("request body: expected a protocol with a reason");
        Protocol p = ProtocolJson.one(body, "");
        return RevisionJson.of(protocols.correct(id, p, who.getName(), ProtocolJson.reason(body, p.stationCode())), true);
    }

    @GetMapping("/{id}/protocols/history")
    @Operation(summary = "Every revision of one station's protocol: who (the role; the account too for officials), when, why")
    List<RevisionJson> history(@PathVariable String id, @RequestParam String station, Authentication who) {
        boolean official = VoteAccess.isOfficial(who);
        return protocols.history(id, station).stream().map(r -> RevisionJson.of(r, official)).toList();
    }

    @GetMapping("/{id}/totals")
    @Operation(summary = "Totals of a unit (default: the whole country) and of each of its children")
    UnitTotals totals(@PathVariable String id, @RequestParam(required = false) String unit) {
        TallyTree tree = totals.tree(id);
        String code = unit == null ? Views.root(tree) : unit;
        if (!tree.contains(code)) throw new NotFoundException("no territory '" + code + "' in '" + id + "'");
        return new UnitTotals(code, tree.total(code),
                tree.children(code).stream().map(c -> new ChildTotals(c, tree.total(c))).toList());
    }

    @GetMapping("/{id}/result")
    @Operation(summary = "The rule that applies, whether the vote is valid and the question adopted, and why, unit by unit")
    ResultJson result(@PathVariable String id) {
        Referendum r = votes.vote(id);
        Verdict first = results.verdict(id, r.questions().get(0).id());
        if (r.questions().size() == 1) return new ResultJson(first, null);
        // The first question's verdict stays at the top level; every question's is listed too.
        return new ResultJson(first, r.questions().stream()
                .map(q -> new QuestionResultJson(q.id(), q.text(), results.verdict(id, q.id()))).toList());
    }

    @PostMapping("/{id}/result")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(OFFICIAL)
    @Operation(summary = "Publish the result (election official): the national totals and every question's verdict now, numbered; "
            + "refused when nothing has been counted (422) or when the latest publication already has these figures (409)")
    @ApiResponse(responseCode = "201", description = "the publication")
    @ApiResponse(responseCode = "403", description = "not an election official, or not assigned to this vote")
    @ApiResponse(responseCode = "404", description = "no such vote")
    @ApiResponse(responseCode = "409", description = "already published with these figures")
    @ApiResponse(responseCode = "422", description = "nothing counted yet, or a party-list vote")
    PublicationJson publish(@PathVariable String id, Authentication who) {
        access.require(who, id);
        return PublicationJson.of(results.publish(id, who.getName()), true);
    }

    @GetMapping("/{id}/result/publications")
    @Operation(summary = "Every publication of the result, oldest first: who (the role; the account too for officials) "
            + "published which figures when")
    List<PublicationJson> publications(@PathVariable String id, Authentication who) {
        boolean official = VoteAccess.isOfficial(who);
        return results.publications(id).stream().map(p -> PublicationJson.of(p, official)).toList();
    }

    @GetMapping(value = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-sent events: national totals now and after every accepted protocol; a comment line every few"
            + " seconds keeps the stream alive; 429 beyond the streams one client address may hold")
    @ApiResponse(responseCode = "200", description = "an open stream of events 'totals' (the national totals as JSON) and 'turnout'",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")))
    @ApiResponse(responseCode = "429", description = "this client address holds atazan.live.max-streams-per-client streams already")
    SseEmitter events(@PathVariable String id, jakarta.servlet.http.HttpServletRequest request) {
        return live.subscribe(id, request.getRemoteAddr());
    }
}

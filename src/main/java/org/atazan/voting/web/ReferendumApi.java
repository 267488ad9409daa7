package org.atazan.voting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atazan.kernel.BadInputException;
import org.atazan.kernel.NotFoundException;
import org.atazan.voting.Referendum;
import org.atazan.voting.ReferendumDesk;
import org.atazan.voting.Revision;
import org.atazan.voting.RuleOutcome;
import org.atazan.voting.TallyTree;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** REST API of referendums: submit and correct protocols, read totals, history, result and live events. */
@RestController
@RequestMapping("/api/referendums")
@Tag(name = "Referendums", description = "Protocols, totals at every level, results and live updates")
class ReferendumApi {
    private static final String OFFICIAL = "hasAnyRole('ELECTION_OFFICIAL','ADMIN')";
    private final ReferendumDesk desk;
    private final LiveEvents live;

    ReferendumApi(ReferendumDesk desk, LiveEvents live) {
        this.desk = desk;
        this.live = live;
    }

    @GetMapping
    @Operation(summary = "All votes (referendums and party-list votes)")
    List<Referendum> all() {
        return desk.store().all();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One vote")
    Referendum one(@PathVariable String id) {
        return desk.referendum(id);
    }

    @PostMapping(value = "/{id}/protocols", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PreAuthorize(OFFICIAL)
    @Operation(summary = "Submit one protocol or an array of them (all or nothing); each is checked against the control relations")
    List<Map<String, Object>> submit(@PathVariable String id, @RequestBody JsonNode body, Authentication who) {
        return desk.submit(id, ProtocolJson.many(body), who.getName()).stream().map(ProtocolJson::out).toList();
    }

    @PostMapping(value = "/{id}/corrections", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PreAuthorize(OFFICIAL)
    @Operation(summary = "Correct a station's protocol: a new revision with a reason; the old one stays in the history")
    Map<String, Object> correct(@PathVariable String id, @RequestBody JsonNode body, Authentication who) {
        if (body == null || !body.isObject()) throw new BadInputException("request body: expected a protocol with a reason");
        String reason = body.has("reason") ? body.get("reason").asString() : null;
        return ProtocolJson.out(desk.correct(id, ProtocolJson.one(body, ""), who.getName(), reason));
    }

    @GetMapping("/{id}/protocols/history")
    @Operation(summary = "Every revision of one station's protocol: who, when, why")
    List<Map<String, Object>> history(@PathVariable String id, @RequestParam String station) {
        desk.referendum(id);
        List<Revision> h = desk.store().history(id, station);
        if (h.isEmpty()) throw new NotFoundException("no protocol for station '" + station + "' in '" + id + "'");
        return h.stream().map(ProtocolJson::out).toList();
    }

    @GetMapping("/{id}/totals")
    @Operation(summary = "Totals of a unit (default: the whole country) and of each of its children")
    Map<String, Object> totals(@PathVariable String id, @RequestParam(required = false) String unit) {
        TallyTree tree = Views.tree(desk, id);
        String code = unit == null ? Views.root(tree) : unit;
        try {
            tree.territory(code);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no territory '" + code + "' in '" + id + "'");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unit", code);
        m.put("totals", tree.total(code));
        m.put("children", tree.children(code).stream().map(c -> Map.of("unit", c, "totals", tree.total(c))).toList());
        return m;
    }

    @GetMapping("/{id}/result")
    @Operation(summary = "The rule that applies, whether the vote is valid and the question adopted, and why, unit by unit")
    Map<String, Object> result(@PathVariable String id) {
        Referendum r = desk.referendum(id);
        Map<String, Object> m = outcome(r, r.questions().get(0).id());
        if (r.questions().size() > 1) {
            // The first question's verdict stays at the top level; every question's is listed too.
            m.put("questions", r.questions().stream().map(q -> {
                Map<String, Object> qm = new LinkedHashMap<>();
                qm.put("id", q.id());
                qm.put("text", q.text());
                qm.putAll(outcome(r, q.id()));
                return qm;
            }).toList());
        }
        return m;
    }

    private Map<String, Object> outcome(Referendum r, String questionId) {
        String id = r.id();
        RuleOutcome o = desk.outcome(id, questionId);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", o.rule());
        m.put("valid", o.valid());
        m.put("unitFiguresPublic", r.unitFiguresPublic());
        m.put("adopted", r.unitFiguresPublic() || !"kazakhstan".equals(r.rule()) ? o.adopted() : null);
        m.put("reasons", r.unitFiguresPublic() ? o.reasons() : List.of(o.reasons().get(0),
                "units: results per unit are not public, so the two-thirds test of the units cannot be applied here"));
        m.put("units", o.units());
        return m;
    }

    @GetMapping(value = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-sent events: national totals now and after every accepted protocol")
    SseEmitter events(@PathVariable String id) {
        return live.subscribe(id);
    }
}

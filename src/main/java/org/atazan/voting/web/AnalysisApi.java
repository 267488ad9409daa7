package org.atazan.voting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atazan.kernel.BadInputException;
import org.atazan.voting.ForensicsDesk;
import org.atazan.voting.Referendum;
import org.atazan.voting.ReferendumDesk;
import org.atazan.voting.TallyTree;
import org.atazan.voting.TurnoutReport;
import org.atazan.voting.forensics.IntegerReport;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** REST API for turnout through the day, forensics and seat apportionment. */
@RestController
@Tag(name = "Voting analysis", description = "Turnout reports, election forensics, seats")
class AnalysisApi {
    private final ReferendumDesk desk;
    private final ForensicsDesk forensics;

    private final LiveEvents live;

    AnalysisApi(ReferendumDesk desk, ForensicsDesk forensics, LiveEvents live) {
        this.desk = desk;
        this.forensics = forensics;
        this.live = live;
    }

    @GetMapping("/api/referendums/{id}/turnout")
    @Operation(summary = "Turnout reports through the day, by hour and unit")
    List<TurnoutReport> turnout(@PathVariable String id) {
        desk.referendum(id);
        return desk.store().turnout(id);
    }

    @PostMapping(value = "/api/referendums/{id}/turnout", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ELECTION_OFFICIAL','ADMIN')")
    @Operation(summary = "Report turnout: [{\"unit\", \"at\": \"10:00\", \"percent\", \"issued\"}]")
    List<TurnoutReport> report(@PathVariable String id, @RequestBody JsonNode body) {
        TallyTree tree = Views.tree(desk, id);
        if (body == null || !body.isArray()) throw new BadInputException("request body: expected an array of reports");
        List<TurnoutReport> out = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            JsonNode n = body.get(i);
            String where = "report " + (i + 1) + ", field ";
            String unit = n.has("unit") ? n.get("unit").asString() : "";
            try {
                tree.territory(unit);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(where + "unit: no such unit '" + unit + "'");
            }
            LocalTime at;
            BigDecimal pc;
            try {
                at = LocalTime.parse(n.get("at").asString());
                pc = new BigDecimal(n.get("percent").asString());
            } catch (RuntimeException e) {
                throw new BadInputException(where + "at/percent: expected \"HH:MM\" and a number");
            }
            if (pc.signum() < 0 || pc.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new BadInputException(where + "percent: must be 0..100, was " + pc);
            }
            Long issued = n.has("issued") && !n.get("issued").isNull() ? n.get("issued").asLong() : null;
            out.add(new TurnoutReport(unit, at, pc, issued));
        }
        desk.store().addTurnout(id, out);
        live.turnoutReported(id);
        return out;
    }

    @GetMapping("/api/referendums/{id}/forensics")
    @Operation(summary = "Integer-percentage anomalies (seeded Monte Carlo, cached) and the stations driving them")
    IntegerReport forensics(@PathVariable String id, @RequestParam(defaultValue = "200") int reps,
                            @RequestParam(defaultValue = "42") long seed) {
        TallyTree tree = Views.tree(desk, id);
        if (Views.stations(tree) == 0) throw new BadInputException("'" + id + "' has no polling-station protocols to analyse");
        return forensics.integers(id, reps, seed);
    }

    @GetMapping("/api/seats/{id}")
    @Operation(summary = "Seats of a stored party-list vote under its rule's threshold; house size (default: the official one) and method selectable")
    SeatTable seats(@PathVariable String id, @RequestParam(required = false) Integer seats,
                    @RequestParam(required = false) String method) {
        Referendum r = desk.referendum(id);
        if (r.isReferendum()) throw new BadInputException("'" + id + "' is a referendum, not a party-list vote");
        return SeatTable.of(r, desk.store().parties(id), seats, method);
    }
}

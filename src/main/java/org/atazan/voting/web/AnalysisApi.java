package org.atazan.voting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atazan.kernel.BadInputException;
import org.atazan.voting.ForensicsDesk;
import org.atazan.voting.SeatAllocation;
import org.atazan.voting.SeatTable;
import org.atazan.voting.TurnoutReport;
import org.atazan.voting.TurnoutReports;
import org.atazan.voting.forensics.IntegerReport;
import org.atazan.voting.forensics.Selection;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** REST API for turnout through the day, forensics and seat apportionment. */
@RestController
@Tag(name = "Voting analysis", description = "Turnout reports, election forensics, seats")
class AnalysisApi {
    private final TurnoutReports turnout;
    private final ForensicsDesk forensics;
    private final SeatAllocation seats;
    private final RequestBodies bodies;
    private final VoteAccess access;

    AnalysisApi(TurnoutReports turnout, ForensicsDesk forensics, SeatAllocation seats, RequestBodies bodies, VoteAccess access) {
        this.access = access;
        this.turnout = turnout;
        this.forensics = forensics;
        this.seats = seats;
        this.bodies = bodies;
    }

    @GetMapping("/api/referendums/{id}/turnout")
    @Operation(summary = "Turnout reports through the day, by hour and unit")
    List<TurnoutReport> turnout(@PathVariable String id) {
        return turnout.reports(id);
    }

    @PostMapping(value = "/api/referendums/{id}/turnout", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ELECTION_OFFICIAL','ADMIN')")
    @Operation(summary = "Report turnout (officials assigned to the vote): [{\"unit\", \"at\": \"10:00\", \"percent\", \"issued\"}]")
    List<TurnoutReport> report(@PathVariable String id, Authentication who,
                               @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                                       array = @ArraySchema(schema = @Schema(implementation = SetupRequests.TurnoutLine.class))))
                               @RequestBody String body) {
        access.require(who, id);
        // Read here rather than by Spring: percentages keep every decimal they were sent with.
        List<TurnoutReport> reports = bodies.list(bodies.tree(body), SetupRequests.TurnoutLine.class, "report").stream()
                .map(SetupRequests.TurnoutLine::report).toList();
        return turnout.report(id, reports, who.getName());
    }

    @GetMapping("/api/referendums/{id}/forensics")
    @Operation(summary = "Integer-percentage anomalies (seeded Monte Carlo, cached) and the stations driving them; "
            + "selection=paper (default: the authors' method, >= 100 registered, turnout from ballots issued) or voted "
            + "(>= 100 ballots in the boxes, turnout from them)")
    IntegerReport forensics(@PathVariable String id, @RequestParam(defaultValue = "200") int reps,
                            @RequestParam(defaultValue = "42") long seed, @RequestParam(defaultValue = "paper") String selection) {
        Selection chosen = Selection.named(selection);
        if (chosen == null) throw new BadInputException("field selection: paper or voted, was '" + selection + "'");
        return forensics.integers(id, chosen, reps, seed);
    }

    @GetMapping("/api/seats/{id}")
    @Operation(summary = "Seats of a stored party-list vote under its rule's threshold; house size (default: the official one) and method selectable")
    SeatTable seats(@PathVariable String id, @RequestParam(required = false) Integer seats,
                    @RequestParam(required = false) String method) {
        return this.seats.table(id, seats, method);
    }
}

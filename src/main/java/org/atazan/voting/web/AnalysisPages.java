package org.atazan.voting.web;

import org.atazan.voting.ForensicsDesk;
import org.atazan.voting.LiveTotals;
import org.atazan.voting.Referendum;
import org.atazan.voting.SeatAllocation;
import org.atazan.voting.SeatTable;
import org.atazan.voting.TallyTree;
import org.atazan.voting.TurnoutReport;
import org.atazan.voting.TurnoutReports;
import org.atazan.voting.VoteRegistry;
import org.atazan.voting.forensics.IntegerReport;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Turnout through the day, forensics and seat apportionment pages. */
@Controller
class AnalysisPages {
    private final VoteRegistry votes;
    private final LiveTotals totals;
    private final TurnoutReports turnout;
    private final ForensicsDesk forensics;
    private final SeatAllocation seats;

    AnalysisPages(VoteRegistry votes, LiveTotals totals, TurnoutReports turnout, ForensicsDesk forensics, SeatAllocation seats) {
        this.votes = votes;
        this.totals = totals;
        this.turnout = turnout;
        this.forensics = forensics;
        this.seats = seats;
    }

    @GetMapping("/voting/referendums/{id}/turnout")
    String turnout(@PathVariable String id, Model model) {
        Referendum r = votes.vote(id);
        TallyTree tree = totals.tree(id);
        List<TurnoutReport> reports = turnout.reports(id);
        TreeSet<LocalTime> hours = new TreeSet<>();
        Map<String, Map<LocalTime, TurnoutReport>> byUnit = new LinkedHashMap<>();
        String root = Views.root(tree);
        byUnit.put(root, new TreeMap<>());
        tree.children(root).forEach(c -> byUnit.put(c, new TreeMap<>()));
        for (TurnoutReport t : reports) {
            hours.add(t.at());
            byUnit.computeIfAbsent(t.unit(), k -> new TreeMap<>()).put(t.at(), t);
        }
        model.addAttribute("ref", r);
        model.addAttribute("hours", List.copyOf(hours));
        model.addAttribute("rows", byUnit.entrySet().stream()
                .map(e -> new TurnoutRow(UnitRow.of(tree, e.getKey(), Views.language()), e.getValue())).toList());
        model.addAttribute("hasReports", !reports.isEmpty());
        return "voting/turnout";
    }

    @GetMapping("/voting/referendums/{id}/forensics")
    String forensics(@PathVariable String id, @RequestParam(defaultValue = "200") int reps,
                     @RequestParam(defaultValue = "42") long seed, Model model) {
        Referendum r = votes.vote(id);
        TallyTree tree = totals.tree(id);
        model.addAttribute("ref", r);
        long stations = Views.stations(tree);
        model.addAttribute("stationCount", stations);
        model.addAttribute("reps", reps);
        model.addAttribute("seed", seed);
        if (stations > 0) {
            IntegerReport rep = forensics.integers(id, reps, seed);
            model.addAttribute("report", rep);
            model.addAttribute("top", rep.stations().subList(0, Math.min(100, rep.stations().size())));
        }
        return "voting/forensics";
    }

    @GetMapping("/voting/seats/{id}")
    String seats(@PathVariable String id, @RequestParam(required = false) Integer seats,
                 @RequestParam(required = false) String method, Model model) {
        SeatTable table = this.seats.table(id, seats, method);
        Referendum r = votes.vote(id);
        model.addAttribute("ref", r);
        model.addAttribute("table", table);
        model.addAttribute("ruleMethod", r.seatRule().method().cliName());
        model.addAttribute("methods", List.of(org.atazan.voting.apportionment.Method.values()));
        return "voting/seats";
    }

    /** One unit's reports by hour. */
    record TurnoutRow(UnitRow unit, Map<LocalTime, TurnoutReport> at) {
    }
}

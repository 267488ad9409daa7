package org.atazan.voting.web;

import jakarta.servlet.http.HttpServletResponse;
import org.atazan.voting.ForensicsDesk;
import org.atazan.voting.LiveTotals;
import org.atazan.voting.Referendum;
import org.atazan.voting.SeatAllocation;
import org.atazan.voting.SeatTable;
import org.atazan.voting.TallyTree;
import org.atazan.voting.Territory;
import org.atazan.voting.TurnoutReport;
import org.atazan.voting.TurnoutReports;
import org.atazan.voting.VoteRegistry;
import org.atazan.voting.apportionment.Method;
import org.atazan.voting.forensics.IntegerReport;
import org.atazan.voting.forensics.IntegerStation;
import org.atazan.voting.forensics.Selection;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turnout through the day, forensics and seat apportionment pages. A form's bad value is answered on
 * the form's own page, in the reader's language, with the field named as the form labels it.
 */
@Controller
class AnalysisPages {
    static final int DEFAULT_REPS = 200;
    static final long DEFAULT_SEED = 42;
    static final int MAX_SEATS = 1000;
    private final VoteRegistry votes;
    private final LiveTotals totals;
    private final TurnoutReports turnout;
    private final ForensicsDesk forensics;
    private final SeatAllocation seats;
    private final MessageSource messages;
    private final VotingFormat format;

    AnalysisPages(VoteRegistry votes, LiveTotals totals, TurnoutReports turnout, ForensicsDesk forensics, SeatAllocation seats,
                  MessageSource messages, VotingFormat format) {
        this.votes = votes;
        this.totals = totals;
        this.turnout = turnout;
        this.forensics = forensics;
        this.seats = seats;
        this.messages = messages;
        this.format = format;
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
        List<TurnoutRow> rows = byUnit.entrySet().stream()
                .map(e -> new TurnoutRow(UnitRow.of(tree, e.getKey(), Views.language()), e.getValue())).toList();
        model.addAttribute("ref", r);
        model.addAttribute("hours", List.copyOf(hours));
        model.addAttribute("rows", rows);
        model.addAttribute("hasReports", !reports.isEmpty());
        model.addAttribute("hasFinal", rows.stream().anyMatch(row -> row.unit().tally().registered() > 0));
        model.addAttribute("national", rows.get(0).unit().name());
        model.addAttribute("zone", format.offsetOn(r));
        return "voting/turnout";
    }

    @GetMapping("/voting/referendums/{id}/forensics")
    String forensics(@PathVariable String id, @RequestParam(required = false) String reps,
                     @RequestParam(required = false) String seed, @RequestParam(required = false) String selection,
                     Model model, HttpServletResponse response) {
        Referendum r = votes.vote(id);
        TallyTree tree = totals.tree(id);
        model.addAttribute("ref", r);
        long stations = Views.stations(tree);
        model.addAttribute("stationCount", stations);
        model.addAttribute("maxReps", ForensicsDesk.MAX_REPS);
        List<String> errors = new ArrayList<>();
        Long repsValue = whole(reps, DEFAULT_REPS, 1, ForensicsDesk.MAX_REPS, "forensics.reps", errors);
        Long seedValue = whole(seed, DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE, "forensics.seed", errors);
        Selection chosen = selection == null || selection.isBlank() ? Selection.PAPER : Selection.named(selection.trim());
        if (chosen == null) errors.add(text("voting.form.unknownChoice", text("forensics.selection")));
        model.addAttribute("selections", List.of(Selection.values()));
        model.addAttribute("selection", chosen == null ? Selection.PAPER : chosen);
        model.addAttribute("reps", reps == null ? String.valueOf(DEFAULT_REPS) : reps);
        model.addAttribute("seed", seed == null ? String.valueOf(DEFAULT_SEED) : seed);
        if (!errors.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("errors", errors);
            return "voting/forensics";
        }
        if (stations > 0) {
            model.addAttribute("namesNote", ResultPages.namesNote(tree, Views.root(tree), Views.language(), format, messages));
            IntegerReport rep = forensics.integers(id, chosen, repsValue.intValue(), seedValue);
            model.addAttribute("report", rep);
            model.addAttribute("top", rep.stations().subList(0, Math.min(100, rep.stations().size())).stream()
                    .map(s -> StationLine.of(tree, s, Views.language())).toList());
        }
        return "voting/forensics";
    }

    /** One station of the forensics table: its own name, and where it is (region, district). */
    record StationLine(IntegerStation station, String name, String where) {
        static StationLine of(TallyTree tree, IntegerStation s, String language) {
            if (!tree.contains(s.station())) return new StationLine(s, s.station(), "");
            Territory t = tree.territory(s.station());
            List<String> above = new ArrayList<>();
            for (Territory p = t; p.parentCode() != null; ) {
                p = tree.territory(p.parentCode());
                if (p.parentCode() != null) above.add(p.name(language));
            }
            Collections.reverse(above);
            return new StationLine(s, t.name(language), String.join(" › ", above));
        }
    }

    @GetMapping("/voting/seats/{id}")
    String seats(@PathVariable String id, @RequestParam(required = false) String seats,
                 @RequestParam(required = false) String method, Model model, HttpServletResponse response) {
        Referendum r = votes.vote(id);
        List<String> errors = new ArrayList<>();
        Long seatsValue = whole(seats, null, 1, MAX_SEATS, "seats.seats", errors);
        String methodValue = method == null || method.isBlank() ? null : method;
        if (methodValue != null && Arrays.stream(Method.values()).noneMatch(m -> m.cliName().equalsIgnoreCase(method))) {
            errors.add(text("voting.form.unknownChoice", text("seats.method")));
            methodValue = null;
        }
        if (!errors.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("errors", errors);
        }
        SeatTable table = this.seats.table(id, seatsValue == null ? null : seatsValue.intValue(), methodValue);
        String lang = Views.language();
        model.addAttribute("ref", r);
        model.addAttribute("table", table);
        model.addAttribute("seatsInput", errors.isEmpty() || seats == null ? String.valueOf(table.seats()) : seats);
        model.addAttribute("lines", table.lines().stream().map(l -> new SeatLine(l, PartyNames.name(l.party(), lang),
                table.seats() == 0 || l.seats() == null ? null : 100.0 * l.seats() / table.seats(),
                table.officialTotal() == null || l.official() == null ? null : 100.0 * l.official() / table.officialTotal())).toList());
        model.addAttribute("untranslated", table.lines().stream().anyMatch(l -> PartyNames.translated(l.party(), lang) == null));
        model.addAttribute("whatIf", table.officialTotal() != null && table.seats() != table.officialTotal());
        model.addAttribute("ruleMethod", r.seatRule().method().cliName());
        model.addAttribute("methods", List.of(Method.values()));
        model.addAttribute("maxSeats", MAX_SEATS);
        model.addAttribute("source", messages.getMessage("voting.sourceOf." + r.id(), null, null, VotingFormat.locale()));
        return "voting/seats";
    }

    /** One party's line, named in the reader's language, with its share of the seats here and officially. */
    record SeatLine(SeatTable.Line line, String name, Double seatShare, Double officialShare) {
    }

    /**
     * A whole number from a form field: the default when absent, else within bounds; otherwise a message
     * naming the field as its label does, in the reader's language, and null.
     */
    private Long whole(String value, Number fallback, long min, long max, String label, List<String> errors) {
        if (value == null || value.isBlank()) return fallback == null ? null : fallback.longValue();
        try {
            long n = Long.parseLong(value.trim());
            if (n >= min && n <= max) return n;
            errors.add(text("voting.form.outOfRange", text(label), format.integer(min), format.integer(max)));
        } catch (NumberFormatException e) {
            errors.add(text("voting.form.notWhole", text(label)));
        }
        return null;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VotingFormat.locale());
    }

    /** One unit's reports by hour. */
    record TurnoutRow(UnitRow unit, Map<LocalTime, TurnoutReport> at) {
    }
}

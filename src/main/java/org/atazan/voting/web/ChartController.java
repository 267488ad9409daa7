package org.atazan.voting.web;

import org.atazan.voting.ForensicsDesk;
import org.atazan.voting.LiveTotals;
import org.atazan.voting.TallyTree;
import org.atazan.voting.TurnoutReports;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Duration;

/** The charts as images: SVG bars and turnout curve, PNG fingerprint. */
@Controller
@RequestMapping("/voting/referendums/{id}/charts")
class ChartController {
    private static final MediaType SVG = MediaType.valueOf("image/svg+xml");
    private final LiveTotals totals;
    private final TurnoutReports turnout;
    private final ForensicsDesk forensics;

    ChartController(LiveTotals totals, TurnoutReports turnout, ForensicsDesk forensics) {
        this.totals = totals;
        this.turnout = turnout;
        this.forensics = forensics;
    }

    @GetMapping("/bars.svg")
    ResponseEntity<String> bars(@PathVariable String id, @RequestParam(required = false) String unit) {
        TallyTree tree = totals.tree(id);
        String code = unit == null ? Views.root(tree) : unit;
        if (!tree.children(code).isEmpty() && tree.children(code).size() <= 400) {
            return ResponseEntity.ok().contentType(SVG).cacheControl(CacheControl.noCache())
                    .body(SvgCharts.bars(UnitRow.children(tree, code, Views.language()), "yes / no"));
        }
        return ResponseEntity.ok().contentType(SVG).body(SvgCharts.bars(java.util.List.of(), "yes / no"));
    }

    @GetMapping("/turnout.svg")
    ResponseEntity<String> turnout(@PathVariable String id) {
        TallyTree tree = totals.tree(id);
        return ResponseEntity.ok().contentType(SVG).cacheControl(CacheControl.noCache())
                .body(SvgCharts.turnout(turnout.reports(id), Views.root(tree), "turnout"));
    }

    @GetMapping("/fingerprint.png")
    ResponseEntity<byte[]> fingerprint(@PathVariable String id) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)))
                .body(forensics.fingerprintPng(id));
    }
}

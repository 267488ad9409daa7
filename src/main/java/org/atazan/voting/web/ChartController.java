package org.atazan.voting.web;

import org.atazan.voting.ForensicsDesk;
import org.atazan.voting.LiveTotals;
import org.atazan.voting.TallyTree;
import org.atazan.voting.TurnoutReports;
import org.atazan.voting.VoteRegistry;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The charts as images, in the reader's language ({@code ?lang=}) and at two widths
 * ({@code ?width=narrow} for a phone): SVG bars, turnout curve and fingerprint; the fingerprint's
 * bare PNG too.
 */
@Controller
@RequestMapping("/voting/referendums/{id}/charts")
class ChartController {
    private static final MediaType SVG = MediaType.valueOf("image/svg+xml");
    private final VoteRegistry votes;
    private final LiveTotals totals;
    private final TurnoutReports turnout;
    private final ForensicsDesk forensics;
    private final MessageSource messages;
    private final VotingFormat format;

    ChartController(VoteRegistry votes, LiveTotals totals, TurnoutReports turnout, ForensicsDesk forensics,
                    MessageSource messages, VotingFormat format) {
        this.votes = votes;
        this.totals = totals;
        this.turnout = turnout;
        this.forensics = forensics;
        this.messages = messages;
        this.format = format;
    }

    @GetMapping("/bars.svg")
    ResponseEntity<String> bars(@PathVariable String id, @RequestParam(required = false) String unit,
                                @RequestParam(defaultValue = "wide") String width) {
        TallyTree tree = totals.tree(id);
        String code = unit == null ? Views.root(tree) : unit;
        if (!tree.contains(code)) throw new org.atazan.kernel.NotFoundException("no territory '" + code + "' in '" + id + "'");
        List<UnitRow> rows = tree.children(code).size() <= 400 ? UnitRow.children(tree, code, Views.language()) : List.of();
        var texts = new SvgCharts.Texts(text("chart.bars.title", UnitRow.of(tree, code, Views.language()).name()),
                text("chart.bars.axis"), text("voting.yes"), text("voting.no"), text("chart.bars.rest"), d -> format.decimal(d, d % 1 == 0 ? 0 : 1));
        return ResponseEntity.ok().contentType(SVG).cacheControl(CacheControl.noCache())
                .body(SvgCharts.bars(rows, texts, "narrow".equals(width)));
    }

    @GetMapping("/turnout.svg")
    ResponseEntity<String> turnout(@PathVariable String id, @RequestParam(defaultValue = "wide") String width) {
        TallyTree tree = totals.tree(id);
        String root = Views.root(tree);
        Map<String, String> names = new LinkedHashMap<>();
        names.put(root, UnitRow.of(tree, root, Views.language()).name());
        tree.children(root).forEach(c -> names.put(c, UnitRow.of(tree, c, Views.language()).name()));
        var texts = new SvgCharts.TurnoutTexts(text("chart.turnout.title"), text("chart.turnout.y"),
                text("chart.turnout.x", format.offsetOn(votes.vote(id))),
                names.get(root), text("chart.turnout.units"), format::decimal);
        return ResponseEntity.ok().contentType(SVG).cacheControl(CacheControl.noCache())
                .body(SvgCharts.turnout(turnout.reports(id), root, names, texts, "narrow".equals(width)));
    }

    @GetMapping("/fingerprint.svg")
    ResponseEntity<String> fingerprintSvg(@PathVariable String id) {
        var texts = new SvgCharts.FingerprintTexts(text("forensics.fingerprint"), text("chart.fingerprint.x"),
                text("chart.fingerprint.y"), text("chart.fingerprint.fewer"), text("chart.fingerprint.more"));
        return ResponseEntity.ok().contentType(SVG).cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)))
                .body(SvgCharts.fingerprint(forensics.fingerprintPng(id), texts));
    }

    @GetMapping("/fingerprint.png")
    ResponseEntity<byte[]> fingerprint(@PathVariable String id) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)))
                .body(forensics.fingerprintPng(id));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VotingFormat.locale());
    }
}

package org.atazan.voting.web;

import org.atazan.kernel.NotFoundException;
import org.atazan.voting.LiveTotals;
import org.atazan.voting.ProtocolDesk;
import org.atazan.voting.Question;
import org.atazan.voting.Referendum;
import org.atazan.voting.Results;
import org.atazan.voting.RuleOutcome;
import org.atazan.voting.SeatAllocation;
import org.atazan.voting.Tally;
import org.atazan.voting.TallyTree;
import org.atazan.voting.Territory;
import org.atazan.voting.VoteRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The index of votes, the national result, and the drill-down to regions, districts and stations. */
@Controller
class ResultPages {
    private static final DateTimeFormatter PUBLISHED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private final VoteRegistry votes;
    private final LiveTotals totals;
    private final ProtocolDesk protocols;
    private final Results results;
    private final SeatAllocation seats;
    private final int alternativeSeats;
    private final MessageSource messages;

    ResultPages(VoteRegistry votes, LiveTotals totals, ProtocolDesk protocols, Results results, SeatAllocation seats,
                @Value("${atazan.voting.alternative-seats:145}") int alternativeSeats, MessageSource messages) {
        this.messages = messages;
        this.votes = votes;
        this.totals = totals;
        this.protocols = protocols;
        this.results = results;
        this.seats = seats;
        this.alternativeSeats = alternativeSeats;
    }

    @GetMapping("/voting")
    String index(Model model) {
        List<Referendum> all = votes.all();
        model.addAttribute("referendums", all.stream().filter(Referendum::isReferendum).toList());
        var partyLists = all.stream().filter(r -> !r.isReferendum()).toList();
        model.addAttribute("partyLists", partyLists);
        model.addAttribute("officialSeats", partyLists.stream().collect(java.util.stream.Collectors.toMap(
                Referendum::id, r -> seats.officialSeats(r.id()))));
        model.addAttribute("alternativeSeats", alternativeSeats);
        return "voting/index";
    }

    @GetMapping("/voting/referendums/{id}")
    String result(@PathVariable String id, @RequestParam(required = false) String unit, Model model) {
        Referendum r = votes.vote(id);
        if (!r.isReferendum()) return "redirect:/voting/seats/" + id;
        TallyTree tree = totals.tree(id);
        String root = Views.root(tree);
        String code = unit == null || unit.isBlank() ? root : unit;
        if (!tree.contains(code)) throw new NotFoundException("no territory '" + code + "' in '" + id + "'");
        String lang = Views.language();
        model.addAttribute("ref", r);
        model.addAttribute("unit", UnitRow.of(tree, code, lang));
        model.addAttribute("national", code.equals(root));
        model.addAttribute("path", path(tree, code, lang));
        model.addAttribute("children", UnitRow.children(tree, code, lang));
        model.addAttribute("stations", Views.stations(tree));
        model.addAttribute("protocol", tree.protocol(code));
        // The public page names the role that acted, never an official's account (officials see it on the desk).
        if (tree.protocol(code) != null) {
            model.addAttribute("history", protocols.history(id, code).stream()
                    .map(h -> PublicActors.publicView(h, role(h.enteredBy()))).toList());
        }
        if (code.equals(root)) {
            model.addAttribute("outcome", results.outcome(id));
            results.latestPublication(id).ifPresent(p -> {
                model.addAttribute("publication", PublicActors.publicView(p, role(p.publishedBy())));
                model.addAttribute("publishedAt", PUBLISHED_AT.format(p.publishedAt()));
            });
        }
        if (r.questions().size() > 1) {
            String at = code;
            model.addAttribute("questionLines", r.questions().stream().map(q -> new QuestionLine(q,
                    tree.total(at).forQuestion(q.id()), at.equals(root) ? results.outcome(id, q.id()) : null)).toList());
        }
        model.addAttribute("quorum", r.quorumPercent());
        return "voting/result";
    }

    private String role(String account) {
        return messages.getMessage(PublicActors.messageKey(account), null, PublicActors.role(account), LocaleContextHolder.getLocale());
    }

    /** One question of a multi-question referendum: its totals here and, nationally, the rule's verdict. */
    record QuestionLine(Question question, Tally tally, RuleOutcome outcome) {
        public double yesPercent() {
            return tally.yesPercent();
        }
    }

    private static List<UnitRow> path(TallyTree tree, String code, String lang) {
        List<UnitRow> out = new ArrayList<>();
        for (Territory t = tree.territory(code); t.parentCode() != null; t = tree.territory(t.parentCode())) {
            out.add(UnitRow.of(tree, t.parentCode(), lang));
        }
        Collections.reverse(out);
        return out;
    }
}

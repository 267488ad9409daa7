package org.atazan.voting.web;

import org.atazan.kernel.NotFoundException;
import org.atazan.voting.LiveTotals;
import org.atazan.voting.ProtocolDesk;
import org.atazan.voting.Question;
import org.atazan.voting.Referendum;
import org.atazan.voting.Results;
import org.atazan.voting.Revision;
import org.atazan.voting.RuleOutcome;
import org.atazan.voting.SeatAllocation;
import org.atazan.voting.Tally;
import org.atazan.voting.TallyTree;
import org.atazan.voting.Territory;
import org.atazan.voting.TurnoutReports;
import org.atazan.voting.VoteRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The index of votes, the national result, and the drill-down to regions, districts and stations. */
@Controller
class ResultPages {
    private final VoteRegistry votes;
    private final LiveTotals totals;
    private final ProtocolDesk protocols;
    private final Results results;
    private final SeatAllocation seats;
    private final TurnoutReports turnout;
    private final MessageSource messages;
    private final VotingFormat format;
    private final int alternativeSeats;
    private final int liveDays;

    /** Lines other modules add to a unit's page (where its protocol is in the public record, say). */
    private final org.springframework.beans.factory.ObjectProvider<org.atazan.voting.ResultAddition> additions;

    ResultPages(VoteRegistry votes, LiveTotals totals, ProtocolDesk protocols, Results results, SeatAllocation seats,
                TurnoutReports turnout, MessageSource messages, VotingFormat format,
                @Value("${atazan.voting.alternative-seats:145}") int alternativeSeats,
                @Value("${atazan.voting.live-days:14}") int liveDays,
                org.springframework.beans.factory.ObjectProvider<org.atazan.voting.ResultAddition> additions) {
        this.additions = additions;
        this.votes = votes;
        this.totals = totals;
        this.protocols = protocols;
        this.results = results;
        this.seats = seats;
        this.turnout = turnout;
        this.messages = messages;
        this.format = format;
        this.alternativeSeats = alternativeSeats;
        this.liveDays = liveDays;
    }

    /** What a vote has to offer beyond its result: turnout through the day, polling-station figures. */
    record Offers(boolean turnout, boolean stations) {
    }

    @GetMapping("/voting")
    String index(Model model) {
        List<Referendum> all = votes.all();
        List<Referendum> referendums = all.stream().filter(Referendum::isReferendum).toList();
        model.addAttribute("referendums", referendums);
        model.addAttribute("offers", referendums.stream().collect(Collectors.toMap(Referendum::id, this::offers)));
        var partyLists = all.stream().filter(r -> !r.isReferendum()).toList();
        model.addAttribute("partyLists", partyLists);
        model.addAttribute("officialSeats", partyLists.stream().collect(Collectors.toMap(
                Referendum::id, r -> seats.officialSeats(r.id()))));
        model.addAttribute("alternativeSeats", alternativeSeats);
        return "voting/index";
    }

    /** What other modules add about this unit; a page with a line about to change is not kept by the cache. */
    private void addLines(Model model, jakarta.servlet.http.HttpServletRequest request, String vote, String unit, int revisions,
                          boolean national) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        List<org.atazan.voting.ResultAddition.Line> lines = additions.orderedStream()
                .flatMap(a -> a.about(vote, unit, revisions, national, locale).stream()).toList();
        model.addAttribute("additions", lines);
        if (!lines.stream().allMatch(org.atazan.voting.ResultAddition.Line::settled)) request.setAttribute(ResultPageCache.UNSETTLED, Boolean.TRUE);
    }

    private Offers offers(Referendum r) {
        TallyTree tree = totals.tree(r.id());
        boolean stations = !tree.roots().isEmpty() && Views.stations(tree) > 0;
        return new Offers(!turnout.reports(r.id()).isEmpty(), stations);
    }

    @GetMapping("/voting/referendums/{id}")
    String result(@PathVariable String id, @RequestParam(required = false) String unit, Model model,
                  jakarta.servlet.http.HttpServletRequest request) {
        Referendum r = votes.vote(id);
        if (!r.isReferendum()) return "redirect:/voting/seats/" + id;
        TallyTree tree = totals.tree(id);
        String root = Views.root(tree);
        String code = unit == null || unit.isBlank() ? root : unit;
        if (!tree.contains(code)) throw new NotFoundException("no territory '" + code + "' in '" + id + "'");
        String lang = Views.language();
        UnitRow here = UnitRow.of(tree, code, lang);
        List<UnitRow> children = UnitRow.children(tree, code, lang);
        long stations = Views.stations(tree);
        model.addAttribute("ref", r);
        model.addAttribute("unit", here);
        model.addAttribute("national", code.equals(root));
        model.addAttribute("path", path(tree, code, lang));
        model.addAttribute("children", children);
        model.addAttribute("stations", stations);
        model.addAttribute("offers", new Offers(!turnout.reports(id).isEmpty(), stations > 0));
        model.addAttribute("source", source(r));
        model.addAttribute("namesNote", namesNote(tree, code, lang));
        model.addAttribute("live", live(r));
        model.addAttribute("numberGroup", format.groupSeparator());
        model.addAttribute("numberDecimal", format.decimalSeparator());
        model.addAttribute("narrowChart", children.size() <= SvgCharts.NARROW_MAX_BARS);
        model.addAttribute("protocol", tree.protocol(code));
        List<Revision> revisions = tree.protocol(code) == null ? List.of() : protocols.history(id, code);
        if (!revisions.isEmpty()) {
            model.addAttribute("history", history(r, revisions.stream()
                    .map(h -> PublicActors.publicView(h, role(h.enteredBy()))).toList()));
            // The public page names the role that acted, never an official's account (officials see it on the desk).
            model.addAttribute("hasReasons", revisions.stream().anyMatch(v -> v.reason() != null && !v.reason().isBlank()));
        }
        addLines(model, request, id, code, revisions.size(), code.equals(root));
        if (code.equals(root)) {
            RuleOutcome outcome = results.outcome(id);
            model.addAttribute("outcome", outcome);
            model.addAttribute("tests", tests(r, here.tally(), outcome));
            results.latestPublication(id).ifPresent(p -> {
                model.addAttribute("publication", PublicActors.publicView(p, role(p.publishedBy())));
                model.addAttribute("publishedAt", format.dateTime(p.publishedAt(), r));
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

    /** One revision of a protocol, as a column of the history table. */
    record HistoryColumn(Revision revision, String enteredAt) {
    }

    private List<HistoryColumn> history(Referendum r, List<Revision> revisions) {
        return revisions.stream().map(v -> new HistoryColumn(v, format.dateTime(v.enteredAt(), r))).toList();
    }

    /**
     * While a vote is being counted its figures change as protocols arrive: from its day (or before) until
     * {@code atazan.voting.live-days} after it, and not once its result is published.
     */
    private boolean live(Referendum r) {
        return !r.date().plusDays(liveDays).isBefore(format.today(r)) && results.latestPublication(r.id()).isEmpty();
    }

    /**
     * The source in the reader's language: the platform's own wording where it has one for this vote
     * ({@code voting.sourceOf.<id>}), else the text as it was entered, said to be untranslated.
     */
    private String source(Referendum r) {
        String own = messages.getMessage("voting.sourceOf." + r.id(), null, null, VotingFormat.locale());
        if (own != null) return messages.getMessage("voting.source", new Object[]{own}, VotingFormat.locale());
        return r.source() == null || r.source().isBlank() ? null
                : messages.getMessage("voting.sourceAsGiven", new Object[]{r.source()}, VotingFormat.locale());
    }

    /** Says so when the places below are named in other languages only (the Russian vote's, in Russian). */
    private String namesNote(TallyTree tree, String code, String lang) {
        return namesNote(tree, code, lang, format, messages);
    }

    static String namesNote(TallyTree tree, String code, String lang, VotingFormat format, MessageSource messages) {
        List<String> below = tree.children(code);
        Territory t = below.isEmpty() ? tree.territory(code) : tree.territory(below.get(0));
        if (t.names().isEmpty() || t.names().containsKey(lang)) return null;
        String given = t.names().keySet().stream().sorted().map(format::languageName).collect(Collectors.joining(", "));
        return messages.getMessage("voting.namesAsGiven", new Object[]{given}, VotingFormat.locale());
    }

    /** The rule's tests with their numbers, in the reader's language and number format. */
    private List<String> tests(Referendum r, Tally t, RuleOutcome o) {
        Function<Long, String> n = format::integer;
        List<String> out = new ArrayList<>();
        if ("kazakhstan".equals(r.rule().key())) {
            out.add(text("voting.test.turnoutHalf", n.apply(t.issued()), n.apply(2 * t.issued()),
                    o.valid() ? ">" : "\u2264", n.apply(t.registered())));
            if (o.units().isEmpty()) {
                out.add(text("voting.test.unitsUnknown"));
            } else {
                long yesUnits = o.units().stream().filter(RuleOutcome.UnitLine::yesMajority).count();
                long all = o.units().size();
                out.add(text("voting.test.units", n.apply(yesUnits), n.apply(3 * yesUnits),
                        3 * yesUnits >= 2 * all ? "\u2265" : "<", n.apply(all), n.apply(2 * all)));
            }
        } else {
            long quorum = r.quorumPercent();
            if (quorum == 0 && o.valid()) {
                out.add(text("voting.test.turnoutAny", n.apply(t.issued())));
            } else {
                out.add(text("voting.test.turnoutQuorum", n.apply(t.issued()), n.apply(100 * t.issued()),
                        o.valid() ? ">" : "\u2264", quorum, n.apply(t.registered()), n.apply(quorum * t.registered())));
            }
            boolean majority = t.yes() * 2 > t.issued();
            out.add(text("voting.test.majority", n.apply(t.yes()), n.apply(2 * t.yes()), majority ? ">" : "\u2264",
                    n.apply(t.issued())));
        }
        out.add(text("voting.decision." + o.decision()));
        return out;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VotingFormat.locale());
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

package org.atazan.commission.web;

import jakarta.servlet.http.HttpServletResponse;
import org.atazan.charter.Amendment;
import org.atazan.commission.AmendmentDesk;
import org.atazan.commission.Body;
import org.atazan.commission.CommissionDesk;
import org.atazan.commission.DraftAmendment;
import org.atazan.commission.Meeting;
import org.atazan.commission.Poll;
import org.atazan.kernel.BadInputException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A body's draft amendments, grouped by the article they concern: competing amendments side by side, each with
 * its change recommendation, its place in the voting order, what was voted and whether it lapsed. For the
 * body's secretary or chair, plain forms (CSRF token, no script) draft an amendment, attach a recommendation,
 * set the order, put one to the vote and consolidate a draft; a refusal shows the page again with 422 and the
 * reason at the form.
 */
@Controller
class AmendmentPages {
    private final AmendmentDesk amendments;
    private final CommissionDesk desk;
    private final CommissionAccess access;
    private final Clock clock;

    AmendmentPages(AmendmentDesk amendments, CommissionDesk desk, CommissionAccess access, Clock clock) {
        this.amendments = amendments;
        this.desk = desk;
        this.access = access;
        this.clock = clock;
    }

    /**
     * One amendment as the page shows it; {@code outcome} is pending, adopted, rejected, no-quorum or lapsed;
     * {@code voted} original or recommended once voted; {@code open}: not voted and not lapsed, so the forms apply.
     */
    record Line(String number, String action, String article, String after, String to, String text, String consultation,
                List<String> proposals, String meeting, String poll, String outcome, String recommendation, String reason,
                String voted, Integer order, String lapsedBy, boolean answersInPart, boolean open, boolean worded,
                List<DraftAmendment.CitedCluster> clusters) {
    }

    /** The amendments to one article of one version, in the order drafted; {@code open} those not yet voted. */
    record Group(String key, String charter, String version, String article, List<Line> lines, List<String> open) {
    }

    /** An open meeting of the body, to put an amendment to the vote in. */
    record MeetingOption(String id, String label) {
    }

    @GetMapping("/commission/bodies/{id}/amendments")
    String amendments(@PathVariable String id, Model model, Locale locale, Authentication who) {
        return page(id, model, locale, who, null, null);
    }

    @PostMapping("/commission/bodies/{id}/amendments/draft")
    String draft(@PathVariable String id, @RequestParam Map<String, String> form, Model model, Locale locale, Authentication who,
                 HttpServletResponse response) {
        return act(id, "draft", form, model, locale, who, response, today -> {
            Amendment.Action action = CommissionDesk.parse(Amendment.Action.class, "action", form.get("action"));
            List<String> cited = Arrays.stream(form.getOrDefault("proposals", "").split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
            List<Long> clusters = new ArrayList<>();
            for (String s : form.getOrDefault("clusters", "").split("[,;\\s]+")) {
                if (s.isBlank()) continue;
                try {
                    clusters.add(Long.parseLong(s.strip().replaceFirst("^#", "")));
                } catch (NumberFormatException e) {
                    throw new BadInputException("field clusters: '" + s.strip() + "' is not a cluster's number");
                }
            }
            DraftAmendment a = amendments.draft(id, new DraftAmendment.Request(action, form.get("charter"), form.get("version"),
                    form.get("article"), form.get("after"), form.get("to"), null, form.get("text"), blankToNull(form.get("consultation")),
                    cited, form.containsKey("answersInPart"), clusters), today, who.getName());
            return a.number();
        });
    }

    @PostMapping("/commission/bodies/{id}/amendments/{number}/recommend")
    String recommend(@PathVariable String id, @PathVariable String number, @RequestParam Map<String, String> form, Model model,
                     Locale locale, Authentication who, HttpServletResponse response) {
        return act(id, "recommend-" + number, form, model, locale, who, response, today ->
                amendments.recommend(id, number, form.get("text"), form.get("reason"), today, who.getName()).number());
    }

    @PostMapping("/commission/bodies/{id}/amendments/order")
    String order(@PathVariable String id, @RequestParam Map<String, String> form, Model model, Locale locale, Authentication who,
                 HttpServletResponse response) {
        String key = form.getOrDefault("charter", "") + "/" + form.getOrDefault("version", "") + "/" + form.getOrDefault("article", "");
        return act(id, "order-" + key, form, model, locale, who, response, today -> {
            List<String> order = Arrays.stream(form.getOrDefault("order", "").split("[,;\\s]+")).filter(s -> !s.isBlank())
                    .map(s -> s.strip().toUpperCase(Locale.ROOT)).toList();
            return amendments.setOrder(id, form.get("charter"), form.get("version"), form.get("article"), order, today, who.getName()).get(0);
        });
    }

    @PostMapping("/commission/bodies/{id}/amendments/{number}/vote")
    String vote(@PathVariable String id, @PathVariable String number, @RequestParam Map<String, String> form, Model model, Locale locale,
                Authentication who, HttpServletResponse response) {
        return act(id, "vote-" + number, form, model, locale, who, response, today -> {
            Poll.Kind kind = CommissionDesk.parse(Poll.Kind.class, "kind", form.getOrDefault("kind", "named"));
            DraftAmendment.Wording wording = CommissionDesk.parse(DraftAmendment.Wording.class, "wording", form.get("wording"));
            amendments.putToTheVote(id, number, form.get("meeting"), kind == null ? Poll.Kind.NAMED : kind, wording, who.getName());
            return number;
        });
    }

    @PostMapping("/commission/bodies/{id}/amendments/consolidate")
    String consolidate(@PathVariable String id, @RequestParam Map<String, String> form, Model model, Locale locale, Authentication who,
                       HttpServletResponse response) {
        return act(id, "consolidate", form, model, locale, who, response, today -> {
            LocalDate date;
            try {
                date = form.getOrDefault("date", "").isBlank() ? null : LocalDate.parse(form.get("date").strip());
            } catch (DateTimeParseException e) {
                throw new BadInputException("field date: not a date (YYYY-MM-DD)");
            }
            amendments.consolidate(id, form.get("charter"), form.get("baseVersion"), form.get("id"), date, blankToNull(form.get("title")),
                    today, who.getName());
            return "drafts";
        });
    }

    /** One decision of a form: done, back to the page at what changed; refused, the page again with 422 and the reason. */
    private String act(String id, String formName, Map<String, String> form, Model model, Locale locale, Authentication who,
                       HttpServletResponse response, Decision decision) {
        Body b = desk.body(id);
        LocalDate today = LocalDate.ofInstant(clock.instant(), Phrases.ZONE);
        access.requireSeat(who, b, today);
        try {
            String anchor = decision.apply(today);
            return "redirect:/commission/bodies/" + id + "/amendments#" + anchor;
        } catch (BadInputException e) {
            // CommissionRefusal (a rule of the body) is one too.
            response.setStatus(422);
            return page(id, model, locale, who, formName, new Refusal(e.getMessage(), form));
        }
    }

    @FunctionalInterface
    private interface Decision {
        String apply(LocalDate today);
    }

    /**
     * A refusal as the page shows it: the field it names (its label in the reader's language), the rule when it is
     * one the page explains in the reader's language, the detail as the platform wrote it (English), and what was sent.
     */
    record Refusal(String detail, Map<String, String> form) {
        String field() {
            var m = java.util.regex.Pattern.compile("fields? ([a-zA-Z]+)").matcher(detail);
            return m.find() ? m.group(1) : null;
        }

        String rule() {
            if (detail.contains("rule: voting order")) return "voting-order";
            if (detail.contains("rule: one amendment per article")) return "one-per-article";
            if (detail.contains("only its secretary or chair")) return "runs";
            return null;
        }
    }

    /** An amendment's outcome as pages name it: pending, adopted, rejected, no-quorum, or lapsed (among the body's {@code all}). */
    static String outcome(DraftAmendment a, List<DraftAmendment> all) {
        return AmendmentDesk.lapsedBy(a, all).isPresent() ? "lapsed" : a.outcome() == null ? "pending" : CommissionDesk.code(a.outcome());
    }

    private String page(String id, Model model, Locale locale, Authentication who, String failedForm, Refusal refusal) {
        Body b = desk.body(id);
        LocalDate today = LocalDate.ofInstant(clock.instant(), Phrases.ZONE);
        boolean runs = who != null && who.isAuthenticated() && b.seat(who.getName(), today).map(s -> s.role().runsMeetings()).orElse(false);
        List<DraftAmendment> all = amendments.amendments(id);
        Map<String, Group> groups = new LinkedHashMap<>();
        for (DraftAmendment a : all) {
            String lapsedBy = AmendmentDesk.lapsedBy(a, all).orElse(null);
            boolean open = a.meetingId() == null && lapsedBy == null;
            String outcome = outcome(a, all);
            Line line = new Line(a.number(), CommissionDesk.code(a.action()), a.article(), a.after(), a.to(), a.text(), a.consultationId(),
                    a.proposals(), a.meetingId(), a.pollId(), outcome,
                    a.recommendation() == null ? null : a.recommendation().text(), a.recommendation() == null ? null : a.recommendation().reason(),
                    a.voted() == null ? null : CommissionDesk.code(a.voted()), a.voteOrder(), lapsedBy, a.answersInPart(), open,
                    a.action() == Amendment.Action.REPLACE || a.action() == Amendment.Action.INSERT, a.clusters());
            Group g = groups.computeIfAbsent(a.charterId() + "/" + a.versionId() + "/" + a.article(),
                    k -> new Group(k, a.charterId(), a.versionId(), a.article(), new ArrayList<>(), new ArrayList<>()));
            g.lines().add(line);
            if (open) g.open().add(a.number());
        }
        model.addAttribute("body", b);
        model.addAttribute("heading", desk.title(b, locale.getLanguage()));
        model.addAttribute("sample", id.endsWith(CommissionPages.SAMPLE_SUFFIX));
        model.addAttribute("groups", new ArrayList<>(groups.values()));
        // A cluster's label is its name or its telling words, in whatever language they are: marked for screen readers.
        Map<String, String> clusterLangs = new java.util.HashMap<>();
        all.forEach(a -> a.clusters().forEach(k -> clusterLangs.put(k.label(),
                org.atazan.consultation.LanguageDetector.detect(k.label()).map(l -> l.code()).orElse(locale.getLanguage()))));
        model.addAttribute("clusterLangs", clusterLangs);
        model.addAttribute("drafts", amendments.drafts(id));
        model.addAttribute("runs", runs);
        if (runs) {
            List<MeetingOption> open = new ArrayList<>();
            for (String mid : desk.meetingsOf(id)) {
                Meeting m = desk.meeting(mid);
                if (m.state() == Meeting.State.OPEN) open.add(new MeetingOption(mid, mid + " (" + m.date() + ")"));
            }
            model.addAttribute("openMeetings", open);
            DraftAmendment last = all.isEmpty() ? null : all.get(all.size() - 1);
            // The draft form starts on the version the body amended last, the usual next target.
            model.addAttribute("lastCharter", last == null ? "" : last.charterId());
            model.addAttribute("lastVersion", last == null ? "" : last.versionId());
        }
        model.addAttribute("failedForm", failedForm);
        model.addAttribute("refusal", refusal);
        model.addAttribute("refusalDetail", refusal == null ? null : refusal.detail());
        model.addAttribute("refusalField", refusal == null ? null : refusal.field());
        model.addAttribute("refusalRule", refusal == null ? null : refusal.rule());
        model.addAttribute("sent", refusal == null ? Map.of() : refusal.form());
        return "commission/amendments";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

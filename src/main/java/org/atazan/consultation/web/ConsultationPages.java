package org.atazan.consultation.web;

import jakarta.servlet.http.HttpServletResponse;
import org.atazan.consultation.Author;
import org.atazan.consultation.BulkAction;
import org.atazan.consultation.BulkRefused;
import org.atazan.consultation.AnswerTemplate;
import org.atazan.consultation.Channel;
import org.atazan.consultation.Consultation;
import org.atazan.consultation.ConsultationRegistry;
import org.atazan.consultation.Deadline;
import org.atazan.consultation.Figures;
import org.atazan.consultation.Language;
import org.atazan.consultation.LanguageDetector;
import org.atazan.consultation.NewProposal;
import org.atazan.consultation.Outcome;
import org.atazan.consultation.Proposal;
import org.atazan.consultation.ProposalDesk;
import org.atazan.consultation.ProposalKind;
import org.atazan.consultation.ProposalPage;
import org.atazan.consultation.ProposalQuery;
import org.atazan.consultation.ProposalStatus;
import org.atazan.consultation.ReferenceNumber;
import org.atazan.consultation.StatusRequest;
import org.atazan.kernel.BadInputException;
import org.atazan.platform.AuditTrail;
import org.atazan.platform.Citizen;
import org.atazan.platform.Citizens;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The consultation's pages: the public list and a proposal's page, the propose form, a citizen's own
 * proposals, the secretariat's queue, the figures and the moderation policy. Every form is a plain
 * POST with the CSRF token (added by Thymeleaf); nothing needs JavaScript.
 */
@Controller
class ConsultationPages {
    /** "field wording: ..." from the core: the field a refusal is about, shown at that field. */
    private static final Pattern FIELD = Pattern.compile("^field ([A-Za-z]+):");
    static final int PAGE = 25;

    private final ConsultationRegistry registry;
    private final ConsultationRateLimits limits;
    private final ProposalDesk desk;
    private final ConsultationAccess access;
    private final Citizens citizens;
    private final AuditTrail audit;
    private final org.springframework.beans.factory.ObjectProvider<org.atazan.consultation.ProposalAddition> additions;
    private final org.atazan.consultation.ProposalReactions reactions;
    private final org.springframework.beans.factory.ObjectProvider<org.atazan.consultation.ConsultationAddition> consultationAdditions;

    ConsultationPages(ConsultationRegistry registry, ProposalDesk desk, ConsultationAccess access, Citizens citizens, AuditTrail audit,
                      ConsultationRateLimits limits,
                      org.springframework.beans.factory.ObjectProvider<org.atazan.consultation.ProposalAddition> additions,
                      org.atazan.consultation.ProposalReactions reactions,
                      org.springframework.beans.factory.ObjectProvider<org.atazan.consultation.ConsultationAddition> consultationAdditions) {
        this.reactions = reactions;
        this.consultationAdditions = consultationAdditions;
        this.additions = additions;
        this.limits = limits;
        this.registry = registry;
        this.desk = desk;
        this.access = access;
        this.citizens = citizens;
        this.audit = audit;
    }

    @GetMapping("/consultations")
    String index(Model model) {
        model.addAttribute("consultations", registry.consultations());
        return "consultation/index";
    }

    @GetMapping("/consultations/policy")
    String policy() {
        return "consultation/policy";
    }

    @GetMapping("/consultations/{id}")
    String list(@PathVariable String id, @RequestParam Map<String, String> params, Authentication who, Model model) {
        Consultation c = registry.consultation(id);
        Map<String, String> filters = new TreeMap<>(params);
        filters.remove("lang");
        filters.remove("limit");
        ProposalPage page = registry.list(ListParameters.query(id, withLimit(filters), false, registry.today()));
        common(c, model);
        model.addAttribute("filters", filters);
        model.addAttribute("page", page);
        model.addAttribute("nextParams", next(filters, page.next()));
        model.addAttribute("firstPage", !filters.containsKey("after"));
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute("consultationAdditions", consultationAdditions.orderedStream()
                .flatMap(a -> a.about(id, locale).stream()).toList());
        return "consultation/list";
    }

    @GetMapping("/consultations/{id}/proposals/{reference}")
    String proposal(@PathVariable String id, @PathVariable String reference,
                    @RequestParam(name = "template", required = false) String template, Authentication who, Model model) {
        Consultation c = registry.consultation(id);
        Proposal p = registry.proposal(id, ReferenceNumber.parse("reference", reference));
        common(c, model);
        model.addAttribute("p", p);
        model.addAttribute("history", registry.history(p));
        model.addAttribute("deadline", registry.deadline(p));
        boolean secretariat = access.secretariat(who, id);
        model.addAttribute("secretariat", secretariat);
        model.addAttribute("notes", secretariat ? registry.notes(p) : List.of());
        List<AnswerTemplate> templates = secretariat ? registry.answerTemplates(id) : List.of();
        model.addAttribute("templates", templates);
        model.addAttribute("template", chosen(templates, template, p));
        model.addAttribute("canSupport", who != null && citizens.may(who.getName(), "support")
                && !who.getName().equals(p.author().account()));
        model.addAttribute("signedIn", who != null);
        model.addAttribute("reactions", reactions.counts(id, p.reference()));
        model.addAttribute("canReact", who != null && citizens.may(who.getName(), "react") && !p.hidden());
        model.addAttribute("mine", reactions.mine(id, p.reference(), who == null ? null : who.getName()).orElse(null));
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute("additions", additions.orderedStream()
                .flatMap(a -> a.about(id, p.reference().toString(), locale).stream()).toList());
        return "consultation/proposal";
    }

    @PostMapping("/consultations/{id}/proposals/{reference}/support")
    String support(@PathVariable String id, @PathVariable String reference, Authentication who,
                   jakarta.servlet.http.HttpServletRequest request) {
        access.requireCitizen(who, "support");
        ReferenceNumber ref = ReferenceNumber.parse("reference", reference);
        if (!withinLimits("support", who, request)) return "redirect:/consultations/" + id + "/proposals/" + ref + "?limited";
        boolean counted = desk.support(id, ref, who.getName());
        return "redirect:/consultations/" + id + "/proposals/" + ref + (counted ? "?supported" : "?already");
    }

    @PostMapping("/consultations/{id}/proposals/{reference}/report")
    String report(@PathVariable String id, @PathVariable String reference, @RequestParam(required = false) String reason,
                  @RequestParam(required = false, defaultValue = "abuse") String kind,
                  Authentication who, jakarta.servlet.http.HttpServletRequest request) {
        access.requireCitizen(who, "report");
        ReferenceNumber ref = ReferenceNumber.parse("reference", reference);
        org.atazan.consultation.ReportKind reportKind = org.atazan.consultation.ReportKind.of("kind", kind);
        if (!withinLimits("report", who, request)) return "redirect:/consultations/" + id + "/proposals/" + ref + "?limited";
        // Once per account, as through the API: a second report of the same proposal changes nothing.
        boolean counted = desk.report(id, ref, reportKind, reason, who.getName());
        return "redirect:/consultations/" + id + "/proposals/" + ref + (counted ? "?reported" : "?reportedBefore");
    }

    /** The same limits per account and per address as the API's, counted for page forms too. */
    private boolean withinLimits(String action, Authentication who, jakarta.servlet.http.HttpServletRequest request) {
        try {
            limits.acquire(action, who.getName(), request.getRemoteAddr());
            return true;
        } catch (ConsultationRateLimits.TooMany e) {
            return false;
        }
    }

    @GetMapping("/consultations/{id}/propose")
    String proposeForm(@PathVariable String id, @RequestParam(required = false) String article, Authentication who, Model model) {
        Consultation c = registry.consultation(id);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("article", article == null ? "" : article);
        form.put("kind", "amend");
        form.put("token", UUID.randomUUID().toString());
        proposeModel(c, form, Map.of(), who, model);
        return "consultation/propose";
    }

    @PostMapping("/consultations/{id}/propose")
    String propose(@PathVariable String id, @RequestParam Map<String, String> form, Authentication who, Model model,
                   HttpServletResponse response, jakarta.servlet.http.HttpServletRequest request) {
        Consultation c = registry.consultation(id);
        access.requireCitizen(who, "propose");
        Map<String, String> errors = new LinkedHashMap<>();
        String lang = form.getOrDefault("language", "");
        // "Check the language" shows the guess in the form for the author to confirm or change.
        if ("check".equals(form.get("step"))) {
            LanguageDetector.detect(form.getOrDefault("wording", "") + " " + form.getOrDefault("reasons", ""))
                    .ifPresentOrElse(l -> form.put("language", l.code()), () -> errors.put("language", "consultation.error.language"));
            model.addAttribute("detected", form.get("language"));
            proposeModel(c, form, errors, who, model);
            return "consultation/propose";
        }
        if (!withinLimits("propose", who, request)) {
            errors.put("wording", "consultation.error.limited");
            response.setStatus(429);
            proposeModel(c, form, errors, who, model);
            return "consultation/propose";
        }
        try {
            Citizen me = citizens.find(who.getName()).orElseThrow();
            Proposal p = desk.submit(new NewProposal(id, form.get("article"), kind(form.get("kind")), form.get("wording"),
                    form.get("reasons"), lang.isBlank() ? null : Language.of("language", lang), Channel.PLATFORM, null,
                    new Author(me.account(), me.displayName(), me.region(), false), form.get("token"), null));
            return "redirect:/consultations/" + id + "/proposals/" + p.reference() + "?sent";
        } catch (BadInputException e) {
            errors.put(field(e.getMessage()), "consultation.error." + field(e.getMessage()));
            response.setStatus(422);
            proposeModel(c, form, errors, who, model);
            return "consultation/propose";
        }
    }

    /**
     * The proposals nearest to what a citizen is writing, as a piece of the propose page: the page's script
     * asks for it while the citizen types; without the script the page shows it after "Check the language".
     */
    @GetMapping("/consultations/{id}/similar")
    String similar(@PathVariable String id, @RequestParam(required = false, defaultValue = "") String text,
                   Authentication who, Model model) {
        Consultation c = registry.consultation(id);
        common(c, model);
        similarModel(c, text, who, model);
        return "consultation/similar";
    }

    private void similarModel(Consultation c, String text, Authentication who, Model model) {
        model.addAttribute("similar", registry.similar(c.id(), text, SIMILAR_SHOWN));
        model.addAttribute("mayJoin", who != null && citizens.may(who.getName(), "support"));
    }

    /** Enough to see whether one's point is made already, short enough to read while writing. */
    static final int SIMILAR_SHOWN = 5;

    @GetMapping("/consultations/mine")
    String mine(Authentication who, Model model) {
        if (who == null) return "redirect:/login";
        model.addAttribute("proposals", registry.byAuthor(who.getName()));
        return "consultation/mine";
    }

    @GetMapping("/consultations/{id}/figures")
    String figures(@PathVariable String id, Model model) {
        Consultation c = registry.consultation(id);
        Figures f = registry.figures(id);
        common(c, model);
        model.addAttribute("figures", f);
        model.addAttribute("charts", List.of(
                BarChart.of("article", f.byArticle(), 20), BarChart.of("kind", f.byKind(), 0),
                BarChart.of("status", f.byStatus(), 0), BarChart.of("region", f.byRegion(), 0),
                BarChart.of("channel", f.byChannel(), 0), BarChart.of("week", f.byWeek(), 0)));
        return "consultation/figures";
    }

    @GetMapping("/consultations/{id}/queue")
    String queue(@PathVariable String id, @RequestParam Map<String, String> params, Authentication who, Model model) {
        Consultation c = registry.consultation(id);
        access.requireSecretariat(who, id);
        Map<String, String> filters = new TreeMap<>(params);
        filters.remove("lang");
        filters.remove("limit");
        ProposalPage page = registry.list(ListParameters.query(id, withLimit(filters), true, registry.today()));
        common(c, model);
        model.addAttribute("filters", filters);
        model.addAttribute("page", page);
        model.addAttribute("nextParams", next(filters, page.next()));
        model.addAttribute("outcomes", Outcome.values());
        return "consultation/queue";
    }

    @PostMapping("/consultations/{id}/queue")
    String bulk(@PathVariable String id, @RequestParam Map<String, String> form,
                @RequestParam(name = "selected", required = false) List<String> selected, Authentication who, Model model,
                HttpServletResponse response) {
        Consultation c = registry.consultation(id);
        access.requireSecretariat(who, id);
        try {
            List<ReferenceNumber> refs = selected == null ? List.of()
                    : selected.stream().map(r -> ReferenceNumber.parse("selected", r)).toList();
            int applied = desk.bulk(id, refs, action(form), who.getName());
            audit.record(who.getName(), "proposal.bulk", "consultation", id, form.get("action") + " on " + applied + " proposals");
            return "redirect:/consultations/" + id + "/queue?applied=" + applied;
        } catch (BulkRefused e) {
            response.setStatus(422);
            model.addAttribute("refused", e);
        } catch (BadInputException e) {
            response.setStatus(422);
            model.addAttribute("error", field(e.getMessage()));
            model.addAttribute("errorDetail", e.getMessage());
        }
        common(c, model);
        model.addAttribute("filters", Map.of());
        model.addAttribute("page", registry.list(ListParameters.query(id, Map.of("limit", String.valueOf(PAGE)), true, registry.today())));
        model.addAttribute("nextParams", null);
        model.addAttribute("outcomes", Outcome.values());
        return "consultation/queue";
    }

    @PostMapping("/consultations/{id}/proposals/{reference}/status")
    String status(@PathVariable String id, @PathVariable String reference, @RequestParam Map<String, String> form,
                  Authentication who) {
        access.requireSecretariat(who, id);
        ReferenceNumber ref = ReferenceNumber.parse("reference", reference);
        Proposal p = desk.changeStatus(id, ref, statusRequest(form), who.getName());
        audit.record(who.getName(), "proposal.status", "consultation", id, p.reference() + " " + p.status().code());
        return "redirect:/consultations/" + id + "/proposals/" + ref + "?changed";
    }

    @PostMapping("/consultations/{id}/proposals/{reference}/notes")
    String note(@PathVariable String id, @PathVariable String reference, @RequestParam(required = false) String text,
                Authentication who) {
        access.requireSecretariat(who, id);
        ReferenceNumber ref = ReferenceNumber.parse("reference", reference);
        desk.note(id, ref, text, who.getName());
        return "redirect:/consultations/" + id + "/proposals/" + ref + "?noted#notes";
    }

    @ExceptionHandler(ListParameters.BadParameter.class)
    String badParameter(ListParameters.BadParameter e, Model model, HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("status", 400);
        model.addAttribute("detail", e.getMessage());
        return "error";
    }

    private void common(Consultation c, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("articles", articles(c));
        model.addAttribute("statuses", ProposalStatus.values());
        model.addAttribute("kinds", ProposalKind.values());
        model.addAttribute("languages", Language.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("regions", REGIONS);
        model.addAttribute("outcomes", Outcome.values());
    }

    private void proposeModel(Consultation c, Map<String, String> form, Map<String, String> errors, Authentication who, Model model) {
        common(c, model);
        similarModel(c, form.getOrDefault("wording", ""), who, model);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("mayPropose", who != null && citizens.may(who.getName(), "propose"));
        model.addAttribute("signedIn", who != null);
    }

    /** The version's article numbers in reading order: by number, then by what follows it ("3", "3-1", "10"). */
    private List<String> articles(Consultation c) {
        return registry.articlesOf(c).stream().sorted(java.util.Comparator
                .comparingInt((String a) -> leading(a)).thenComparing(a -> a)).toList();
    }

    private static int leading(String a) {
        int i = 0;
        while (i < a.length() && Character.isDigit(a.charAt(i))) i++;
        return i == 0 || i > 9 ? Integer.MAX_VALUE : Integer.parseInt(a.substring(0, i));
    }

    /**
     * The answer template to start from: the one asked for by id, else the first general one in the
     * proposal's language (the answer goes to its author, so not the reader's language), else none.
     */
    static AnswerTemplate chosen(List<AnswerTemplate> templates, String asked, Proposal p) {
        if (asked != null && asked.matches("\\d{1,18}")) {
            long id = Long.parseLong(asked);
            for (AnswerTemplate t : templates) if (t.id() == id) return t;
        }
        // A general one (for any outcome) first: the outcome is not decided yet when the page opens.
        return templates.stream().filter(t -> t.language() == p.language())
                .min(java.util.Comparator.comparing(t -> t.outcome() != null)).orElse(null);
    }

    static final List<String> REGIONS = List.of("KZ-ABA", "KZ-AKM", "KZ-AKT", "KZ-ALA", "KZ-ALM", "KZ-AST", "KZ-ATY", "KZ-KAR",
            "KZ-KUS", "KZ-KZY", "KZ-MAN", "KZ-PAV", "KZ-SEV", "KZ-SHY", "KZ-VOS", "KZ-YUZ", "KZ-ZAP", "KZ-ZHA", "KZ-ULT", "KZ-ZHT");

    private static Map<String, String> withLimit(Map<String, String> filters) {
        Map<String, String> m = new TreeMap<>(filters);
        m.values().removeIf(String::isBlank);
        m.put("limit", String.valueOf(PAGE));
        return m;
    }

    private static Map<String, String> next(Map<String, String> filters, Long next) {
        if (next == null) return null;
        Map<String, String> m = new TreeMap<>(filters);
        m.values().removeIf(String::isBlank);
        m.put("after", String.valueOf(next));
        return m;
    }

    static String field(String message) {
        Matcher m = FIELD.matcher(message == null ? "" : message);
        return m.find() ? m.group(1) : "form";
    }

    private static ProposalKind kind(String code) {
        return code == null || code.isBlank() ? null : ProposalKind.of("kind", code);
    }

    private static StatusRequest statusRequest(Map<String, String> form) {
        String status = form.get("status");
        String outcome = form.get("outcome");
        String merged = form.get("mergedInto");
        return new StatusRequest(status == null || status.isBlank() ? null : ProposalStatus.of("status", status),
                outcome == null || outcome.isBlank() ? null : Outcome.of("outcome", outcome),
                merged == null || merged.isBlank() ? null : ReferenceNumber.parse("mergedInto", merged), form.get("reason"));
    }

    private static BulkAction action(Map<String, String> form) {
        return switch (form.getOrDefault("action", "")) {
            case "status" -> new BulkAction.ChangeStatus(statusRequest(form));
            case "assign" -> new BulkAction.Assign(form.get("assignee"));
            case "hide" -> new BulkAction.Hide(form.get("reason"));
            default -> throw new BadInputException("field action: one of status, assign, hide");
        };
    }

    /** A horizontal bar chart's geometry: bars scaled to the largest count, with five ticks on the axis. */
    record BarChart(String name, List<Bar> bars, long max, List<Long> ticks, int height) {
        record Bar(String key, long count, double width, int y) {
        }

        static final int ROW = 22;

        static BarChart of(String name, List<org.atazan.consultation.Count> counts, int top) {
            List<org.atazan.consultation.Count> shown = top > 0 && counts.size() > top ? counts.subList(0, top) : counts;
            long largest = shown.stream().mapToLong(org.atazan.consultation.Count::count).max().orElse(0);
            long step = niceStep(largest);
            long max = Math.max(step, ((largest + step - 1) / step) * step);
            List<Bar> bars = new ArrayList<>();
            for (int i = 0; i < shown.size(); i++) {
                var x = shown.get(i);
                bars.add(new Bar(x.key(), x.count(), 100.0 * x.count() / max, i * ROW));
            }
            List<Long> ticks = new ArrayList<>();
            for (long t = 0; t <= max; t += step) ticks.add(t);
            return new BarChart(name, bars, max, ticks, shown.size() * ROW);
        }

        /** A round step (1, 2 or 5 times a power of ten) giving four or five ticks. */
        static long niceStep(long largest) {
            if (largest <= 4) return 1;
            double raw = largest / 4.0;
            long pow = (long) Math.pow(10, Math.floor(Math.log10(raw)));
            for (long f : new long[]{1, 2, 5, 10}) if (f * pow >= raw) return f * pow;
            return 10 * pow;
        }

        public double tickPercent(long t) {
            return 100.0 * t / max;
        }
    }
}

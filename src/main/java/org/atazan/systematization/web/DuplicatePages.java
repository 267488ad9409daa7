package org.atazan.systematization.web;

import org.atazan.consultation.Consultation;
import org.atazan.consultation.ConsultationRegistry;
import org.atazan.consultation.Proposal;
import org.atazan.consultation.ProposalReactions;
import org.atazan.consultation.ReferenceNumber;
import org.atazan.kernel.BadInputException;
import org.atazan.systematization.DuplicateDesk;
import org.atazan.systematization.DuplicateGroup;
import org.atazan.systematization.DuplicateRun;
import org.atazan.systematization.DuplicateStore;
import org.atazan.systematization.NearDuplicates;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Near-duplicate groups on the platform. Public: one representative per group with its count
 * ({@code /consultations/{id}/duplicates}), every member of a group, and the method with its thresholds.
 * The secretariat's systematization page: search again, confirm, split or merge each group.
 */
@Controller
class DuplicatePages {
    /** Groups per page, and members per page of a group. */
    static final int GROUPS_PER_PAGE = 50;
    static final int MEMBERS_PER_PAGE = 200;
    /** The article filter's value for proposals on the whole text. */
    static final String WHOLE = "whole";
    static final String KIND = "duplicates";
    private final ConsultationRegistry registry;
    private final DuplicateDesk desk;
    private final DuplicateAccess access;
    private final ProposalReactions reactions;
    private final SystematizationRuns runs;
    private final org.atazan.systematization.TopicDesk topics;
    private final ZoneId zone;

    DuplicatePages(ConsultationRegistry registry, DuplicateDesk desk, DuplicateAccess access, ProposalReactions reactions,
                   SystematizationRuns runs, org.atazan.systematization.TopicDesk topics,
                   @org.springframework.beans.factory.annotation.Value("${atazan.consultation.zone:Asia/Almaty}") ZoneId zone) {
        this.registry = registry;
        this.desk = desk;
        this.access = access;
        this.reactions = reactions;
        this.runs = runs;
        this.topics = topics;
        this.zone = zone;
    }

    /** A group as listed: its representative proposal, its size in the reader's digits, and how many a person confirmed. */
    record Row(Proposal representative, int size, String count, boolean confirmed, int unconfirmed, List<Member> members) {
    }

    record Member(Proposal proposal, boolean confirmed) {
    }

    /** A topical cluster on the desk: its label, article, count in the reader's digits, and whether a person kept it. */
    record TopicLine(long id, String label, String article, String count, boolean kept) {
    }

    @GetMapping("/consultations/{id}/duplicates")
    String list(@PathVariable String id, @RequestParam(defaultValue = "1") String page,
                @RequestParam(required = false) String article, Authentication who, Model model) {
        Consultation c = registry.consultation(id);
        Optional<Optional<String>> on = selected(c, article, model);
        int p = common(c, model, on, page);
        model.addAttribute("rows", desk.summaries(id, on, (p - 1) * GROUPS_PER_PAGE, GROUPS_PER_PAGE).stream()
                .map(g -> row(id, g, false)).toList());
        model.addAttribute("secretariat", access.secretariat(who, id));
        return "systematization/duplicates";
    }

    @GetMapping("/consultations/{id}/duplicates/{reference}")
    String group(@PathVariable String id, @PathVariable String reference, @RequestParam(defaultValue = "1") String page, Model model) {
        Consultation c = registry.consultation(id);
        DuplicateGroup g = desk.group(id, ReferenceNumber.parse("reference", reference));
        int p = Paging.page(page, g.size(), MEMBERS_PER_PAGE);
        NumberFormat integer = NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale());
        model.addAttribute("c", c);
        model.addAttribute("representative", registry.proposal(id, g.representative()));
        model.addAttribute("count", integer.format(g.size()));
        model.addAttribute("members", g.members().stream().skip((long) (p - 1) * MEMBERS_PER_PAGE).limit(MEMBERS_PER_PAGE)
                .map(m -> new Member(registry.proposal(id, m), g.confirmed().contains(m))).toList());
        model.addAttribute("page", p);
        model.addAttribute("pages", Paging.pages(g.size(), MEMBERS_PER_PAGE));
        return "systematization/duplicate-group";
    }

    @GetMapping("/consultations/duplicates/method")
    String method(Model model) {
        NearDuplicates.Settings s = desk.settings();
        Locale locale = LocaleContextHolder.getLocale();
        NumberFormat integer = NumberFormat.getIntegerInstance(locale);
        NumberFormat share = NumberFormat.getNumberInstance(locale);
        share.setMaximumFractionDigits(2);
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(2);
        int rows = s.hashes() / s.bands();
        model.addAttribute("shingle", integer.format(s.shingle()));
        model.addAttribute("hashes", integer.format(s.hashes()));
        model.addAttribute("bands", integer.format(s.bands()));
        model.addAttribute("rows", integer.format(rows));
        model.addAttribute("threshold", share.format(s.threshold()));
        model.addAttribute("chances", List.of(0.3, 0.5, 0.7, 0.9).stream().map(j -> List.of(share.format(j),
                percent.format(1 - Math.pow(1 - Math.pow(j, rows), s.bands())))).toList());
        return "systematization/duplicates-method";
    }

    @GetMapping("/consultations/{id}/systematization")
    String deskPage(@PathVariable String id, @RequestParam(defaultValue = "1") String page,
                    @RequestParam(required = false) String article, Authentication who, Model model) {
        Consultation c = registry.consultation(id);
        access.requireSecretariat(who, id);
        Optional<Optional<String>> on = selected(c, article, model);
        int p = common(c, model, on, page);
        model.addAttribute("rows", desk.summaries(id, on, (p - 1) * GROUPS_PER_PAGE, GROUPS_PER_PAGE).stream()
                .map(g -> row(id, g, true)).toList());
        model.addAttribute("reactions", reactions.any(id));
        model.addAttribute("running", runs.running(KIND, id));
        // The clusters of the same article to review: those no person has named, merged or split yet first.
        NumberFormat integer = NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale());
        model.addAttribute("topicsRun", topics.lastRun(id).isPresent());
        model.addAttribute("topics", topics.topics(id, on).stream()
                .sorted(java.util.Comparator.comparing(org.atazan.systematization.TopicStore.Topic::kept))
                .limit(GROUPS_PER_PAGE).map(t -> new TopicLine(t.id(), TopicPages.label(t), t.article(), integer.format(t.size()), t.kept()))
                .toList());
        model.addAttribute("failure", runs.failure(KIND, id).orElse(null));
        return "systematization/desk";
    }

    @PostMapping("/consultations/{id}/systematization/run")
    String run(@PathVariable String id, Authentication who) {
        registry.consultation(id);
        access.requireSecretariat(who, id);
        // At campaign scale a search takes seconds to minutes: it runs off the request, and the page says so.
        runs.submit(KIND, id, () -> desk.run(id));
        return "redirect:/consultations/" + id + "/systematization?ran";
    }

    @PostMapping("/consultations/{id}/duplicates/{reference}/confirm")
    String confirm(@PathVariable String id, @PathVariable String reference, Authentication who) {
        registry.consultation(id);
        access.requireSecretariat(who, id);
        desk.confirm(id, ReferenceNumber.parse("reference", reference), who.getName());
        return "redirect:/consultations/" + id + "/systematization?confirmed=" + reference + "#g-" + reference;
    }

    @PostMapping("/consultations/{id}/duplicates/{reference}/split")
    String split(@PathVariable String id, @PathVariable String reference,
                 @RequestParam(name = "out", required = false) List<String> out, Authentication who) {
        registry.consultation(id);
        access.requireSecretariat(who, id);
        List<ReferenceNumber> refs = out == null ? List.of() : out.stream().map(r -> ReferenceNumber.parse("out", r)).toList();
        desk.split(id, ReferenceNumber.parse("reference", reference), refs, who.getName());
        return "redirect:/consultations/" + id + "/systematization?split=" + reference;
    }

    @PostMapping("/consultations/{id}/duplicates/{reference}/merge")
    String merge(@PathVariable String id, @PathVariable String reference, @RequestParam(required = false) String reason,
                 Authentication who) {
        registry.consultation(id);
        access.requireSecretariat(who, id);
        if (reason == null || reason.isBlank()) throw new BadInputException("field reason: a merge gives its public reason");
        desk.merge(id, ReferenceNumber.parse("reference", reference), reason, who.getName());
        return "redirect:/consultations/" + id + "/systematization?merged=" + reference + "#g-" + reference;
    }

    /**
     * The groups of one article ({@code whole}: the whole text; none: all), with the choice of articles
     * that have groups put in the model. An article the consultation's version lacks is bad input.
     */
    private Optional<Optional<String>> selected(Consultation c, String article, Model model) {
        model.addAttribute("articles", desk.articles(c.id()).stream().map(a -> a == null ? WHOLE : a).toList());
        String a = article == null ? "" : article.strip();
        model.addAttribute("article", a);
        if (a.isEmpty()) return Optional.empty();
        if (a.equals(WHOLE)) return Optional.of(Optional.empty());
        if (!registry.articlesOf(c).contains(a)) {
            throw new BadInputException("parameter article: version '" + c.versionId() + "' of charter '" + c.charterId()
                    + "' has no article '" + (a.length() > 20 ? a.substring(0, 20) : a) + "'");
        }
        return Optional.of(Optional.of(a));
    }

    /** The run's and the selection's figures in the reader's language; returns the page asked for, checked. */
    private int common(Consultation c, Model model, Optional<Optional<String>> on, String pageText) {
        Locale locale = LocaleContextHolder.getLocale();
        NumberFormat integer = NumberFormat.getIntegerInstance(locale);
        DuplicateRun run = desk.lastRun(c.id()).orElse(null);
        long[] totals = desk.totals(c.id(), on);
        int page = Paging.page(pageText, (int) totals[0], GROUPS_PER_PAGE);
        model.addAttribute("c", c);
        model.addAttribute("run", run);
        if (run != null) {
            model.addAttribute("ranOn", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                    .format(run.at().atZone(zone)));
            model.addAttribute("proposals", integer.format(run.proposals()));
        }
        model.addAttribute("groupCount", integer.format(totals[0]));
        model.addAttribute("grouped", integer.format(totals[1]));
        model.addAttribute("page", page);
        model.addAttribute("pages", Paging.pages((int) totals[0], GROUPS_PER_PAGE));
        return page;
    }

    private Row row(String id, DuplicateStore.Summary g, boolean withMembers) {
        NumberFormat integer = NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale());
        List<Member> members = List.of();
        int unconfirmed = 0;
        if (withMembers) {
            DuplicateGroup group = desk.group(id, g.representative());
            members = group.members().stream().limit(MEMBERS_PER_PAGE)
                    .map(m -> new Member(registry.proposal(id, m), group.confirmed().contains(m))).toList();
            unconfirmed = group.unconfirmed().size();
        }
        return new Row(registry.proposal(id, g.representative()), g.size(), integer.format(g.size()), g.confirmed(), unconfirmed, members);
    }
}

package org.atazan.systematization.web;

import org.atazan.consultation.Consultation;
import org.atazan.consultation.ConsultationRegistry;
import org.atazan.consultation.Proposal;
import org.atazan.consultation.ReferenceNumber;
import org.atazan.kernel.BadInputException;
import org.atazan.kernel.NotFoundException;
import org.atazan.systematization.TopicClustering;
import org.atazan.systematization.TopicDesk;
import org.atazan.systematization.TopicStore;
import org.springframework.beans.factory.annotation.Value;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What each article's proposals are about. Public: the clusters of an article (or of all) with their
 * telling terms, two representative proposals per language, and their counts as a chart with its
 * table; a cluster's page with all its members. The secretariat: group again (off the request), name,
 * merge and split clusters; what it decides is kept at every re-run.
 */
@Controller
class TopicPages {
    static final String KIND = "topics";
    static final int CLUSTERS_PER_PAGE = 50;
    static final int MEMBERS_PER_PAGE = 200;
    /** Bars in a chart: the largest clusters; the table lists them all. */
    static final int BARS = 20;
    private final ConsultationRegistry registry;
    private final TopicDesk desk;
    private final DuplicateAccess access;
    private final SystematizationRuns runs;
    private final ZoneId zone;

    TopicPages(ConsultationRegistry registry, TopicDesk desk, DuplicateAccess access, SystematizationRuns runs,
               @Value("${atazan.consultation.zone:Asia/Almaty}") ZoneId zone) {
        this.registry = registry;
        this.desk = desk;
        this.access = access;
        this.runs = runs;
        this.zone = zone;
    }

    /** A representative as shown: the proposal (its wording in its own language) or nothing when it is now hidden. */
    record Described(String language, String size, List<String> terms, List<Proposal> representatives) {
    }

    /** A cluster as listed: its label (a person's name, or its first terms), article, count, descriptions. */
    record Row(long id, String label, boolean named, String article, boolean kept, int size, String count, List<Described> descriptions) {
    }

    /** A bar of the chart: its cluster, width in per cent of the largest, count in the reader's digits. */
    record Bar(Row row, double width) {
    }

    @GetMapping("/consultations/{id}/topics")
    String list(@PathVariable String id, @RequestParam(required = false) String article,
                @RequestParam(defaultValue = "1") String page, Authentication who, Model model) {
        Consultation c = registry.consultation(id);
        Optional<Optional<String>> on = selected(c, article, model);
        List<TopicStore.Topic> all = desk.topics(id, on);
        int p = Paging.page(page, all.size(), CLUSTERS_PER_PAGE);
        List<Row> rows = all.stream().skip((long) (p - 1) * CLUSTERS_PER_PAGE).limit(CLUSTERS_PER_PAGE).map(t -> row(c, t)).toList();
        common(c, model);
        model.addAttribute("rows", rows);
        model.addAttribute("total", integer().format(all.size()));
        model.addAttribute("grouped", integer().format(all.stream().mapToLong(TopicStore.Topic::size).sum()));
        List<Row> top = all.stream().limit(BARS).map(t -> row(c, t)).toList();
        int max = top.stream().mapToInt(Row::size).max().orElse(1);
        model.addAttribute("bars", top.stream().map(r -> new Bar(r, 100.0 * r.size() / Math.max(1, max))).toList());
        model.addAttribute("ticks", ticks(max));
        model.addAttribute("max", max);
        model.addAttribute("page", p);
        model.addAttribute("pages", Paging.pages(all.size(), CLUSTERS_PER_PAGE));
        model.addAttribute("secretariat", access.secretariat(who, id));
        return "systematization/topics";
    }

    @GetMapping("/consultations/{id}/topics/{topic}")
    String topic(@PathVariable String id, @PathVariable String topic, @RequestParam(defaultValue = "1") String page,
                 Authentication who, Model model, Locale locale) {
        Consultation c = registry.consultation(id);
        TopicStore.Topic t = desk.topic(id, topicId(topic));
        int p = Paging.page(page, t.size(), MEMBERS_PER_PAGE);
        common(c, model);
        model.addAttribute("t", row(c, t));
        model.addAttribute("members", desk.members(id, t.id(), (p - 1) * MEMBERS_PER_PAGE, MEMBERS_PER_PAGE).stream()
                .map(r -> registry.proposal(id, r)).toList());
        model.addAttribute("page", p);
        model.addAttribute("pages", Paging.pages(t.size(), MEMBERS_PER_PAGE));
        boolean secretariat = access.secretariat(who, id);
        model.addAttribute("secretariat", secretariat);
        if (secretariat) {
            model.addAttribute("others", desk.topics(id, Optional.of(Optional.ofNullable(t.article()))).stream()
                    .filter(o -> o.id() != t.id()).map(o -> row(c, o)).toList());
        }
        model.addAttribute("nameMax", TopicDesk.NAME_MAX);
        model.addAttribute("citations", desk.citations(id, t.id(), locale));
        return "systematization/topic";
    }

    @PostMapping("/consultations/{id}/topics/run")
    String run(@PathVariable String id, Authentication who) {
        registry.consultation(id);
        access.requireSecretariat(who, id);
        runs.submit(KIND, id, () -> desk.run(id));
        return "redirect:/consultations/" + id + "/topics?queued";
    }

    @PostMapping("/consultations/{id}/topics/{topic}/rename")
    String rename(@PathVariable String id, @PathVariable String topic, @RequestParam(required = false) String name, Authentication who) {
        registry.consultation(id);
        access.requireSecretariat(who, id);
        long t = topicId(topic);
        desk.rename(id, t, name, who.getName());
        return "redirect:/consultations/" + id + "/topics/" + t + "?renamed";
    }

    @PostMapping("/consultations/{id}/topics/{topic}/merge")
    String merge(@PathVariable String id, @PathVariable String topic, @RequestParam(name = "with", required = false) List<String> with,
                 Authentication who) {
        registry.consultation(id);
        access.requireSecretariat(who, id);
        long t = topicId(topic);
        List<Long> others = new ArrayList<>();
        if (with != null) for (String w : with) others.add(topicId("with", w));
        if (others.isEmpty()) throw new BadInputException("field with: choose the clusters to merge into this one");
        desk.merge(id, t, others, who.getName());
        // The merged cluster's terms and representatives are found again over all its members.
        runs.submit(KIND, id, () -> desk.run(id));
        return "redirect:/consultations/" + id + "/topics/" + t + "?merged";
    }

    @PostMapping("/consultations/{id}/topics/{topic}/split")
    String split(@PathVariable String id, @PathVariable String topic, @RequestParam(name = "out", required = false) List<String> out,
                 @RequestParam(required = false) String name, Authentication who) {
        registry.consultation(id);
        access.requireSecretariat(who, id);
        long t = topicId(topic);
        List<ReferenceNumber> refs = out == null ? List.of() : out.stream().map(r -> ReferenceNumber.parse("out", r)).toList();
        TopicStore.Topic created = desk.split(id, t, refs, name, who.getName());
        runs.submit(KIND, id, () -> desk.run(id));
        return "redirect:/consultations/" + id + "/topics/" + created.id() + "?split";
    }

    private void common(Consultation c, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("c", c);
        TopicStore.Run run = desk.lastRun(c.id()).orElse(null);
        model.addAttribute("run", run);
        if (run != null) {
            model.addAttribute("ranOn", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                    .format(run.at().atZone(zone)));
            model.addAttribute("proposals", integer().format(run.proposals()));
        }
        model.addAttribute("running", runs.running(KIND, c.id()));
        model.addAttribute("failure", runs.failure(KIND, c.id()).orElse(null));
    }

    private Row row(Consultation c, TopicStore.Topic t) {
        NumberFormat integer = integer();
        List<Described> ds = t.descriptions().stream().map(d -> new Described(d.language().code(), integer.format(d.size()), d.terms(),
                d.representatives().stream().map(k -> shown(c, TopicDesk.reference(k))).flatMap(Optional::stream).toList())).toList();
        return new Row(t.id(), label(t), t.name() != null, t.article(), t.kept(), t.size(), integer.format(t.size()), ds);
    }

    /** A person's name for the cluster, or its first three telling terms. */
    static String label(TopicStore.Topic t) {
        if (t.name() != null) return t.name();
        return t.descriptions().stream().filter(d -> !d.terms().isEmpty()).findFirst()
                .map(d -> String.join(" · ", d.terms().subList(0, Math.min(3, d.terms().size())))).orElse("#" + t.id());
    }

    private Optional<Proposal> shown(Consultation c, ReferenceNumber r) {
        try {
            Proposal p = registry.proposal(c.id(), r);
            return p.hidden() ? Optional.empty() : Optional.of(p);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The clusters of one article ({@code whole}: the whole text; none: all), with the articles that have clusters. */
    private Optional<Optional<String>> selected(Consultation c, String article, Model model) {
        model.addAttribute("articles", desk.articles(c.id()).stream().map(a -> a == null ? DuplicatePages.WHOLE : a).toList());
        String a = article == null ? "" : article.strip();
        model.addAttribute("article", a);
        if (a.isEmpty()) return Optional.empty();
        if (a.equals(DuplicatePages.WHOLE)) return Optional.of(Optional.empty());
        if (!registry.articlesOf(c).contains(a)) {
            throw new BadInputException("parameter article: version '" + c.versionId() + "' of charter '" + c.charterId()
                    + "' has no article '" + (a.length() > 20 ? a.substring(0, 20) : a) + "'");
        }
        return Optional.of(Optional.of(a));
    }

    private static long topicId(String text) {
        return topicId("topic", text);
    }

    private static long topicId(String field, String text) {
        try {
            long id = Long.parseLong(text.strip());
            if (id > 0) return id;
        } catch (NumberFormatException e) {
            // below
        }
        throw new BadInputException((field.equals("topic") ? "path " : "field ") + field + ": '"
                + (text.length() > 20 ? text.substring(0, 20) : text) + "' is not a cluster's number");
    }

    /** Round ticks (1, 2 or 5 times a power of ten) from 0 to at least the largest count. */
    static List<Integer> ticks(int max) {
        int step = 1;
        while (max / step > 5) {
            if (max / (step * 2) <= 5) step *= 2;
            else if (max / (step * 5) <= 5) step *= 5;
            else step *= 10;
        }
        List<Integer> t = new ArrayList<>();
        for (int v = 0; v <= max; v += step) t.add(v);
        return t;
    }

    private static NumberFormat integer() {
        return NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale());
    }
}

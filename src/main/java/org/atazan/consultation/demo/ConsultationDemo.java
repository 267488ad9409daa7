package org.atazan.consultation.demo;

import org.atazan.charter.Article;
import org.atazan.charter.CharterLibrary;
import org.atazan.charter.CharterVersion;
import org.atazan.charter.Division;
import org.atazan.charter.Part;
import org.atazan.consultation.Author;
import org.atazan.consultation.Consultation;
import org.atazan.consultation.ConsultationRegistry;
import org.atazan.consultation.ConsultationStore;
import org.atazan.consultation.Deadline;
import org.atazan.consultation.Proposal;
import org.atazan.consultation.ProposalStatus;
import org.atazan.consultation.ReferenceNumber;
import org.atazan.consultation.StatusChange;
import org.atazan.consultation.WorkingDays;
import org.atazan.consultation.demo.SampleProposals.Sample;
import org.atazan.consultation.demo.SampleProposals.Step;
import org.atazan.platform.DemoDataSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo consultation: GENERATED SAMPLE proposals (not real ones) on Kazakhstan's 2026 text, dated
 * over the six months before the platform's clock. Written straight to the store with their past
 * dates (the desk would date every step today, leaving nothing overdue); no events are published,
 * as no one decided anything. The consultation's id ends in {@code -sample}, which every page shows.
 */
@Component
class ConsultationDemo implements DemoDataSet {
    static final String ID = "kz-2026" + Consultation.SAMPLE_SUFFIX;
    static final String TITLE = "Kazakhstan 2026 — GENERATED SAMPLE proposals, not real ones";
    /** The title in each page language: a kk or ru page shows no English. */
    static final Map<String, String> TITLES = Map.of(
            "en", TITLE,
            "kk", "Қазақстан 2026 — ойдан құрылған үлгі ұсыныстар, нақты емес",
            "ru", "Казахстан 2026 — сгенерированные образцы предложений, не настоящие");
    static final long SEED = 2026;
    static final int COUNT = 2_400;

    private final CharterLibrary charters;
    private final ConsultationRegistry registry;
    private final ConsultationStore store;
    private final Clock clock;
    private final ZoneId zone;
    private final JdbcTemplate jdbc;

    ConsultationDemo(CharterLibrary charters, ConsultationRegistry registry, ConsultationStore store, Clock clock,
                     @Value("${atazan.consultation.zone:Asia/Almaty}") ZoneId zone, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.charters = charters;
        this.registry = registry;
        this.store = store;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public String name() {
        // After "charter-1": the consultation needs the 2026 text.
        return "consultation-1";
    }

    @Override
    public void load(Path sharedData) {
        CharterVersion v = charters.version("kz", "2026");
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Consultation c = registry.open(new Consultation(ID, TITLE, "kz", "2026", Consultation.DEFAULT_DEADLINE_DAYS,
                today.minusDays(SampleProposals.DAYS), WorkingDays.KAZAKHSTAN, TITLES), "demo");
        WorkingDays calendar = registry.calendar(c);
        List<Sample> samples = new SampleProposals(SEED, now, topics(v)).generate(COUNT);
        List<ReferenceNumber> refs = new ArrayList<>(samples.size());
        for (Sample s : samples) refs.add(store(c, calendar, s, refs));
    }

    /** The sections of the version and their articles, the topic read from each section's heading. */
    static List<SampleProposals.Topic> topics(CharterVersion v) {
        List<SampleProposals.Topic> out = new ArrayList<>();
        for (Division d : v.text().divisions()) {
            List<String> articles = new ArrayList<>();
            for (Part p : d.children()) if (p instanceof Article a && !a.repealed()) articles.add(a.number());
            if (!articles.isEmpty()) out.add(new SampleProposals.Topic(SampleProposals.topicOf(d.heading()), d.heading(), articles));
        }
        return out;
    }

    private ReferenceNumber store(Consultation c, WorkingDays calendar, Sample s, List<ReferenceNumber> earlier) {
        int year = s.receivedAt().atZone(zone).getYear();
        ReferenceNumber ref = new ReferenceNumber(year, store.nextSequence(c.id(), year));
        Author author = new Author(null, s.displayName(), s.region(), false);
        Proposal p = new Proposal(0, c.id(), ref, s.article(), s.kind(), s.wording(), s.reasons(), s.language(), s.channel(),
                s.externalId(), author, ProposalStatus.RECEIVED, null, null, "", s.receivedAt(), null, null, null, 0, null);
        long id = store.insert(p, null, new StatusChange(ProposalStatus.RECEIVED, null, null,
                "received through " + s.channel().code(), s.receivedAt(), null));
        LocalDate registered = null;
        LocalDate due = null;
        Step last = null;
        for (Step step : s.steps()) {
            if (step.status() == ProposalStatus.REGISTERED) {
                registered = LocalDate.ofInstant(step.at(), zone);
                due = Deadline.due(calendar, registered, c.deadlineDays());
            }
            ReferenceNumber merged = step.mergedInto() >= 0 ? earlier.get(step.mergedInto()) : null;
            store.appendHistory(id, new StatusChange(step.status(), step.outcome(), merged, step.reason(), step.at(), "demo"));
            last = step;
        }
        if (last != null || s.hiddenReason() != null) {
            store.update(new Proposal(id, c.id(), ref, s.article(), s.kind(), s.wording(), s.reasons(), s.language(), s.channel(),
                    s.externalId(), author, s.status(), last == null ? null : last.outcome(),
                    last == null || last.mergedInto() < 0 ? null : earlier.get(last.mergedInto()),
                    last != null && last.outcome() != null ? last.reason() : "", s.receivedAt(), registered, due,
                    s.hiddenReason(), 0, null));
        }
        if (s.supports() > 0) {
            // Supporters are sample accounts that do not exist: only the count means something. One statement
            // per proposal rather than one per support keeps the demo's start short.
            jdbc.update("INSERT INTO consultation_support (proposal_id, account, at) SELECT ?, 'sample-supporter-' || k, ?"
                    + " FROM generate_series(1, ?) k", id, java.sql.Timestamp.from(s.receivedAt()), s.supports());
            jdbc.update("UPDATE consultation_proposal SET supports = ? WHERE id = ?", s.supports(), id);
        }
        return ref;
    }
}

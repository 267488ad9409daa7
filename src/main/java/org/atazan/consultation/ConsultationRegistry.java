package org.atazan.consultation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.atazan.kernel.BadInputException;
import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.NotFoundException;
import org.atazan.kernel.UnitOfWork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Opens consultations and reads them, their proposals, deadlines and figures. */
public final class ConsultationRegistry {
    private final ConsultationStore store;
    private final ArticleIndex index;
    private final UnitOfWork work;
    private final DomainEvents events;
    private final Clock clock;
    private final ProposalFinder finder;
    // A version never changes once published: its article numbers are read once.
    private final Cache<String, Set<String>> articles = Caffeine.newBuilder().maximumSize(64).build();
    private final Cache<String, WorkingDays> calendars = Caffeine.newBuilder().maximumSize(8).build();
    // A consultation is never changed once opened: a page of proposals asks for it once per row (deadlines).
    private final Cache<String, Consultation> opened = Caffeine.newBuilder().maximumSize(256).build();

    public ConsultationRegistry(ConsultationStore store, ArticleIndex index, UnitOfWork work, DomainEvents events, Clock clock) {
        this(store, index, work, events, clock, ProposalFinder.NONE);
    }

    public ConsultationRegistry(ConsultationStore store, ArticleIndex index, UnitOfWork work, DomainEvents events, Clock clock,
                                ProposalFinder finder) {
        this.store = store;
        this.index = index;
        this.work = work;
        this.events = events;
        this.clock = clock;
        this.finder = finder;
    }

    public Consultation open(Consultation c, String by) {
        articlesOf(c);
        try {
            WorkingDays.shipped(c.calendar());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("field calendar: " + e.getMessage());
        }
        return work.call(() -> {
            if (store.consultation(c.id()).isPresent()) throw new BadInputException("field id: consultation '" + c.id() + "' exists");
            store.create(c);
            for (AnswerTemplate t : AnswerTemplate.defaults(c.id())) store.addAnswerTemplate(t);
            events.publish(new ConsultationOpened(c.id(), c.title(), c.charterId(), c.versionId(), c.deadlineDays(), by, clock.instant()));
            return c;
        });
    }

    public Consultation consultation(String id) {
        Consultation known = id == null ? null : opened.getIfPresent(id);
        if (known != null) return known;
        Consultation c = store.consultation(id).orElseThrow(() -> new NotFoundException("no consultation '" + Codes.shorten(String.valueOf(id)) + "'"));
        opened.put(id, c);
        return c;
    }

    public List<Consultation> consultations() {
        return store.consultations();
    }

    /** The article numbers of the consultation's charter version. */
    public Set<String> articlesOf(Consultation c) {
        return articles.get(c.charterId() + "\u0000" + c.versionId(), k -> index.articles(c.charterId(), c.versionId())
                .orElseThrow(() -> new BadInputException("field versionId: charter '" + c.charterId() + "' has no version '"
                        + c.versionId() + "'")));
    }

    public WorkingDays calendar(Consultation c) {
        return calendars.get(c.calendar(), WorkingDays::shipped);
    }

    public Proposal proposal(String consultationId, ReferenceNumber ref) {
        consultation(consultationId);
        return store.find(consultationId, ref).orElseThrow(() -> new NotFoundException("no proposal " + ref + " in '" + consultationId + "'"));
    }

    public List<StatusChange> history(Proposal p) {
        return store.history(p.id());
    }

    /** The proposal's deadline today, or null before it is registered. */
    public Deadline deadline(Proposal p) {
        if (p.due() == null) return null;
        Consultation c = consultation(p.consultationId());
        return Deadline.of(calendar(c), p.due(), p.answered(), today());
    }

    public ProposalPage list(ProposalQuery q) {
        consultation(q.consultationId());
        return store.list(q);
    }

    public Figures figures(String consultationId) {
        consultation(consultationId);
        return store.figures(consultationId);
    }

    public List<Proposal> byAuthor(String account) {
        return store.byAuthor(account);
    }

    /** The most a lookup returns, and the shortest text worth looking up (fewer letters match everything). */
    public static final int SIMILAR_MAX = 10;
    public static final int SIMILAR_MIN_CHARS = 12;
    /** Below this trigram similarity a proposal shares only common words: not shown as similar (the store's lookup). */
    static final double SIMILAR_FLOOR = 0.2;
    /** Only the start of a long text is compared: enough to tell, and the lookup stays fast. */
    static final int SIMILAR_TEXT_CHARS = 1000;

    /**
     * The proposals nearest to a text a citizen is writing, nearest first, so that they can support one
     * instead of sending it again. Hidden proposals are left out.
     */
    public List<Similar> similar(String consultationId, String text, int limit) {
        consultation(consultationId);
        String t = text == null ? "" : text.strip();
        if (t.codePointCount(0, t.length()) < SIMILAR_MIN_CHARS) return List.of();
        if (t.length() > SIMILAR_TEXT_CHARS) t = t.substring(0, SIMILAR_TEXT_CHARS);
        int n = Math.max(1, Math.min(limit, SIMILAR_MAX));
        // Asked for a few more than shown: one found may have been hidden since it was indexed.
        var found = finder.nearest(consultationId, (after, max) -> store.textsAfter(consultationId, after, max), t, n + 5);
        if (found.isEmpty()) return store.nearest(consultationId, t, n, SIMILAR_FLOOR);
        Map<Long, Proposal> shown = new java.util.HashMap<>();
        for (Proposal p : store.shownByIds(consultationId, found.get().stream().map(ProposalFinder.Found::id).toList())) {
            shown.put(p.id(), p);
        }
        return found.get().stream().filter(f -> shown.containsKey(f.id())).limit(n)
                .map(f -> new Similar(shown.get(f.id()), f.similarity())).toList();
    }

    /** The consultation's answer templates: kk, ru, en, each by name. Internal to the secretariat. */
    public List<AnswerTemplate> answerTemplates(String consultationId) {
        consultation(consultationId);
        return store.answerTemplates(consultationId).stream()
                .sorted(java.util.Comparator.comparing(AnswerTemplate::language).thenComparing(AnswerTemplate::name)
                        .thenComparingLong(AnswerTemplate::id))
                .toList();
    }

    public List<Note> notes(Proposal p) {
        return store.notes(p.id());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every proposal of a consultation that is not hidden, in reference order, one at a time (bounded memory). */
    public void forEachPublic(String consultationId, java.util.function.Consumer<Proposal> each) {
        consultation(consultationId);
        store.forEachPublic(consultationId, each);
    }

    /** The accounts supporting a proposal, for the notices a merge sends. */
    public List<String> supporters(Proposal p) {
        return store.supporters(p.id());
    }
}

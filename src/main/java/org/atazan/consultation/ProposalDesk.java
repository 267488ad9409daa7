package org.atazan.consultation;

import org.atazan.kernel.GroupCommit;
import org.atazan.kernel.BadInputException;
import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.NotFoundException;
import org.atazan.kernel.UnitOfWork;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The consultation's decisions: a proposal received (a reference number allocated in the same unit of
 * work), supported, moved through its statuses and answered, hidden by moderation, assigned, noted on;
 * bulk actions over a selection, all or nothing. Each decision is one unit of work with its events.
 */
public final class ProposalDesk {
    /** The most proposals one bulk action may select. */
    public static final int MAX_BULK = 5_000;
    /** The most proposals one merge may answer: a mass campaign's group, in one unit of work. */
    public static final int MAX_MERGE = 50_000;
    static final int IDEMPOTENCY_KEY = 100;

    private final ConsultationStore store;
    private final ConsultationRegistry registry;
    private final UnitOfWork work;
    private final DomainEvents events;
    private final Clock clock;
    /**
     * A reference number is allocated under a row lock held to the commit (so that numbers have no
     * gaps): alone, each submission would wait for the one before it to reach the disk. Submissions
     * arriving during one commit go together into the next, at most 64 (enough to amortise the flush,
     * few enough to answer soon); numbers stay consecutive and each is answered once its batch is durable.
     */
    private final GroupCommit<Prepared, Proposal> batches = new GroupCommit<>("proposal-submissions", 64, this::writeBatch);

    public ProposalDesk(ConsultationStore store, ConsultationRegistry registry, UnitOfWork work, DomainEvents events, Clock clock) {
        this.store = store;
        this.registry = registry;
        this.work = work;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Receives a proposal. The same idempotency key from the same author, or the same external id from
     * the same channel, gives back the proposal already stored instead of a second one.
     */
    public Proposal submit(NewProposal n) {
        Consultation c = registry.consultation(n.consultationId());
        String article = n.article() == null || n.article().isBlank() ? null : n.article().strip();
        if (article != null && !registry.articlesOf(c).contains(article)) {
            throw new BadInputException("field article: version '" + c.versionId() + "' of charter '" + c.charterId()
                    + "' has no article '" + Codes.shorten(article) + "'");
        }
        if (n.kind() == null) throw new BadInputException("field kind: missing; one of amend, add, repeal, other");
        String wording = TextBounds.required("wording", n.wording(), TextBounds.WORDING);
        String reasons = TextBounds.optional("reasons", n.reasons(), TextBounds.REASONS);
        SpamRule.check("wording", wording);
        SpamRule.check("reasons", reasons);
        Language language = n.language() != null ? n.language() : LanguageDetector.detect(wording + " " + reasons)
                .orElseThrow(() -> new BadInputException("field language: cannot tell from the text; choose kk, ru or en"));
        Channel channel = n.channel() == null ? Channel.PLATFORM : n.channel();
        String externalId = emptyToNull(TextBounds.line("externalId", n.externalId(), TextBounds.EXTERNAL_ID));
        String key = emptyToNull(TextBounds.line("idempotencyKey", n.idempotencyKey(), IDEMPOTENCY_KEY));
        Author author = n.author() == null ? new Author(null, "", "", false) : n.author();
        return batches.submit(new Prepared(c, article, n.kind(), wording, reasons, language, channel, externalId, key, author,
                n.receivedAt()));
    }

    /** A submission checked field by field, waiting to be written. */
    record Prepared(Consultation c, String article, ProposalKind kind, String wording, String reasons, Language language,
                    Channel channel, String externalId, String key, Author author, Instant receivedAt) {
    }

    /**
     * Writes a batch in one unit of work. If any of it cannot be written (a concurrent duplicate, a
     * refusal of the database), none of it was, and each is written alone, so that only that one fails.
     */
    private List<Object> writeBatch(List<Prepared> batch) {
        if (batch.size() > 1) {
            try {
                return work.call(() -> {
                    Map<String, Proposal> seen = new java.util.HashMap<>();
                    List<Object> out = new ArrayList<>(batch.size());
                    for (Prepared x : batch) out.add(write(x, seen));
                    return out;
                });
            } catch (RuntimeException e) {
                // Fall through: one by one.
            }
        }
        List<Object> out = new ArrayList<>(batch.size());
        for (Prepared x : batch) {
            try {
                out.add(writeAlone(x));
            } catch (RuntimeException e) {
                out.add(e);
            }
        }
        return out;
    }

    private Proposal writeAlone(Prepared x) {
        try {
            return work.call(() -> write(x, new java.util.HashMap<>()));
        } catch (DuplicateSubmission e) {
            // A concurrent request with the same key or external id won; its proposal is the answer.
            String account = x.author().account();
            return (x.key() != null && account != null ? store.byIdempotencyKey(account, x.key())
                    : store.byExternalId(x.c().id(), x.channel(), x.externalId())).orElseThrow(() -> e);
        }
    }

    /**
     * Stores one proposal in the caller's unit of work; the same idempotency key from the same author,
     * or the same external id from the same channel, stored before or earlier in the batch
     * ({@code seen}), gives back that proposal.
     */
    private Proposal write(Prepared x, Map<String, Proposal> seen) {
        Consultation c = x.c();
        String account = x.author().account();
        String byKey = x.key() != null && account != null ? "k\u0000" + account + "\u0000" + x.key() : null;
        String byExternal = x.externalId() != null ? "e\u0000" + c.id() + "\u0000" + x.channel().code() + "\u0000" + x.externalId() : null;
        if (byKey != null) {
            Proposal same = seen.get(byKey);
            if (same != null) return same;
            var stored = store.byIdempotencyKey(account, x.key());
            if (stored.isPresent()) return stored.get();
        }
        if (byExternal != null) {
            Proposal same = seen.get(byExternal);
            if (same != null) return same;
            var stored = store.byExternalId(c.id(), x.channel(), x.externalId());
            if (stored.isPresent()) return stored.get();
        }
        Instant at = x.receivedAt() != null ? x.receivedAt().truncatedTo(ChronoUnit.MICROS) : now();
        int year = at.atZone(clock.getZone()).getYear();
        ReferenceNumber ref = new ReferenceNumber(year, store.nextSequence(c.id(), year));
        Proposal p = new Proposal(0, c.id(), ref, x.article(), x.kind(), x.wording(), x.reasons(), x.language(), x.channel(),
                x.externalId(), x.author(), ProposalStatus.RECEIVED, null, null, "", at, null, null, null, 0, null);
        long id = store.insert(p, x.key(), new StatusChange(ProposalStatus.RECEIVED, null, null,
                "received through " + x.channel().code(), at, null));
        events.publish(new ProposalSubmitted(c.id(), ref.toString(), x.article(), x.kind().code(), x.language().code(),
                x.channel().code(), at));
        Proposal stored = new Proposal(id, c.id(), ref, x.article(), x.kind(), x.wording(), x.reasons(), x.language(), x.channel(),
                x.externalId(), x.author(), ProposalStatus.RECEIVED, null, null, "", at, null, null, null, 0, null);
        if (byKey != null) seen.put(byKey, stored);
        if (byExternal != null) seen.put(byExternal, stored);
        return stored;
    }

    /** Counts the account's support once; returns false if it had supported the proposal already. */
    public boolean support(String consultationId, ReferenceNumber ref, String account) {
        Proposal p = registry.proposal(consultationId, ref);
        if (account != null && account.equals(p.author().account())) {
            throw new BadInputException("field reference: " + ref + " is your own proposal; it counts you already");
        }
        return work.call(() -> store.support(p.id(), account, now()));
    }

    /** Moves one proposal to a new status with its public reason. */
    public Proposal changeStatus(String consultationId, ReferenceNumber ref, StatusRequest request, String by) {
        return single(consultationId, ref, new BulkAction.ChangeStatus(request), by);
    }

    /** Hides a proposal with a public reason; it stays counted, and its page says why. */
    public Proposal hide(String consultationId, ReferenceNumber ref, String reason, String by) {
        return single(consultationId, ref, new BulkAction.Hide(reason), by);
    }

    /** Shows a hidden proposal again. */
    public Proposal show(String consultationId, ReferenceNumber ref, String by) {
        registry.consultation(consultationId);
        return work.call(() -> {
            Proposal p = locked(consultationId, ref);
            if (!p.hidden()) return p;
            Proposal shown = p.withHidden(null);
            store.update(shown);
            events.publish(new ProposalHidden(consultationId, ref.toString(), null, by, now()));
            return shown;
        });
    }

    public Proposal assign(String consultationId, ReferenceNumber ref, String assignee, String by) {
        return single(consultationId, ref, new BulkAction.Assign(assignee), by);
    }

    /** Hides the author's name (false attribution reported): the proposal stays, as "Citizen of <region>". */
    public Proposal hideName(String consultationId, ReferenceNumber ref) {
        registry.consultation(consultationId);
        return work.call(() -> {
            Proposal p = locked(consultationId, ref);
            Author a = p.author();
            Proposal q = p.withAuthor(new Author(a.account(), a.displayName(), a.region(), true));
            store.update(q);
            return q;
        });
    }

    /** Adds an answer template to the consultation's set (at most {@link AnswerTemplate#MAX_PER_CONSULTATION}). */
    public AnswerTemplate addAnswerTemplate(String consultationId, Language language, Outcome outcome, String name, String text) {
        registry.consultation(consultationId);
        AnswerTemplate t = AnswerTemplate.of(0, consultationId, language, outcome, name, text);
        return work.call(() -> {
            if (store.answerTemplates(consultationId).size() >= AnswerTemplate.MAX_PER_CONSULTATION) {
                throw new BadInputException("field name: this consultation has " + AnswerTemplate.MAX_PER_CONSULTATION
                        + " answer templates, the most it keeps; remove one first");
            }
            return store.addAnswerTemplate(t);
        });
    }

    /** Replaces one of the consultation's answer templates. */
    public AnswerTemplate updateAnswerTemplate(String consultationId, long id, Language language, Outcome outcome,
                                               String name, String text) {
        registry.consultation(consultationId);
        AnswerTemplate t = AnswerTemplate.of(id, consultationId, language, outcome, name, text);
        if (!work.call(() -> store.updateAnswerTemplate(t))) throw noTemplate(consultationId, id);
        return t;
    }

    public void removeAnswerTemplate(String consultationId, long id) {
        registry.consultation(consultationId);
        if (!work.call(() -> store.removeAnswerTemplate(consultationId, id))) throw noTemplate(consultationId, id);
    }

    private static NotFoundException noTemplate(String consultationId, long id) {
        return new NotFoundException("consultation '" + consultationId + "' has no answer template " + id);
    }

    public Note note(String consultationId, ReferenceNumber ref, String text, String by) {
        String t = TextBounds.required("text", text, TextBounds.NOTE);
        Proposal p = registry.proposal(consultationId, ref);
        Note n = new Note(by, t, now());
        work.run(() -> store.addNote(p.id(), n));
        return n;
    }

    /**
     * A reader reports a proposal to moderation, once per kind: false when this account had reported it so
     * already. A false attribution is reported by a person named as its author who did not write it, so
     * the proposal must show a name, and not be the reporter's own.
     */
    public boolean report(String consultationId, ReferenceNumber ref, ReportKind kind, String reason, String reporter) {
        String r = TextBounds.required("reason", reason, TextBounds.PUBLIC_REASON);
        if (kind == null) throw new BadInputException("field kind: missing; one of abuse, false-attribution");
        Proposal p = registry.proposal(consultationId, ref);
        if (kind == ReportKind.FALSE_ATTRIBUTION) {
            if (reporter != null && reporter.equals(p.author().account())) {
                throw new BadInputException("field kind: " + ref + " is your own proposal; you wrote it");
            }
            if (p.author().publicName().isEmpty()) {
                throw new BadInputException("field kind: " + ref + " shows no name, so it attributes nothing to anyone");
            }
        }
        return work.call(() -> store.report(p.id(), reporter, kind, r, now()));
    }

    /** A reader reports a proposal (or a false attribution) to moderation. */
    public void report(String consultationId, ReferenceNumber ref, String reason, String reporter) {
        String r = TextBounds.required("reason", reason, TextBounds.PUBLIC_REASON);
        Proposal p = registry.proposal(consultationId, ref);
        work.run(() -> store.addReport(p.id(), reporter, r, now()));
    }

    /** Removes a deleted account from what it wrote; the proposals stay, anonymised. Idempotent. */
    public void anonymise(String account) {
        work.run(() -> store.anonymise(account));
    }

    /**
     * Applies one action to every selected proposal, or to none: each is checked first, and if any
     * cannot take it, {@link BulkRefused} names every one that cannot and why.
     */
    public int bulk(String consultationId, List<ReferenceNumber> selection, BulkAction action, String by) {
        Consultation c = registry.consultation(consultationId);
        if (selection.isEmpty()) throw new BadInputException("field references: nothing selected");
        if (selection.size() > MAX_BULK) {
            throw new BadInputException("field references: " + selection.size() + " selected, at most " + MAX_BULK);
        }
        Set<ReferenceNumber> unique = new LinkedHashSet<>(selection);
        return work.call(() -> {
            Map<ReferenceNumber, Proposal> found = store.lock(consultationId, unique).stream()
                    .collect(Collectors.toMap(Proposal::reference, Function.identity()));
            List<BulkFailure> failures = new ArrayList<>();
            List<Proposal> changed = new ArrayList<>(unique.size());
            Instant at = now();
            for (ReferenceNumber ref : unique) {
                Proposal p = found.get(ref);
                if (p == null) {
                    failures.add(new BulkFailure(ref.toString(), "no such proposal in '" + consultationId + "'"));
                    continue;
                }
                try {
                    changed.add(apply(c, p, action, found, at));
                } catch (BadInputException e) {
                    failures.add(new BulkFailure(ref.toString(), e.getMessage()));
                }
            }
            if (!failures.isEmpty()) throw new BulkRefused(unique.size(), failures);
            for (int i = 0; i < changed.size(); i++) record(changed.get(i), found.get(changed.get(i).reference()), action, by, at);
            return changed.size();
        });
    }

    /**
     * Merges proposals that say the same thing into one, their representative ({@code into}), in one unit
     * of work: each is answered "merged" into it with the public reason (from any status before an answer:
     * a copy needs no registration of its own), and their supports move to it, once per person. One
     * already merged into {@code into} is left as it is; one answered otherwise refuses the whole merge
     * (an answer is final). Publishes each answer and a {@link ProposalsMerged}.
     */
    public Merge merge(String consultationId, ReferenceNumber into, List<ReferenceNumber> members, String reason, String by) {
        registry.consultation(consultationId);
        String why = TextBounds.required("reason", reason, TextBounds.PUBLIC_REASON);
        Set<ReferenceNumber> unique = new LinkedHashSet<>(members);
        unique.remove(into);
        if (unique.isEmpty()) throw new BadInputException("field members: nothing to merge into " + into);
        if (unique.size() > MAX_MERGE) throw new BadInputException("field members: " + unique.size() + " proposals, at most " + MAX_MERGE);
        return work.call(() -> {
            List<ReferenceNumber> all = new ArrayList<>(unique);
            all.add(into);
            all.sort(null);
            // Locked in slices (a statement takes a bounded number of parameters), in reference order.
            Map<ReferenceNumber, Proposal> found = new java.util.HashMap<>();
            for (int i = 0; i < all.size(); i += MAX_BULK) {
                for (Proposal p : store.lock(consultationId, all.subList(i, Math.min(all.size(), i + MAX_BULK)))) found.put(p.reference(), p);
            }
            Proposal target = found.get(into);
            if (target == null) throw new NotFoundException("no proposal " + into + " in '" + consultationId + "'");
            List<BulkFailure> failures = new ArrayList<>();
            List<Proposal> toMerge = new ArrayList<>();
            for (ReferenceNumber ref : unique) {
                Proposal p = found.get(ref);
                if (p == null) failures.add(new BulkFailure(ref.toString(), "no such proposal in '" + consultationId + "'"));
                else if (p.answered() && p.outcome() == Outcome.MERGED && into.equals(p.mergedInto())) continue;
                else if (p.answered()) failures.add(new BulkFailure(ref.toString(), ref + " is answered (" + p.outcome().code()
                        + ") and an answer is final"));
                else toMerge.add(p);
            }
            if (!failures.isEmpty()) throw new BulkRefused(unique.size(), failures);
            if (toMerge.isEmpty()) throw new BadInputException("field members: every one is merged into " + into + " already");
            Instant at = now();
            StatusRequest answer = new StatusRequest(ProposalStatus.ANSWERED, Outcome.MERGED, into, why);
            BulkAction action = new BulkAction.ChangeStatus(answer);
            for (Proposal p : toMerge) record(p.withStatus(answer, p.registeredOn(), p.due()), p, action, by, at);
            int moved = store.moveSupports(toMerge.stream().map(Proposal::id).toList(), target.id(), target.author().account());
            List<ReferenceNumber> merged = toMerge.stream().map(Proposal::reference).toList();
            events.publish(new ProposalsMerged(consultationId, into.toString(), merged.stream().map(ReferenceNumber::toString).toList(),
                    moved, why, by, at));
            return new Merge(into, merged, moved);
        });
    }

    private Proposal single(String consultationId, ReferenceNumber ref, BulkAction action, String by) {
        Consultation c = registry.consultation(consultationId);
        return work.call(() -> {
            Proposal p = locked(consultationId, ref);
            Instant at = now();
            Proposal changed = apply(c, p, action, Map.of(ref, p), at);
            record(changed, p, action, by, at);
            return changed;
        });
    }

    private Proposal locked(String consultationId, ReferenceNumber ref) {
        List<Proposal> l = store.lock(consultationId, List.of(ref));
        if (l.isEmpty()) throw new NotFoundException("no proposal " + ref + " in '" + consultationId + "'");
        return l.get(0);
    }

    /** The proposal as the action leaves it, or bad input saying why it cannot take it. Stores nothing. */
    Proposal apply(Consultation c, Proposal p, BulkAction action, Map<ReferenceNumber, Proposal> selected, Instant at) {
        if (action instanceof BulkAction.ChangeStatus s) {
            StatusRequest r = s.request();
            r.checkFrom(p.status(), p.reference());
            if (r.mergedInto() != null && !selected.containsKey(r.mergedInto())
                    && store.find(c.id(), r.mergedInto()).isEmpty()) {
                throw new BadInputException("field mergedInto: no proposal " + r.mergedInto() + " in '" + c.id() + "'");
            }
            LocalDate registered = p.registeredOn();
            LocalDate due = p.due();
            if (r.to() == ProposalStatus.REGISTERED) {
                registered = at.atZone(clock.getZone()).toLocalDate();
                due = Deadline.due(registry.calendar(c), registered, c.deadlineDays());
            }
            return p.withStatus(r, registered, due);
        }
        if (action instanceof BulkAction.Assign a) {
            return p.withAssignee(emptyToNull(TextBounds.line("assignee", a.assignee(), 64)));
        }
        return p.withHidden(TextBounds.required("reason", ((BulkAction.Hide) action).reason(), TextBounds.PUBLIC_REASON));
    }

    void record(Proposal changed, Proposal before, BulkAction action, String by, Instant at) {
        store.update(changed);
        String ref = changed.reference().toString();
        if (action instanceof BulkAction.ChangeStatus s) {
            StatusRequest r = s.request();
            store.appendHistory(changed.id(), new StatusChange(r.to(), r.outcome(), r.mergedInto(), r.reason(), at, by));
            events.publish(new ProposalStatusChanged(changed.consultationId(), ref, before.status().code(), r.to().code(),
                    r.reason(), by, at));
            if (r.to() == ProposalStatus.ANSWERED) {
                events.publish(new ProposalAnswered(changed.consultationId(), ref, r.outcome().code(),
                        r.mergedInto() == null ? null : r.mergedInto().toString(), r.reason(), by, at));
            }
        } else if (action instanceof BulkAction.Hide) {
            events.publish(new ProposalHidden(changed.consultationId(), ref, changed.hiddenReason(), by, at));
        }
    }

    // PostgreSQL keeps microseconds: the answer says the time the store keeps.
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}

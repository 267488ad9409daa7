package org.atazan.consultation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The store in memory, for the core's unit tests (no transactions: UnitOfWork.DIRECT). */
class InMemoryConsultations implements ConsultationStore {
    final Map<String, Consultation> consultations = new LinkedHashMap<>();
    final Map<String, Long> counters = new HashMap<>();
    final Map<Long, Proposal> proposals = new LinkedHashMap<>();
    final Map<Long, String> keys = new HashMap<>();
    final Map<Long, List<StatusChange>> history = new HashMap<>();
    final Set<String> supports = new HashSet<>();
    final Map<Long, List<Note>> notes = new HashMap<>();
    final List<String> reports = new ArrayList<>();
    long nextId = 1;

    @Override
    public void create(Consultation c) {
        consultations.put(c.id(), c);
    }

    @Override
    public Optional<Consultation> consultation(String id) {
        return Optional.ofNullable(consultations.get(id));
    }

    @Override
    public List<Consultation> consultations() {
        return List.copyOf(consultations.values());
    }

    @Override
    public long nextSequence(String consultationId, int year) {
        return counters.merge(consultationId + "/" + year, 1L, Long::sum);
    }

    @Override
    public long insert(Proposal p, String idempotencyKey, StatusChange first) {
        long id = nextId++;
        proposals.put(id, withId(p, id));
        if (idempotencyKey != null) keys.put(id, p.author().account() + "/" + idempotencyKey);
        history.computeIfAbsent(id, k -> new ArrayList<>()).add(first);
        return id;
    }

    private static Proposal withId(Proposal p, long id) {
        return new Proposal(id, p.consultationId(), p.reference(), p.article(), p.kind(), p.wording(), p.reasons(), p.language(),
                p.channel(), p.externalId(), p.author(), p.status(), p.outcome(), p.mergedInto(), p.answer(), p.receivedAt(),
                p.registeredOn(), p.due(), p.hiddenReason(), p.supports(), p.assignee());
    }

    @Override
    public Optional<Proposal> byIdempotencyKey(String account, String key) {
        return keys.entrySet().stream().filter(e -> e.getValue().equals(account + "/" + key))
                .map(e -> proposals.get(e.getKey())).findFirst();
    }

    @Override
    public Optional<Proposal> byExternalId(String consultationId, Channel channel, String externalId) {
        return proposals.values().stream().filter(p -> p.consultationId().equals(consultationId) && p.channel() == channel
                && externalId.equals(p.externalId())).findFirst();
    }

    @Override
    public Optional<Proposal> find(String consultationId, ReferenceNumber reference) {
        return proposals.values().stream().filter(p -> p.consultationId().equals(consultationId)
                && p.reference().equals(reference)).findFirst();
    }

    @Override
    public List<Proposal> lock(String consultationId, Collection<ReferenceNumber> references) {
        return references.stream().map(r -> find(consultationId, r)).flatMap(Optional::stream).toList();
    }

    @Override
    public void update(Proposal p) {
        proposals.put(p.id(), p);
    }

    @Override
    public void appendHistory(long proposalId, StatusChange change) {
        history.computeIfAbsent(proposalId, k -> new ArrayList<>()).add(change);
    }

    @Override
    public List<StatusChange> history(long proposalId) {
        return List.copyOf(history.getOrDefault(proposalId, List.of()));
    }

    @Override
    public int moveSupports(java.util.Collection<Long> from, long to, String toAuthor) {
        int gained = 0;
        for (long f : from) {
            for (String key : new java.util.ArrayList<>(supports)) {
                if (!key.startsWith(f + "/")) continue;
                supports.remove(key);
                String account = key.substring(key.indexOf('/') + 1);
                if (!account.equals(toAuthor) && supports.add(to + "/" + account)) gained++;
            }
            Proposal p = proposals.get(f);
            proposals.put(f, new Proposal(p.id(), p.consultationId(), p.reference(), p.article(), p.kind(), p.wording(), p.reasons(),
                    p.language(), p.channel(), p.externalId(), p.author(), p.status(), p.outcome(), p.mergedInto(), p.answer(),
                    p.receivedAt(), p.registeredOn(), p.due(), p.hiddenReason(), 0, p.assignee()));
        }
        Proposal p = proposals.get(to);
        proposals.put(to, new Proposal(p.id(), p.consultationId(), p.reference(), p.article(), p.kind(), p.wording(), p.reasons(),
                p.language(), p.channel(), p.externalId(), p.author(), p.status(), p.outcome(), p.mergedInto(), p.answer(),
                p.receivedAt(), p.registeredOn(), p.due(), p.hiddenReason(), p.supports() + gained, p.assignee()));
        return gained;
    }

    @Override
    public List<String> supporters(long proposalId) {
        return supports.stream().filter(k -> k.startsWith(proposalId + "/")).map(k -> k.substring(k.indexOf('/') + 1)).sorted().toList();
    }

    @Override
    public boolean support(long proposalId, String account, Instant at) {
        boolean added = supports.add(proposalId + "/" + account);
        if (added) {
            Proposal p = proposals.get(proposalId);
            proposals.put(proposalId, new Proposal(p.id(), p.consultationId(), p.reference(), p.article(), p.kind(), p.wording(),
                    p.reasons(), p.language(), p.channel(), p.externalId(), p.author(), p.status(), p.outcome(), p.mergedInto(),
                    p.answer(), p.receivedAt(), p.registeredOn(), p.due(), p.hiddenReason(), p.supports() + 1, p.assignee()));
        }
        return added;
    }

    final List<AnswerTemplate> templates = new ArrayList<>();

    @Override
    public List<AnswerTemplate> answerTemplates(String consultationId) {
        return templates.stream().filter(t -> t.consultationId().equals(consultationId))
                .sorted(java.util.Comparator.comparing(AnswerTemplate::language).thenComparing(AnswerTemplate::name)).toList();
    }

    @Override
    public AnswerTemplate addAnswerTemplate(AnswerTemplate t) {
        AnswerTemplate stored = new AnswerTemplate(templates.size() + 1L, t.consultationId(), t.language(), t.outcome(), t.name(), t.text());
        templates.add(stored);
        return stored;
    }

    @Override
    public boolean updateAnswerTemplate(AnswerTemplate t) {
        for (int i = 0; i < templates.size(); i++) {
            AnswerTemplate old = templates.get(i);
            if (old.id() == t.id() && old.consultationId().equals(t.consultationId())) {
                templates.set(i, t);
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean removeAnswerTemplate(String consultationId, long id) {
        return templates.removeIf(t -> t.id() == id && t.consultationId().equals(consultationId));
    }

    @Override
    public void addNote(long proposalId, Note note) {
        notes.computeIfAbsent(proposalId, k -> new ArrayList<>()).add(note);
    }

    @Override
    public List<Note> notes(long proposalId) {
        return List.copyOf(notes.getOrDefault(proposalId, List.of()));
    }

    @Override
    public void addReport(long proposalId, String reporter, String reason, Instant at) {
        reports.add(proposalId + ": " + reason);
    }

    @Override
    public ProposalPage list(ProposalQuery q) {
        List<Proposal> all = proposals.values().stream().filter(p -> p.consultationId().equals(q.consultationId()))
                .filter(p -> q.includeHidden() || !p.hidden())
                .filter(p -> q.status() == null || p.status() == q.status())
                .sorted(Comparator.comparingLong(Proposal::id).reversed()).toList();
        return new ProposalPage(all.stream().limit(q.limit()).toList(), null);
    }

    @Override
    public List<Proposal> byAuthor(String account) {
        return proposals.values().stream().filter(p -> account.equals(p.author().account())).toList();
    }

    @Override
    public List<ProposalFinder.Text> textsAfter(String consultationId, long afterId, int max) {
        return proposals.values().stream().filter(p -> p.consultationId().equals(consultationId) && p.id() > afterId)
                .sorted(Comparator.comparingLong(Proposal::id)).limit(max)
                .map(p -> new ProposalFinder.Text(p.id(), p.wording(), p.language())).toList();
    }

    @Override
    public List<Proposal> shownByIds(String consultationId, Collection<Long> ids) {
        return proposals.values().stream().filter(p -> p.consultationId().equals(consultationId) && !p.hidden() && ids.contains(p.id()))
                .toList();
    }

    /** Word overlap (Jaccard) stands in for PostgreSQL's trigrams in the in-memory store. */
    @Override
    public List<Similar> nearest(String consultationId, String text, int limit, double floor) {
        Set<String> words = Set.of(text.toLowerCase().split("\\W+"));
        return proposals.values().stream().filter(p -> p.consultationId().equals(consultationId) && !p.hidden())
                .map(p -> {
                    Set<String> other = new HashSet<>(List.of(p.wording().toLowerCase().split("\\W+")));
                    Set<String> both = new HashSet<>(other);
                    both.retainAll(words);
                    other.addAll(words);
                    return new Similar(p, (double) both.size() / other.size());
                })
                .filter(x -> x.similarity() >= floor)
                .sorted(Comparator.comparingDouble(Similar::similarity).reversed()).limit(limit).toList();
    }

    @Override
    public List<String> supportedBy(String account) {
        return List.of();
    }

    @Override
    public void anonymise(String account) {
        for (Proposal p : byAuthor(account)) update(p.withAuthor(p.author().anonymised()));
    }

    @Override
    public Figures figures(String consultationId) {
        Map<String, Long> byStatus = proposals.values().stream().collect(Collectors.groupingBy(p -> p.status().code(), Collectors.counting()));
        return new Figures(proposals.size(), List.of(), List.of(), byStatus.entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue())).toList(), List.of(), List.of(), List.of());
    }

    @Override
    public void forEachPublic(String consultationId, Consumer<Proposal> each) {
        proposals.values().stream().filter(p -> !p.hidden()).forEach(each);
    }
}

package org.atazan.voting;

import org.atazan.kernel.BadInputException;
import org.atazan.kernel.NotFoundException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The counting desk: checks every protocol against the control relations, stores it as a revision
 * (never overwriting), and after the store has committed updates the in-memory totals of every level.
 */
public final class ReferendumDesk {
    private final Referendums store;
    private final Clock clock;
    private final Map<String, TallyTree> trees = new ConcurrentHashMap<>();
    // A vote never changes once created, so every page need not read it again from the store.
    private final Map<String, Referendum> referendums = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> versions = new ConcurrentHashMap<>();
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    /** Stations whose protocol changed in one referendum. */
    public record Change(String referendum, List<String> stations) {
    }

    public ReferendumDesk(Referendums store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Referendums store() {
        return store;
    }

    public Referendum referendum(String id) {
        Referendum known = referendums.get(id);
        if (known != null) return known;
        Referendum r = store.find(id).orElseThrow(() -> new NotFoundException("no vote '" + id + "'"));
        referendums.put(id, r);
        return r;
    }

    /** The live totals of a referendum, loaded from the store on first use. */
    public TallyTree tree(String id) {
        TallyTree t = trees.get(id);
        if (t != null) return t;
        synchronized (lock(id)) {
            return trees.computeIfAbsent(id, this::load);
        }
    }

    private TallyTree load(String id) {
        referendum(id);
        TallyTree t = new TallyTree(store.territories(id));
        for (Revision r : store.latest(id)) t.put(r.protocol());
        return t;
    }

    /** A number that changes whenever a protocol of the referendum changes (for caches). */
    public long version(String id) {
        return versions.computeIfAbsent(id, k -> new AtomicLong()).get();
    }

    public void onChange(Consumer<Change> listener) {
        listeners.add(listener);
    }

    /** Submits first protocols (one or many, all or nothing); each becomes revision 1. */
    public List<Revision> submit(String id, List<Protocol> protocols, String by) {
        if (protocols.isEmpty()) throw new BadInputException("no protocol submitted");
        List<Revision> revs = new ArrayList<>();
        Referendum r = referendum(id);
        synchronized (lock(id)) {
            TallyTree tree = tree(id);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < protocols.size(); i++) {
                Protocol p = protocols.get(i);
                String where = protocols.size() > 1 ? "protocol " + (i + 1) + ": " : "";
                checkStation(tree, id, p.stationCode(), where);
                if (!seen.add(p.stationCode())) {
                    throw new BadInputException(where + "station " + p.stationCode() + ": submitted twice in this request");
                }
                if (tree.protocol(p.stationCode()) != null) {
                    throw new BadInputException(where + "station " + p.stationCode()
                            + ": duplicate submission, a protocol is already recorded; enter a correction with a reason instead");
                }
                QuestionCheck.check(r, p, where);
                checkRelations(p, where);
                revs.add(new Revision(p.stationCode(), 1, p, by, clock.instant(), ""));
            }
            store.append(id, List.of(), revs);
            revs.forEach(rev -> tree.put(rev.protocol()));
        }
        changed(id, revs.stream().map(Revision::station).toList());
        return revs;
    }

    /** Enters a correction: a new revision of a station's protocol, with who and why. */
    public Revision correct(String id, Protocol p, String by, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BadInputException("station " + p.stationCode() + ", field reason: a correction needs a reason");
        }
        Revision rev;
        synchronized (lock(id)) {
            TallyTree tree = tree(id);
            checkStation(tree, id, p.stationCode(), "");
            if (tree.protocol(p.stationCode()) == null) {
                throw new BadInputException("station " + p.stationCode() + ": no protocol to correct; submit one first");
            }
            QuestionCheck.check(referendum(id), p, "");
            checkRelations(p, "");
            List<Revision> history = store.history(id, p.stationCode());
            int next = history.isEmpty() ? 1 : history.get(history.size() - 1).number() + 1;
            rev = new Revision(p.stationCode(), next, p, by, clock.instant(), reason.strip());
            store.append(id, List.of(), List.of(rev));
            tree.put(p);
        }
        changed(id, List.of(p.stationCode()));
        return rev;
    }

    /** Adds territories (parents before children, or already known) to a referendum's tree. */
    public void addTerritories(String id, List<Territory> territories) {
        referendum(id);
        synchronized (lock(id)) {
            TallyTree tree = tree(id);
            Set<String> seen = new HashSet<>();
            for (Territory t : territories) {
                if (known(tree, t.code()) || !seen.add(t.code())) {
                    throw new BadInputException("territory " + t.code() + ": already exists");
                }
                if (t.parentCode() != null && !known(tree, t.parentCode()) && !seen.contains(t.parentCode())) {
                    throw new BadInputException("territory " + t.code() + ", field parent: unknown parent " + t.parentCode());
                }
                if (t.parentCode() == null && !tree.roots().isEmpty()) {
                    throw new BadInputException("territory " + t.code() + ", field parent: the tree already has a root");
                }
                if (t.registered() < 0) throw new BadInputException("territory " + t.code() + ", field registered: negative");
            }
            store.append(id, territories, List.of());
            trees.remove(id);
        }
    }

    /** Records protocols already checked and stored elsewhere (bulk import) in the live totals. */
    void recorded(String id, List<Protocol> protocols, boolean newTerritories) {
        if (newTerritories) {
            trees.remove(id);
        } else {
            TallyTree tree = tree(id);
            protocols.forEach(tree::put);
        }
        if (!protocols.isEmpty()) changed(id, protocols.stream().map(Protocol::stationCode).toList());
    }

    /** The rule's verdict on the first question (the only one of most referendums). */
    public RuleOutcome outcome(String id) {
        return outcome(id, referendum(id).questions().get(0).id());
    }

    /**
     * The rule's verdict on one question's current totals; units are the root's children (empty if
     * their figures are not public).
     */
    public RuleOutcome outcome(String id, String questionId) {
        Referendum r = referendum(id);
        TallyTree t = tree(id);
        if (t.roots().isEmpty()) throw new NotFoundException("vote '" + id + "' has no territories yet");
        if (r.questions().stream().noneMatch(q -> q.id().equals(questionId))) {
            throw new NotFoundException("vote '" + id + "' has no question '" + questionId + "'");
        }
        String root = t.roots().get(0);
        List<UnitTally> units = r.unitFiguresPublic()
                ? t.children(root).stream().map(c -> new UnitTally(c, t.total(c).forQuestion(questionId))).toList() : List.of();
        return r.referendumRule().evaluate(t.total(root).forQuestion(questionId), units);
    }

    static boolean known(TallyTree tree, String code) {
        try {
            tree.territory(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void checkStation(TallyTree tree, String id, String code, String where) {
        if (code == null || code.isBlank()) throw new BadInputException(where + "field station: missing");
        if (!known(tree, code)) {
            throw new BadInputException(where + "station " + code + ": no such polling station in '" + id + "'");
        }
        if (!tree.children(code).isEmpty()) {
            throw new BadInputException(where + "station " + code + ": is a " + tree.territory(code).kind()
                    + ", not a polling station; protocols are entered per station");
        }
    }

    private static void checkRelations(Protocol p, String where) {
        List<Violation> bad = ControlRelations.check(p);
        if (!bad.isEmpty()) {
            throw new BadInputException(where + "protocol refused: " + String.join("; ",
                    bad.stream().map(Violation::message).toList()));
        }
    }

    private void changed(String id, List<String> stations) {
        versions.computeIfAbsent(id, k -> new AtomicLong()).incrementAndGet();
        Change c = new Change(id, stations);
        for (Consumer<Change> l : listeners) l.accept(c);
    }

    Object lock(String id) {
        return versions.computeIfAbsent(id, k -> new AtomicLong());
    }
}

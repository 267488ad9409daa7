package org.atazan.voting;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The running totals of every vote at every level, in memory: one {@link TallyTree} per vote, loaded
 * from the store on first use and kept up to date by the use cases that change it, after their unit of
 * work has committed and under the vote's lock. Pages read these trees, never the database.
 */
public final class LiveTotals {
    private final Referendums store;
    private final VoteRegistry votes;
    private final Map<String, TallyTree> trees = new ConcurrentHashMap<>();
    // One object per vote: its lock, and the number of changes so far (for caches).
    private final Map<String, AtomicLong> versions = new ConcurrentHashMap<>();

    public LiveTotals(Referendums store, VoteRegistry votes) {
        this.store = store;
        this.votes = votes;
    }

    /** The live totals of a vote (404 for an unknown vote). */
    public TallyTree tree(String id) {
        TallyTree t = trees.get(id);
        if (t != null) return t;
        votes.vote(id);
        synchronized (lock(id)) {
            return trees.computeIfAbsent(id, this::load);
        }
    }

    /** A number that changes whenever the vote's protocols or territories change (404 for an unknown vote). */
    public long version(String id) {
        votes.vote(id);
        return counter(id).get();
    }

    private TallyTree load(String id) {
        TallyTree t = new TallyTree(store.territories(id));
        for (Revision r : store.latest(id)) t.put(r.protocol());
        return t;
    }

    /** Held by every decision on the vote, from its checks until the totals show it. */
    Object lock(String id) {
        return counter(id);
    }

    /** Committed protocols enter the totals (caller holds the lock). */
    void record(String id, List<Protocol> protocols) {
        TallyTree tree = tree(id);
        protocols.forEach(tree::put);
        counter(id).incrementAndGet();
    }

    /**
     * The vote changed on another node of the platform: its totals are read again from the store on next
     * use (this node's tree does not hold that change). Takes the vote's lock; a vote unknown here is no error.
     */
    public void refresh(String id) {
        synchronized (lock(id)) {
            reload(id);
        }
    }

    /** The territory tree changed: the totals are read again from the store on next use (caller holds the lock). */
    void reload(String id) {
        trees.remove(id);
        counter(id).incrementAndGet();
    }

    private AtomicLong counter(String id) {
        return versions.computeIfAbsent(id, k -> new AtomicLong());
    }
}

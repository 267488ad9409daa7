package org.atazan.voting;

import org.atazan.kernel.NotFoundException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The votes held on the platform, read once each: a vote never changes once created. */
public final class VoteRegistry {
    private final Referendums store;
    private final Map<String, Referendum> known = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> creators = new ConcurrentHashMap<>();

    public VoteRegistry(Referendums store) {
        this.store = store;
    }

    /** The vote with that id; a 404 when there is none. */
    public Referendum vote(String id) {
        Referendum r = known.get(id);
        if (r != null) return r;
        r = store.find(id).orElseThrow(() -> new NotFoundException("no vote '" + id + "'"));
        known.put(id, r);
        return r;
    }

    /**
     * The account that created the vote through the platform (it may act on it as if assigned), or
     * empty for a vote no account created (demo data); a 404 when there is no such vote.
     */
    public Optional<String> creator(String id) {
        vote(id);
        return creators.computeIfAbsent(id, store::creator);
    }

    /** All votes, newest first. */
    public List<Referendum> all() {
        return store.all();
    }
}

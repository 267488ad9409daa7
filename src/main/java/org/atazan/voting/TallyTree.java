package org.atazan.voting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Running totals at every level of a territory tree. Adding or correcting one station's protocol
 * touches only the station's ancestors (O(depth)), so a new protocol updates every level at once.
 * One writer at a time (the caller serialises puts); readers on other threads see every completed
 * update, because totals and protocols sit in atomic reference arrays.
 */
public final class TallyTree {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Territory> nodes = new ArrayList<>();
    private final int[] parent;
    private final AtomicReferenceArray<Tally> totals;
    private final AtomicReferenceArray<Protocol> protocols;
    private final long[] electorate;
    private final Map<String, List<String>> children = new HashMap<>();

    /** A tree over the given territories; every parent code must be one of them (or null for a root). */
    public TallyTree(Collection<Territory> territories) {
        for (Territory t : territories) {
            if (index.putIfAbsent(t.code(), nodes.size()) != null) {
                throw new IllegalArgumentException("duplicate territory code " + t.code());
            }
            nodes.add(t);
        }
        parent = new int[nodes.size()];
        totals = new AtomicReferenceArray<>(nodes.size());
        protocols = new AtomicReferenceArray<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            Territory t = nodes.get(i);
            totals.set(i, Tally.ZERO);
            if (t.parentCode() == null) {
                parent[i] = -1;
            } else {
                Integer p = index.get(t.parentCode());
                if (p == null) throw new IllegalArgumentException("unknown parent " + t.parentCode() + " of " + t.code());
                parent[i] = p;
                children.computeIfAbsent(t.parentCode(), k -> new ArrayList<>()).add(t.code());
            }
        }
        electorate = new long[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            long registered = nodes.get(i).registered();
            if (registered == 0) continue;
            for (int n = i; n >= 0; n = parent[n]) electorate[n] = saturatedAdd(electorate[n], registered);
        }
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    /**
     * The registered voters of a territory as the tree gives them (its own and those of everything
     * under it), whatever protocols say; 0 when the tree does not say.
     */
    public long electorate(String code) {
        Integer i = index.get(code);
        if (i == null) throw new IllegalArgumentException("unknown territory " + code);
        return electorate[i];
    }

    /**
     * Records a station's protocol, or replaces its earlier protocol (a correction): the old figures
     * are subtracted and the new added at the station and at each ancestor.
     *
     * @return the protocol it replaced, or null
     */
    public Protocol put(Protocol p) {
        Integer i = index.get(p.stationCode());
        if (i == null) throw new IllegalArgumentException("unknown station " + p.stationCode());
        Protocol old = protocols.get(i);
        Tally delta = old == null ? Tally.of(p) : Tally.of(p).minus(Tally.of(old));
        protocols.set(i, p);
        for (int n = i; n >= 0; n = parent[n]) totals.set(n, totals.get(n).plus(delta));
        return old;
    }

    /** Totals of a territory and everything under it. */
    public Tally total(String code) {
        Integer i = index.get(code);
        if (i == null) throw new IllegalArgumentException("unknown territory " + code);
        return totals.get(i);
    }

    /** Whether a territory of that code is in the tree. */
    public boolean contains(String code) {
        return index.containsKey(code);
    }

    /** The territory with that code. */
    public Territory territory(String code) {
        Integer i = index.get(code);
        if (i == null) throw new IllegalArgumentException("unknown territory " + code);
        return nodes.get(i);
    }

    /** Codes of the direct children, in the order the territories were given. */
    public List<String> children(String code) {
        return List.copyOf(children.getOrDefault(code, List.of()));
    }

    /** The roots (territories without a parent). */
    public List<String> roots() {
        List<String> r = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) if (parent[i] < 0) r.add(nodes.get(i).code());
        return r;
    }

    /** The protocol recorded for a station, or null. */
    public Protocol protocol(String stationCode) {
        Integer i = index.get(stationCode);
        return i == null ? null : protocols.get(i);
    }
}

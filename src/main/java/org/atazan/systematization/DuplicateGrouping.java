package org.atazan.systematization;

import org.atazan.consultation.ReferenceNumber;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The groups shown: the machine's groups ({@link NearDuplicates}) with every person's decision applied
 * again, in order, so that a re-run on new proposals keeps what people confirmed or split.
 * <ol>
 * <li>Decisions make kept sets: a confirmed or merged group is kept as it is; a split takes its
 * proposals out of their set (they form a set of their own when two or more) and keeps them apart from
 * the rest for good. A later decision about a proposal replaces an earlier one.</li>
 * <li>Each machine group joins the kept set most of its members belong to (or stands alone when none do);
 * its other members join it in reference order unless kept apart from one already there. A member a
 * person placed in another set stays there.</li>
 * </ol>
 */
public final class DuplicateGrouping {
    private DuplicateGrouping() {
    }

    public static List<DuplicateGroup> apply(List<List<ReferenceNumber>> found, List<DuplicateDecision> decisions) {
        Map<ReferenceNumber, Integer> setOf = new HashMap<>();
        List<Set<ReferenceNumber>> sets = new ArrayList<>();
        Map<ReferenceNumber, Set<ReferenceNumber>> apart = new HashMap<>();
        for (DuplicateDecision d : decisions) {
            for (ReferenceNumber r : d.together()) {
                Integer s = setOf.remove(r);
                if (s != null) sets.get(s).remove(r);
            }
            if (d.together().size() >= 2) {
                sets.add(new TreeSet<>(d.together()));
                for (ReferenceNumber r : d.together()) setOf.put(r, sets.size() - 1);
            }
            for (ReferenceNumber a : d.together()) {
                for (ReferenceNumber b : d.apart()) {
                    apart.computeIfAbsent(a, k -> new HashSet<>()).add(b);
                    apart.computeIfAbsent(b, k -> new HashSet<>()).add(a);
                }
            }
        }
        Set<ReferenceNumber> confirmed = new HashSet<>(setOf.keySet());
        // Groups being built: the kept sets first (by index), then one per machine group without a kept set.
        List<TreeSet<ReferenceNumber>> groups = new ArrayList<>();
        for (Set<ReferenceNumber> s : sets) groups.add(new TreeSet<>(s));
        for (List<ReferenceNumber> g : found) {
            Map<Integer, Integer> votes = new LinkedHashMap<>();
            List<ReferenceNumber> free = new ArrayList<>();
            for (ReferenceNumber r : g) {
                Integer s = setOf.get(r);
                if (s != null) votes.merge(s, 1, Integer::sum);
                else free.add(r);
            }
            if (free.isEmpty()) continue;
            TreeSet<ReferenceNumber> target = votes.isEmpty() ? new TreeSet<>()
                    : groups.get(votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
            if (votes.isEmpty()) groups.add(target);
            // Those kept apart from most of the group come last, so that the group keeps the many, not the one.
            free.sort(Comparator.comparingLong((ReferenceNumber r) -> g.stream().filter(apart.getOrDefault(r, Set.of())::contains).count())
                    .thenComparing(Comparator.naturalOrder()));
            for (ReferenceNumber r : free) {
                Set<ReferenceNumber> keptFrom = apart.getOrDefault(r, Set.of());
                if (target.stream().noneMatch(keptFrom::contains)) target.add(r);
            }
        }
        List<DuplicateGroup> out = new ArrayList<>();
        for (TreeSet<ReferenceNumber> g : groups) {
            if (g.size() < 2) continue;
            Set<ReferenceNumber> c = new HashSet<>(g);
            c.retainAll(confirmed);
            out.add(new DuplicateGroup(g.first(), List.copyOf(g), c));
        }
        out.sort(Comparator.comparingInt(DuplicateGroup::size).reversed().thenComparing(DuplicateGroup::representative));
        return out;
    }
}

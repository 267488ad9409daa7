package org.atazan.voting.apportionment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Allocates seats among party lists. A row named "Against all" ("Против всех", "Барлығына қарсы")
 * counts toward the votes cast but wins no seat. A party passes the threshold when
 * votes × 100 ≥ threshold% × base. Exact ties are broken by {@link Tie#RULE} and reported.
 * Huntington–Hill's first divisor is 0, so every party that passed and has votes gets one seat before
 * anyone gets a second — when there are at least as many seats as such parties; with fewer seats those
 * infinite priorities tie and the tie rule (more votes) gives the seats, and the tie is reported.
 */
public final class Apportionment {
    private static final Set<String> AGAINST_ALL = Set.of("against all", "против всех", "барлығына қарсы");

    private Apportionment() {
    }

    /** Is this row the "Against all" line rather than a party. */
    public static boolean isAgainstAll(String name) {
        return AGAINST_ALL.contains(name.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * @param thresholdPercent e.g. 5 for 5 %
     * @param invalidVotes     invalid ballots, counted in the {@link ThresholdBase#CAST} base (0 if unknown)
     */
    public static Allocation allocate(List<PartyVotes> rows, int seats, Method method, BigDecimal thresholdPercent,
                                      ThresholdBase base, long invalidVotes) {
        // No seat to give is no allocation: an answer of zeros would look like one.
        if (seats < 1) throw new IllegalArgumentException("seats: at least 1, was " + seats);
        if (thresholdPercent.signum() < 0 || thresholdPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("threshold must be 0..100 percent: " + thresholdPercent);
        }
        long all = 0;
        long parties = 0;
        for (PartyVotes r : rows) {
            all += r.votes();
            if (!isAgainstAll(r.party())) parties += r.votes();
        }
        long denominator = base == ThresholdBase.CAST ? all + invalidVotes : parties;
        BigDecimal needed = thresholdPercent.multiply(BigDecimal.valueOf(denominator));
        List<Integer> eligible = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PartyVotes r = rows.get(i);
            if (isAgainstAll(r.party()) || r.votes() == 0) continue;
            if (BigDecimal.valueOf(r.votes()).multiply(BigDecimal.valueOf(100)).compareTo(needed) >= 0) {
                eligible.add(i);
                passed.add(r.party());
            }
        }
        long[] votes = rows.stream().mapToLong(PartyVotes::votes).toArray();
        int[] won = new int[rows.size()];
        List<Tie> ties = new ArrayList<>();
        Double quota = switch (method) {
            case HARE, DROOP -> LargestRemainder.allocate(method, votes, eligible, seats, won, ties, rows);
            default -> {
                DivisorMethod.allocate(method, votes, eligible, seats, won, ties, rows);
                yield null;
            }
        };
        Map<String, Integer> result = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!isAgainstAll(rows.get(i).party())) result.merge(rows.get(i).party(), won[i], Integer::sum);
        }
        return new Allocation(method, Collections.unmodifiableMap(result), quota, List.copyOf(passed), List.copyOf(ties));
    }

    /** Orders party indices by the tie rule: more votes first, then earlier in the input. */
    static int byTieRule(long[] votes, int a, int b) {
        int c = Long.compare(votes[b], votes[a]);
        return c != 0 ? c : Integer.compare(a, b);
    }
}

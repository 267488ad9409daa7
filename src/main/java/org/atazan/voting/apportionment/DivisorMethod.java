package org.atazan.voting.apportionment;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Highest-averages methods, seat by seat. A party's priority v / d(k) is kept as an exact fraction
 * (Huntington–Hill as v² / (k(k+1)), modified Sainte-Laguë with divisors scaled by 10) so that
 * exact ties are seen as ties, not decided by rounding.
 */
final class DivisorMethod {
    private DivisorMethod() {
    }

    static void allocate(Method m, long[] votes, List<Integer> eligible, int seats, int[] won, List<Tie> ties,
                         List<PartyVotes> rows) {
        if (eligible.isEmpty()) return;
        boolean tieNoted = false;
        for (int seat = 1; seat <= seats; seat++) {
            List<Integer> best = new ArrayList<>();
            for (int i : eligible) {
                if (best.isEmpty()) {
                    best.add(i);
                    continue;
                }
                int c = compare(m, votes[i], won[i], votes[best.get(0)], won[best.get(0)]);
                if (c > 0) {
                    best.clear();
                    best.add(i);
                } else if (c == 0) {
                    best.add(i);
                }
            }
            best.sort((a, b) -> Apportionment.byTieRule(votes, a, b));
            int left = seats - seat + 1;
            if (!tieNoted && best.size() > left) {
                // The tie decides who gets the remaining seats: record it once.
                List<String> parties = best.stream().map(i -> rows.get(i).party()).toList();
                ties.add(new Tie("seat " + seat + (left > 1 ? "-" + seats : ""), parties,
                        parties.subList(0, left), Tie.RULE));
                tieNoted = true;
            }
            won[best.get(0)]++;
        }
    }

    /** Compares v1/d(k1) with v2/d(k2) exactly; a zero divisor is an infinite priority. */
    static int compare(Method m, long v1, int k1, long v2, int k2) {
        BigInteger n1 = num(m, v1);
        BigInteger n2 = num(m, v2);
        long d1 = den(m, k1);
        long d2 = den(m, k2);
        if (d1 == 0 || d2 == 0) return Boolean.compare(d1 == 0, d2 == 0);
        return n1.multiply(BigInteger.valueOf(d2)).compareTo(n2.multiply(BigInteger.valueOf(d1)));
    }

    private static BigInteger num(Method m, long v) {
        BigInteger b = BigInteger.valueOf(v);
        return m == Method.HUNTINGTON_HILL ? b.multiply(b) : b;
    }

    private static long den(Method m, int k) {
        return switch (m) {
            case DHONDT -> k + 1L;
            case SAINTE_LAGUE -> 2L * k + 1;
            case MODIFIED_SAINTE_LAGUE -> k == 0 ? 14 : 10 * (2L * k + 1);
            case HUNTINGTON_HILL -> (long) k * (k + 1);
            default -> throw new IllegalArgumentException("not a divisor method: " + m);
        };
    }
}

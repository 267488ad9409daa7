package org.atazan.voting.apportionment;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Quota methods with largest remainders, in exact integer arithmetic so that equal remainders are
 * recognised as ties. If the Droop quota hands out more whole seats than exist (possible with tiny
 * seat counts), the surplus is taken back from the smallest remainders.
 */
final class LargestRemainder {
    private LargestRemainder() {
    }

    static Double allocate(Method m, long[] votes, List<Integer> eligible, int seats, int[] won, List<Tie> ties,
                           List<PartyVotes> rows) {
        long total = eligible.stream().mapToLong(i -> votes[i]).sum();
        if (total == 0 || seats == 0) return total == 0 ? null : quota(m, total, seats);
        // Remainders are compared as integers: Hare uses v*S mod V (same denominator V for all),
        // Droop uses v mod q.
        BigInteger[] rem = new BigInteger[votes.length];
        long droop = total / (seats + 1L) + 1;
        int given = 0;
        for (int i : eligible) {
            if (m == Method.HARE) {
                BigInteger[] qr = BigInteger.valueOf(votes[i]).multiply(BigInteger.valueOf(seats))
                        .divideAndRemainder(BigInteger.valueOf(total));
                won[i] = qr[0].intValueExact();
                rem[i] = qr[1];
            } else {
                won[i] = (int) (votes[i] / droop);
                rem[i] = BigInteger.valueOf(votes[i] % droop);
            }
            given += won[i];
        }
        Comparator<Integer> order = (a, b) -> {
            int c = rem[b].compareTo(rem[a]);
            return c != 0 ? c : Apportionment.byTieRule(votes, a, b);
        };
        List<Integer> sorted = new ArrayList<>(eligible);
        sorted.sort(order);
        int left = seats - given;
        if (left > 0) {
            for (int k = 0; k < left; k++) won[sorted.get(k % sorted.size())]++;
            noteTie(sorted, rem, left, ties, rows, "remainder seats");
        } else if (left < 0) {
            for (int k = sorted.size() - 1; k >= 0 && left < 0; k--) {
                if (won[sorted.get(k)] > 0) {
                    won[sorted.get(k)]--;
                    left++;
                }
            }
        }
        return quota(m, total, seats);
    }

    private static void noteTie(List<Integer> sorted, BigInteger[] rem, int left, List<Tie> ties,
                                List<PartyVotes> rows, String at) {
        if (left >= sorted.size()) return;
        BigInteger cut = rem[sorted.get(left - 1)];
        if (!rem[sorted.get(left)].equals(cut)) return;
        List<String> parties = new ArrayList<>();
        List<String> winners = new ArrayList<>();
        for (int k = 0; k < sorted.size(); k++) {
            if (rem[sorted.get(k)].equals(cut)) {
                parties.add(rows.get(sorted.get(k)).party());
                if (k < left) winners.add(rows.get(sorted.get(k)).party());
            }
        }
        ties.add(new Tie(at, parties, winners, Tie.RULE));
    }

    private static Double quota(Method m, long total, int seats) {
        if (seats == 0) return null;
        return m == Method.HARE ? (double) total / seats : (double) (total / (seats + 1L) + 1);
    }
}

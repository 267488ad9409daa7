package org.atazan.charter.compare;

import org.atazan.charter.Article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pairs old and new articles by number and by content; see {@link CharterComparator} for the rule.
 * Works on the articles that are in force on both sides; repealed gaps are matched by number later.
 */
final class Pairing {
    static final double SAME_NUMBER_BONUS = 0.15;
    static final double THRESHOLD = 0.35;

    final int[] newOf;
    final int[] oldOf;
    final double[] similarity;

    private Pairing(int oldCount, int newCount) {
        newOf = new int[oldCount];
        oldOf = new int[newCount];
        similarity = new double[oldCount];
        Arrays.fill(newOf, -1);
        Arrays.fill(oldOf, -1);
    }

    static Pairing pair(List<Article> old, List<Article> neu, String[] oldText, String[] newText) {
        Pairing p = new Pairing(old.size(), neu.size());
        // Pass 1: same number and the same text. Cheap, and all that a version compared with itself needs.
        java.util.Map<String, Integer> newByNumber = new java.util.HashMap<>();
        for (int j = 0; j < neu.size(); j++) if (!neu.get(j).repealed()) newByNumber.putIfAbsent(neu.get(j).number(), j);
        for (int i = 0; i < old.size(); i++) {
            if (old.get(i).repealed()) continue;
            Integer j = newByNumber.get(old.get(i).number());
            if (j != null && p.oldOf[j] < 0 && oldText[i].equals(newText[j])) p.link(i, j, 1.0);
        }
        // Pass 2: content similarity of every remaining pair, best first.
        List<Integer> oi = new ArrayList<>();
        List<Integer> nj = new ArrayList<>();
        for (int i = 0; i < old.size(); i++) if (!old.get(i).repealed() && p.newOf[i] < 0) oi.add(i);
        for (int j = 0; j < neu.size(); j++) if (!neu.get(j).repealed() && p.oldOf[j] < 0) nj.add(j);
        if (oi.isEmpty() || nj.isEmpty()) return p;
        Fingerprints fp = Fingerprints.forSample(sample(oldText, newText));
        int[][] of = new int[old.size()][];
        int[][] nf = new int[neu.size()][];
        for (int i : oi) of[i] = fp.of(oldText[i]);
        for (int j : nj) nf[j] = fp.of(newText[j]);
        // An inverted index from feature to new articles counts the shared features of all pairs at once,
        // touching only features that do meet instead of merging every pair of feature lists.
        java.util.Map<Integer, int[]> postings = postings(nj, nf);
        List<Candidate> candidates = new ArrayList<>();
        double[] sims = new double[oi.size() * nj.size()];
        int[] common = new int[nj.size()];
        for (int a = 0; a < oi.size(); a++) {
            int i = oi.get(a);
            Arrays.fill(common, 0);
            for (int f : of[i]) {
                int[] list = postings.get(f);
                if (list != null) for (int k = 1; k <= list[0]; k++) common[list[k]]++;
            }
            for (int b = 0; b < nj.size(); b++) {
                int j = nj.get(b);
                int size = of[i].length + nf[j].length;
                double sim = size == 0 ? 0 : 2.0 * common[b] / size;
                double score = sim + (old.get(i).number().equals(neu.get(j).number()) ? SAME_NUMBER_BONUS : 0);
                sims[a * nj.size() + b] = sim;
                if (score >= THRESHOLD) candidates.add(new Candidate(score, a, b));
            }
        }
        // Best first; a stable sort keeps reading order among equal scores.
        candidates.sort(java.util.Comparator.comparingDouble(Candidate::score).reversed());
        for (Candidate c : candidates) {
            int i = oi.get(c.a());
            int j = nj.get(c.b());
            if (p.newOf[i] < 0 && p.oldOf[j] < 0) p.link(i, j, sims[c.a() * nj.size() + c.b()]);
        }
        return p;
    }

    /** A possible pair: its score, and the positions of its old (in oi) and new (in nj) article. */
    private record Candidate(double score, int a, int b) {
    }

    /** Feature to the positions (in nj) of the new articles that have it; element 0 is the count. */
    private static java.util.Map<Integer, int[]> postings(List<Integer> nj, int[][] nf) {
        java.util.Map<Integer, int[]> postings = new java.util.HashMap<>();
        for (int b = 0; b < nj.size(); b++) {
            for (int f : nf[nj.get(b)]) {
                int[] list = postings.get(f);
                if (list == null) postings.put(f, list = new int[4]);
                else if (list[0] + 1 == list.length) postings.put(f, list = Arrays.copyOf(list, list.length * 2));
                list[++list[0]] = b;
            }
        }
        return postings;
    }

    private void link(int i, int j, double sim) {
        newOf[i] = j;
        oldOf[j] = i;
        similarity[i] = sim;
    }

    private static String sample(String[] a, String[] b) {
        StringBuilder sb = new StringBuilder();
        for (String s : a) {
            sb.append(s);
            if (sb.length() > 20_000) break;
        }
        for (String s : b) {
            sb.append(s);
            if (sb.length() > 40_000) break;
        }
        return sb.toString();
    }
}

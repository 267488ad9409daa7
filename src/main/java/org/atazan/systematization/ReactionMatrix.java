package org.atazan.systematization;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who reacted how to which statement: participants by statements, sparse (most people react to few
 * statements). Kept as one sorted row of statement indices and values per participant, which is all
 * the opinion map reads: a row at a time.
 */
public final class ReactionMatrix {
    private final List<String> participants;
    private final List<String> statements;
    private final int[][] columns;
    private final byte[][] values;

    private ReactionMatrix(List<String> participants, List<String> statements, int[][] columns, byte[][] values) {
        this.participants = participants;
        this.statements = statements;
        this.columns = columns;
        this.values = values;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<String> participants() {
        return participants;
    }

    public List<String> statements() {
        return statements;
    }

    /** The statement indices participant {@code p} reacted to, ascending. Not to be changed. */
    int[] columns(int p) {
        return columns[p];
    }

    /** The reactions of participant {@code p}, as +1, -1, 0, in the order of {@link #columns(int)}. */
    byte[] values(int p) {
        return values[p];
    }

    /** What {@link #forEach} hands over: one participant's latest reaction to one statement. */
    @FunctionalInterface
    public interface Cell {
        void accept(String participant, String statement, Reaction reaction);
    }

    /** Every kept reaction, participant by participant, statements in index order. */
    public void forEach(Cell each) {
        for (int p = 0; p < columns.length; p++) {
            for (int k = 0; k < columns[p].length; k++) {
                each.accept(participants.get(p), statements.get(columns[p][k]), Reaction.of(values[p][k]));
            }
        }
    }

    /** How many reactions there are in all. */
    public long reactions() {
        long n = 0;
        for (int[] c : columns) n += c.length;
        return n;
    }

    /**
     * Collects reactions in the order they were made: a later reaction of a person to a statement
     * replaces theirs. Kept as three growing primitive arrays, sorted into rows once at the end: a
     * conversation's hundreds of thousands of reactions never become as many boxed map entries.
     */
    public static final class Builder {
        private final Map<String, Integer> participantIndex = new LinkedHashMap<>();
        private final Map<String, Integer> statementIndex = new LinkedHashMap<>();
        private int[] who = new int[1024];
        private int[] what = new int[1024];
        private byte[] how = new byte[1024];
        private int size;

        /** Declares a statement, so that it is counted even if nobody reacted to it. */
        public Builder statement(String id) {
            statementIndex.putIfAbsent(id, statementIndex.size());
            return this;
        }

        public Builder react(String participant, String statement, Reaction reaction) {
            Integer p = participantIndex.putIfAbsent(participant, participantIndex.size());
            Integer s = statementIndex.putIfAbsent(statement, statementIndex.size());
            if (size == who.length) {
                int grown = Math.multiplyExact(size, 2);
                who = Arrays.copyOf(who, grown);
                what = Arrays.copyOf(what, grown);
                how = Arrays.copyOf(how, grown);
            }
            who[size] = p == null ? participantIndex.size() - 1 : p;
            what[size] = s == null ? statementIndex.size() - 1 : s;
            how[size] = (byte) reaction.value();
            size++;
            return this;
        }

        public ReactionMatrix build() {
            int n = participantIndex.size();
            // Reactions grouped by participant, in the order made (a counting sort: stable).
            int[] start = new int[n + 1];
            for (int i = 0; i < size; i++) start[who[i] + 1]++;
            for (int p = 0; p < n; p++) start[p + 1] += start[p];
            int[] order = new int[size];
            int[] next = Arrays.copyOf(start, n);
            for (int i = 0; i < size; i++) order[next[who[i]]++] = i;
            int[][] columns = new int[n][];
            byte[][] values = new byte[n][];
            for (int p = 0; p < n; p++) {
                int from = start[p], to = start[p + 1];
                // Statement in the high half, order of making in the low: sorted, a statement's last is its latest.
                long[] keys = new long[to - from];
                for (int k = from; k < to; k++) keys[k - from] = ((long) what[order[k]] << 32) | (k - from);
                Arrays.sort(keys);
                int[] c = new int[keys.length];
                byte[] v = new byte[keys.length];
                int m = 0;
                for (int k = 0; k < keys.length; k++) {
                    int statement = (int) (keys[k] >>> 32);
                    if (k + 1 < keys.length && (int) (keys[k + 1] >>> 32) == statement) continue; // a later one follows
                    c[m] = statement;
                    v[m++] = how[order[from + (int) keys[k]]];
                }
                columns[p] = Arrays.copyOf(c, m);
                values[p] = Arrays.copyOf(v, m);
            }
            return new ReactionMatrix(List.copyOf(participantIndex.keySet()), List.copyOf(statementIndex.keySet()), columns, values);
        }
    }
}

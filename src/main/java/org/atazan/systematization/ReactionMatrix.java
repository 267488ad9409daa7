package org.atazan.systematization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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

    /** How many reactions there are in all. */
    public long reactions() {
        long n = 0;
        for (int[] c : columns) n += c.length;
        return n;
    }

    /** Collects reactions in the order they were made: a later reaction of a person to a statement replaces theirs. */
    public static final class Builder {
        private final Map<String, Integer> participantIndex = new LinkedHashMap<>();
        private final Map<String, Integer> statementIndex = new LinkedHashMap<>();
        private final List<Map<Integer, Byte>> rows = new ArrayList<>();

        /** Declares a statement, so that it is counted even if nobody reacted to it. */
        public Builder statement(String id) {
            statementIndex.putIfAbsent(id, statementIndex.size());
            return this;
        }

        public Builder react(String participant, String statement, Reaction reaction) {
            Integer p = participantIndex.get(participant);
            if (p == null) {
                p = participantIndex.size();
                participantIndex.put(participant, p);
                rows.add(new HashMap<>());
            }
            statement(statement);
            rows.get(p).put(statementIndex.get(statement), (byte) reaction.value());
            return this;
        }

        public ReactionMatrix build() {
            int n = rows.size();
            int[][] columns = new int[n][];
            byte[][] values = new byte[n][];
            for (int p = 0; p < n; p++) {
                Map<Integer, Byte> row = rows.get(p);
                int[] c = row.keySet().stream().mapToInt(Integer::intValue).toArray();
                Arrays.sort(c);
                byte[] v = new byte[c.length];
                for (int i = 0; i < c.length; i++) v[i] = row.get(c[i]);
                columns[p] = c;
                values[p] = v;
            }
            return new ReactionMatrix(List.copyOf(participantIndex.keySet()), List.copyOf(statementIndex.keySet()), columns, values);
        }
    }
}

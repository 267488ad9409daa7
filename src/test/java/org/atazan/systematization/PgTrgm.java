package org.atazan.systematization;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** PostgreSQL pg_trgm {@code similarity()} (Decidim's method) as a scorer, for comparison only. */
record PgTrgm(DataSource db) implements PairScorer {
    @Override
    public double[] score(List<TextPair> pairs) {
        try (Connection c = db.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            }
            double[] out = new double[pairs.size()];
            // Both texts sent as arrays, paired by position: one round trip for all the pairs.
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT similarity(a, b) FROM unnest(?::text[], ?::text[]) WITH ORDINALITY AS t(a, b, i) ORDER BY i")) {
                ps.setArray(1, c.createArrayOf("text", pairs.stream().map(TextPair::first).toArray()));
                ps.setArray(2, c.createArrayOf("text", pairs.stream().map(TextPair::second).toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    for (int i = 0; rs.next(); i++) out[i] = rs.getDouble(1);
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.atazan.voting.persistence;

import org.atazan.kernel.TabText;
import org.atazan.voting.Protocol;
import org.atazan.voting.QuestionResult;
import org.atazan.voting.Revision;
import org.atazan.voting.Territory;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import tools.jackson.databind.ObjectMapper;

import javax.sql.DataSource;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Writes territories and revisions with PostgreSQL's COPY (text format), in the caller's transaction. */
final class CopyRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CopyRows() {
    }

    static void territories(DataSource ds, String id, int firstPosition, List<Territory> ts) throws SQLException {
        StringBuilder sb = new StringBuilder(ts.size() * 120);
        int pos = firstPosition;
        for (Territory t : ts) {
            field(sb, id).append('\t');
            field(sb, t.code()).append('\t').append(pos++).append('\t');
            field(sb, t.kind()).append('\t');
            if (t.parentCode() == null) sb.append("\\N"); else field(sb, t.parentCode());
            sb.append('\t');
            field(sb, JSON.writeValueAsString(t.names())).append('\t').append(t.registered()).append('\n');
        }
        copy(ds, "COPY voting_territory (event_id, code, position, kind, parent_code, names, registered) FROM STDIN", sb);
    }

    static void revisions(DataSource ds, String id, List<Revision> revs) throws SQLException {
        StringBuilder sb = new StringBuilder(revs.size() * 120);
        for (Revision r : revs) {
            Protocol p = r.protocol();
            field(sb, id).append('\t');
            field(sb, r.station()).append('\t').append(r.number()).append('\t').append(p.registered()).append('\t')
                    .append(p.issued()).append('\t').append(p.inBoxes()).append('\t').append(p.invalid()).append('\t');
            StringBuilder q = new StringBuilder("{");
            StringBuilder yes = new StringBuilder("{");
            StringBuilder no = new StringBuilder("{");
            for (QuestionResult qr : p.questions()) {
                if (q.length() > 1) {
                    q.append(',');
                    yes.append(',');
                    no.append(',');
                }
                q.append('"').append(qr.questionId().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
                yes.append(qr.yes());
                no.append(qr.no());
            }
            field(sb, q.append('}').toString()).append('\t').append(yes).append("}\t").append(no).append("}\t");
            field(sb, r.enteredBy()).append('\t').append(r.enteredAt().toString()).append('\t');
            field(sb, r.reason()).append('\n');
        }
        copy(ds, "COPY voting_protocol (event_id, station_code, revision, registered, issued, in_boxes, invalid,"
                + " questions, yes, no, entered_by, entered_at, reason) FROM STDIN", sb);
    }

    private static void copy(DataSource ds, String sql, StringBuilder rows) throws SQLException {
        Connection c = DataSourceUtils.getConnection(ds);
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        } finally {
            DataSourceUtils.releaseConnection(c, ds);
        }
    }

    private static StringBuilder field(StringBuilder sb, String s) {
        return TabText.append(sb, s);
    }
}

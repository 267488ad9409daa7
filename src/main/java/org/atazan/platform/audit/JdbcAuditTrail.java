package org.atazan.platform.audit;

import org.atazan.platform.AuditEntry;
import org.atazan.platform.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/** The audit trail in PostgreSQL ({@code platform_audit}); joins the caller's transaction if any. */
@Component
class JdbcAuditTrail implements AuditTrail {
    static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9._-]{0,63}");
    static final Pattern OBJECT_TYPE = Pattern.compile("[a-z][a-z0-9_-]{0,31}");
    static final int MAX_SUMMARY = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void record(String actor, String action, String objectType, String objectId, String summary) {
        require(actor != null && !actor.isBlank() && actor.length() <= 64, "actor", actor);
        require(action != null && ACTION.matcher(action).matches(), "action", action);
        require(objectType != null && OBJECT_TYPE.matcher(objectType).matches(), "objectType", objectType);
        require(objectId != null && !objectId.isBlank() && objectId.length() <= 200, "objectId", objectId);
        String text = summary == null ? "" : summary.strip();
        if (text.length() > MAX_SUMMARY) text = text.substring(0, MAX_SUMMARY - 1) + "…";
        jdbc.sql("INSERT INTO platform_audit (at, actor, action, object_type, object_id, summary) VALUES (?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(clock.instant()), actor, action, objectType, objectId, text)
                .update();
    }

    @Override
    public List<AuditEntry> entries(String objectType, String objectId, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit: 1 to " + MAX_LIMIT);
        if (objectId != null && objectType == null) throw new IllegalArgumentException("objectId needs objectType");
        return jdbc.sql("""
                        SELECT id, at, actor, action, object_type, object_id, summary FROM platform_audit
                        WHERE (CAST(:type AS text) IS NULL OR object_type = :type)
                          AND (CAST(:id AS text) IS NULL OR object_id = :id)
                        ORDER BY id DESC LIMIT :limit
                        """)
                .param("type", objectType).param("id", objectId).param("limit", limit)
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    private static void require(boolean ok, String name, String value) {
        if (!ok) throw new IllegalArgumentException("audit entry: malformed " + name + " '" + value + "'");
    }
}

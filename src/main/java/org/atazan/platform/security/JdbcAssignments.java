package org.atazan.platform.security;

import org.atazan.platform.Assignments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

/** Assignments of accounts to objects in PostgreSQL ({@code platform_assignment}). */
@Component
class JdbcAssignments implements Assignments {
    static final Pattern OBJECT_TYPE = Pattern.compile("[a-z][a-z0-9_-]{0,31}");
    static final Pattern OBJECT_ID = Pattern.compile("[A-Za-z0-9._:-]+(/[A-Za-z0-9._:-]+)*");
    static final int MAX_ID = 128;

    /** One assignment as the admin sees it. */
    record Assignment(String objectType, String objectId, String assignedBy, Instant assignedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAssignments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static boolean validType(String objectType) {
        return objectType != null && OBJECT_TYPE.matcher(objectType).matches();
    }

    static boolean validId(String objectId) {
        return objectId != null && objectId.length() <= MAX_ID && OBJECT_ID.matcher(objectId).matches();
    }

    @Override
    public boolean isAssigned(String account, String objectType, String objectId) {
        if (account == null || !validType(objectType) || !validId(objectId)) return false;
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM platform_account
                                       WHERE username = :account AND ',' || roles || ',' LIKE '%,ROLE_ADMIN,%')
                            OR EXISTS (SELECT 1 FROM platform_assignment
                                       WHERE username = :account AND object_type = :type AND object_id = :id)
                        """)
                .param("account", account).param("type", objectType).param("id", objectId)
                .query(Boolean.class).single();
    }

    @Override
    public List<String> objectsOf(String account, String objectType) {
        if (account == null || !validType(objectType)) return List.of();
        return jdbc.sql("SELECT object_id FROM platform_assignment WHERE username = ? AND object_type = ? ORDER BY object_id")
                .params(account, objectType).query(String.class).list();
    }

    /** The account's assignments, of one type or all. */
    List<Assignment> of(String account, String objectType) {
        return jdbc.sql("""
                        SELECT object_type, object_id, assigned_by, assigned_at FROM platform_assignment
                        WHERE username = :account AND (CAST(:type AS text) IS NULL OR object_type = :type)
                        ORDER BY object_type, object_id
                        """)
                .param("account", account).param("type", objectType)
                .query((rs, n) -> new Assignment(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Assigns; true if the assignment is new, false if it was there already (then unchanged). */
    boolean assign(String account, String objectType, String objectId, String by) {
        return jdbc.sql("""
                        INSERT INTO platform_assignment (username, object_type, object_id, assigned_by, assigned_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                        """)
                .params(account, objectType, objectId, by, clock.instant().atOffset(ZoneOffset.UTC))
                .update() == 1;
    }

    /** Removes an assignment; true if there was one. */
    boolean unassign(String account, String objectType, String objectId) {
        return jdbc.sql("DELETE FROM platform_assignment WHERE username = ? AND object_type = ? AND object_id = ?")
                .params(account, objectType, objectId).update() == 1;
    }
}

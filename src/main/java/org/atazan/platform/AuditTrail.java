package org.atazan.platform;

import java.util.List;

/**
 * Who did what, when, to which object: an append-only trail (PostgreSQL table {@code platform_audit},
 * which refuses updates and deletes) that every module writes through this interface from its edges,
 * and that an admin reads through {@code GET /api/audit}.
 * <p>
 * An entry is written in the caller's transaction when there is one, so that a decision and its entry
 * are kept or lost together. It holds the account name of the actor and nothing else personal: never a
 * password, a hash, a citizen's name or contact, nor the content of a proposal; a summary says what
 * changed in a few words ("roles: ADMIN, SECRETARY").
 *
 * <pre>{@code
 * audit.record(principal.getName(), "vote.open", "vote", vote.id(), "opened for protocols");
 * }</pre>
 */
public interface AuditTrail {

    /** The most entries one read returns. */
    int MAX_LIMIT = 500;

    /**
     * Appends one entry, timed by the platform's clock.
     *
     * @param actor      the account that acted, or {@code "system"} for the platform itself
     * @param action     what was done, lower case with dots: {@code account.create}, {@code vote.open}
     * @param objectType the kind of object, lower case: {@code account}, {@code vote}, {@code charter}
     * @param objectId   which object of that kind (up to 200 characters)
     * @param summary    a few words on what changed (cut at 1,000 characters); may be empty
     * @throws IllegalArgumentException if a name is missing or malformed (a bug of the caller)
     */
    void record(String actor, String action, String objectType, String objectId, String summary);

    /**
     * The latest entries, newest first.
     *
     * @param objectType only this kind of object, or {@code null} for all
     * @param objectId   only this object (with {@code objectType}), or {@code null} for all
     * @param limit      1 to {@link #MAX_LIMIT}
     */
    List<AuditEntry> entries(String objectType, String objectId, int limit);
}

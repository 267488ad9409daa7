package org.atazan.platform;

import java.util.List;

/**
 * Which objects an official may act on. A role says what kind of work an account does (an
 * {@code ELECTION_OFFICIAL} enters protocols); an assignment says on which objects (this vote, not
 * that one). The admin assigns accounts to objects through
 * {@code PUT /api/accounts/{username}/assignments/{objectType}/{objectId}}; an account with the
 * {@code ADMIN} role is assigned to everything.
 * <p>
 * A module checks it in its edges, after the role check, before it writes:
 * <pre>{@code
 * @PreAuthorize("hasRole('ELECTION_OFFICIAL')")
 * @PostMapping("/api/referendums/{id}/protocols")
 * ProtocolOut submit(@PathVariable String id, @RequestBody ProtocolIn body, Principal who) {
 *     if (!assignments.isAssigned(who.getName(), "vote", id)) {
 *         throw new AccessDeniedException("not assigned to vote " + id);   // 403 problem
 *     }
 *     ...
 * }
 * }</pre>
 * Object types are lower-case words ({@code vote}, {@code charter}, {@code territory}); object ids
 * are the module's own ids (letters, digits, {@code . _ : -}, and {@code /} between parts, up to 128
 * characters). Assignments of an account go with it when it is removed.
 */
public interface Assignments {

    /**
     * Whether {@code account} may act on the object: it is assigned to it, or it has the ADMIN role.
     * False for an unknown account or a malformed type or id.
     */
    boolean isAssigned(String account, String objectType, String objectId);

    /**
     * The ids of the objects of {@code objectType} that {@code account} is assigned to, sorted. Only
     * explicit assignments: an admin, assigned to everything, may have none listed.
     */
    List<String> objectsOf(String account, String objectType);
}

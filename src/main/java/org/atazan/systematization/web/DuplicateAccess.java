package org.atazan.systematization.web;

import org.atazan.platform.Assignments;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The consultation's own rule for its secretariat, applied to systematization: a SECRETARY or ADMIN
 * assigned to the consultation (object type {@code consultation}); the admin is assigned to all.
 */
@Component
class DuplicateAccess {
    private final Assignments assignments;

    DuplicateAccess(Assignments assignments) {
        this.assignments = assignments;
    }

    boolean secretariat(Authentication who, String consultationId) {
        if (who == null) return false;
        boolean role = who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_SECRETARY")
                || a.getAuthority().equals("ROLE_ADMIN"));
        return role && assignments.isAssigned(who.getName(), "consultation", consultationId);
    }

    void requireSecretariat(Authentication who, String consultationId) {
        if (!secretariat(who, consultationId)) {
            throw new AccessDeniedException("not the secretariat of consultation '" + consultationId + "'");
        }
    }
}

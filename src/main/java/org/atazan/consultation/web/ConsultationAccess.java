package org.atazan.consultation.web;

import org.atazan.platform.Assignments;
import org.atazan.platform.Citizens;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Object-level access: the secretariat acts only on the consultations it is assigned to (the admin on
 * all); a citizen acts when their identity level allows the action.
 */
@Component
class ConsultationAccess {
    static final String OBJECT_TYPE = "consultation";
    private final Assignments assignments;
    private final Citizens citizens;

    ConsultationAccess(Assignments assignments, Citizens citizens) {
        this.assignments = assignments;
        this.citizens = citizens;
    }

    boolean secretariat(Authentication who, String consultationId) {
        if (who == null) return false;
        boolean role = who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_SECRETARY")
                || a.getAuthority().equals("ROLE_ADMIN"));
        return role && assignments.isAssigned(who.getName(), OBJECT_TYPE, consultationId);
    }

    void requireSecretariat(Authentication who, String consultationId) {
        if (!secretariat(who, consultationId)) {
            throw new AccessDeniedException("not the secretariat of consultation '" + consultationId + "'");
        }
    }

    void requireCitizen(Authentication who, String action) {
        if (who == null || !citizens.may(who.getName(), action)) {
            throw new AccessDeniedException("this account may not " + action + ": it needs the identity level "
                    + citizens.required(action).name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
    }
}

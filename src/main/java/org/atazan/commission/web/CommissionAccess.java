package org.atazan.commission.web;

import org.atazan.commission.Body;
import org.atazan.commission.Membership;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Object-level access: an account acts in a body only through a seat it holds there on the day (the
 * membership the admin gave it when creating the body), with that seat's role; a seat in one body gives
 * nothing in another. The role's own limits (only the secretary or chair runs a meeting) are the core's.
 */
@Component
class CommissionAccess {

    Membership requireSeat(Authentication who, Body body, LocalDate day) {
        if (who == null) throw new AccessDeniedException("sign in first");
        return body.seat(who.getName(), day).orElseThrow(() -> new AccessDeniedException(
                "this account holds no seat in body '" + body.id() + "' on " + day));
    }
}

package org.atazan.commission;

import org.atazan.kernel.BadInputException;

import java.time.LocalDate;

/**
 * A person's seat in a body over a term: the platform account they sign in with, the public name, the
 * role. A term without an end is open.
 */
public record Membership(String account, String name, Role role, LocalDate from, LocalDate to) {
    public Membership {
        if (account == null || account.isBlank()) throw new BadInputException("field account: missing");
        if (name == null || name.isBlank()) throw new BadInputException("field name: missing");
        if (role == null) throw new BadInputException("field role: missing");
        if (from == null) throw new BadInputException("field from: missing");
        if (to != null && to.isBefore(from)) throw new BadInputException("field to: " + to + " is before the term's start " + from);
    }

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}

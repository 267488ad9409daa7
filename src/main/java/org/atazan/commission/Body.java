package org.atazan.commission;

import org.atazan.kernel.BadInputException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** A body that deliberates and votes: its kind, name, rules and members over their terms. */
public record Body(String id, Kind kind, String name, BodyRules rules, List<Membership> members) {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    public enum Kind { REFORM_COMMISSION, WORKING_GROUP, COUNCIL }

    public Body {
        if (id == null || !ID.matcher(id).matches()) throw new BadInputException("field id: must be 1-64 characters: a-z, 0-9, '.', '_', '-'");
        if (kind == null) throw new BadInputException("field kind: missing");
        if (name == null || name.isBlank()) throw new BadInputException("field name: missing");
        if (rules == null) throw new BadInputException("field rules: missing");
        members = List.copyOf(members == null ? List.of() : members);
    }

    /** The members whose term covers {@code day}. */
    public List<Membership> membersOn(LocalDate day) {
        return members.stream().filter(m -> m.activeOn(day)).toList();
    }

    /** The seat an account holds on {@code day}, if any. */
    public Optional<Membership> seat(String account, LocalDate day) {
        return members.stream().filter(m -> m.account().equals(account) && m.activeOn(day)).findFirst();
    }
}

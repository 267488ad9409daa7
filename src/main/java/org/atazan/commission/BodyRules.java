package org.atazan.commission;

import org.atazan.kernel.BadInputException;

import java.util.EnumMap;
import java.util.Map;

/**
 * A body's own rules: its quorum (a share of its members who must be present), the majority each
 * kind of decision needs, and whether its polls may be secret.
 */
public record BodyRules(Threshold quorum, Map<DecisionKind, Majority> majorities, boolean secretPollsAllowed) {

    /** Kinds of decision, which may need different majorities. */
    public enum DecisionKind { PROCEDURE, AMENDMENT, DRAFT, MINUTES }

    public BodyRules {
        if (quorum == null) throw new BadInputException("field quorum: missing");
        Map<DecisionKind, Majority> all = new EnumMap<>(DecisionKind.class);
        for (DecisionKind k : DecisionKind.values()) all.put(k, Majority.OF_PRESENT);
        if (majorities != null) all.putAll(majorities);
        majorities = Map.copyOf(all);
    }

    /** More than half present; decisions by more than half of those present; drafts by two thirds of all members. */
    public static BodyRules usual() {
        return new BodyRules(Threshold.MORE_THAN_HALF, Map.of(DecisionKind.DRAFT, Majority.TWO_THIRDS_OF_ALL), false);
    }

    public Majority majorityFor(DecisionKind kind) {
        return majorities.get(kind);
    }
}

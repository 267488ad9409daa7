package org.atazan.voting;

import org.atazan.kernel.BadInputException;
import org.atazan.voting.apportionment.Method;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a party-list vote's seats are allocated: a method and a threshold in percent of all votes cast
 * ("hare:5": Hare quota, 5 %, as in Kazakhstan, "Against all" counted among the votes cast).
 */
public record SeatRule(Method method, BigDecimal threshold) implements VoteRule {

    public SeatRule {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(threshold, "threshold");
        if (threshold.signum() < 0 || threshold.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new BadInputException("field rule: threshold must be 0..100 percent: " + threshold.toPlainString());
        }
    }

    @Override
    public String code() {
        return method.cliName() + (threshold.signum() == 0 ? "" : ":" + threshold.toPlainString());
    }

    @Override
    public String key() {
        return method.cliName();
    }

    /** "method" or "method:threshold"; no rule at all means Hare without a threshold. */
    public static SeatRule parse(String code) {
        String rule = code == null ? "" : code.strip();
        int colon = rule.indexOf(':');
        String m = colon < 0 ? rule : rule.substring(0, colon);
        Method method;
        try {
            method = Method.parse(m.isBlank() ? "hare" : m);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("field rule: " + e.getMessage());
        }
        if (colon < 0) return new SeatRule(method, BigDecimal.ZERO);
        try {
            return new SeatRule(method, new BigDecimal(rule.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new BadInputException("field rule: '" + rule + "' has no valid threshold");
        }
    }
}

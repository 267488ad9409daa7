package org.atazan.voting.apportionment;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Seat allocation methods, with their command-line names. */
public enum Method {
    /** Hare quota (votes / seats) and largest remainders. */
    HARE("hare"),
    /** Droop quota (floor(votes / (seats + 1)) + 1) and largest remainders. */
    DROOP("droop"),
    /** D'Hondt: divisors 1, 2, 3, ... */
    DHONDT("dhondt"),
    /** Sainte-Laguë (Webster): divisors 1, 3, 5, ... */
    SAINTE_LAGUE("sainte-lague"),
    /** Modified Sainte-Laguë (Scandinavian): divisors 1.4, 3, 5, ... */
    MODIFIED_SAINTE_LAGUE("modified-sainte-lague"),
    /** Huntington–Hill: divisors sqrt(n(n+1)), so the first divisor is 0 (see {@link Apportionment}). */
    HUNTINGTON_HILL("huntington-hill");

    private final String cliName;

    Method(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** The method with that command-line name (or enum name), case-insensitive. */
    public static Method parse(String s) {
        for (Method m : values()) {
            if (m.cliName.equalsIgnoreCase(s) || m.name().equalsIgnoreCase(s)) return m;
        }
        throw new IllegalArgumentException("unknown method '" + s + "'; expected one of "
                + Arrays.stream(values()).map(Method::cliName).collect(Collectors.joining(", ")));
    }
}

package org.atazan.voting.forensics;

/**
 * Which stations the integer test looks at, and what their turnout is. The yes share is always
 * yes ÷ ballots in the boxes (the paper's "valid + invalid ballots"); both shares must be at most 99 %
 * (a share of 100 % is integer trivially).
 */
public enum Selection {
    /**
     * The authors' published method and code (Kobak, Shpilkin &amp; Pshenichnikov): at least 100
     * registered voters, turnout = ballots issued ÷ registered. The default, so that an observer
     * comparing with the paper finds the same counts.
     */
    PAPER("paper"),
    /** The platform's earlier choice: at least 100 ballots in the boxes, turnout = ballots in the boxes ÷ registered. */
    VOTED("voted");

    static final int MIN_STATION = 100;

    private final String cliName;

    Selection(String cliName) {
        this.cliName = cliName;
    }

    /** The name a command line, a form or a query string gives. */
    public String cliName() {
        return cliName;
    }

    /** The selection of that name (either case), or null when there is none. */
    public static Selection named(String name) {
        for (Selection s : values()) if (s.cliName.equalsIgnoreCase(name)) return s;
        return null;
    }

    /** The numerator of the station's turnout over its registered voters. */
    int turnoutCount(StationData d, int i) {
        return this == PAPER ? d.issued[i] : d.inBoxes[i];
    }

    boolean eligible(StationData d, int i) {
        int size = this == PAPER ? d.registered[i] : d.inBoxes[i];
        return size >= MIN_STATION && d.registered[i] > 0 && d.inBoxes[i] > 0
                && 100L * turnoutCount(d, i) <= 99L * d.registered[i] && 100L * d.yes[i] <= 99L * d.inBoxes[i];
    }
}

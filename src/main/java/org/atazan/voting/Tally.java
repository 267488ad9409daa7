package org.atazan.voting;

/**
 * Totals over a set of polling stations for one question.
 *
 * @param issued ballots issued, i.e. the people who took part ("voted")
 */
public record Tally(long stations, long registered, long issued, long inBoxes, long invalid, long yes, long no) {
    /** The empty tally. */
    public static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0);

    /** The tally of one protocol's first question. */
    public static Tally of(Protocol p) {
        return new Tally(1, p.registered(), p.issued(), p.inBoxes(), p.invalid(), p.yes(), p.no());
    }

    public Tally plus(Tally o) {
        return new Tally(stations + o.stations, registered + o.registered, issued + o.issued,
                inBoxes + o.inBoxes, invalid + o.invalid, yes + o.yes, no + o.no);
    }

    public Tally minus(Tally o) {
        return new Tally(stations - o.stations, registered - o.registered, issued - o.issued,
                inBoxes - o.inBoxes, invalid - o.invalid, yes - o.yes, no - o.no);
    }

    /** Ballots issued as a percentage of registered voters; 0 when nobody is registered. */
    public double turnoutPercent() {
        return registered == 0 ? 0 : 100.0 * issued / registered;
    }

    /** Yes votes as a percentage of the ballots in the boxes; 0 when the boxes are empty. */
    public double yesPercent() {
        return inBoxes == 0 ? 0 : 100.0 * yes / inBoxes;
    }
}

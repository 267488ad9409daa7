package org.atazan.voting;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The figures of a protocol or of a unit's totals as they are written in JSON: one shape for the API,
 * the live updates, open data, the events and the command line. A figure that does not apply is left
 * out (null): {@code stations} and the shares for a single protocol, {@code questions} when there is
 * only the first question (whose yes and no are {@code yes} and {@code no}).
 *
 * @param turnoutPercent issued as a percentage of registered, rounded
 * @param yesPercent     yes as a percentage of the ballots in the boxes, rounded
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TallyFigures(Long stations, long registered, long issued, long inBoxes, long invalid, long yes, long no,
                           Double turnoutPercent, Double yesPercent, List<QuestionResult> questions) {

    public TallyFigures {
        questions = questions == null ? null : List.copyOf(questions);
    }

    /** A station's protocol as entered. */
    public static TallyFigures of(Protocol p) {
        return new TallyFigures(null, p.registered(), p.issued(), p.inBoxes(), p.invalid(), p.yes(), p.no(), null, null,
                several(p.questions()));
    }

    /** The totals of a unit, with the shares rounded to {@code decimals} places. */
    public static TallyFigures of(Tally t, int decimals) {
        return new TallyFigures(t.stations(), t.registered(), t.issued(), t.inBoxes(), t.invalid(), t.yes(), t.no(),
                round(t.turnoutPercent(), decimals), round(t.yesPercent(), decimals), several(t.questions()));
    }

    /** The same figures with another count of stations (null: none shown). */
    public TallyFigures withStations(Long count) {
        return new TallyFigures(count, registered, issued, inBoxes, invalid, yes, no, turnoutPercent, yesPercent, questions);
    }

    private static List<QuestionResult> several(List<QuestionResult> qs) {
        return qs.size() > 1 ? qs : null;
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}

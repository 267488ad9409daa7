package org.atazan.voting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The arithmetic checks that hold on every correct polling-station protocol. */
public final class ControlRelations {
    private ControlRelations() {
    }

    /**
     * Every relation the protocol of a row read without a territory tree breaks. No constant caps its
     * registered voters: a file's row may be a whole country (Kazakhstan 2022's national protocol has
     * 11.7 million); where the territory is known, its own registered voters are the limit
     * ({@link #check(Protocol, long)}).
     */
    public static List<Violation> check(Protocol p) {
        return check(p, Long.MAX_VALUE);
    }

    /**
     * Every relation the protocol breaks; empty when it is consistent.
     *
     * @param maxRegistered the most registered voters its territory can have (its own registered
     *                      voters where known), or {@link Long#MAX_VALUE} for no limit
     */
    public static List<Violation> check(Protocol p, long maxRegistered) {
        List<Violation> out = new ArrayList<>();
        String s = p.stationCode();
        nonNegative(out, s, "registered", p.registered());
        nonNegative(out, s, "issued", p.issued());
        nonNegative(out, s, "inBoxes", p.inBoxes());
        nonNegative(out, s, "invalid", p.invalid());
        for (QuestionResult q : p.questions()) {
            // The field's name only when it is needed: every row of a file passes through here.
            if (q.yes() < 0) nonNegative(out, s, "yes[" + q.questionId() + "]", q.yes());
            if (q.no() < 0) nonNegative(out, s, "no[" + q.questionId() + "]", q.no());
        }
        if (p.registered() > maxRegistered) {
            out.add(new Violation(s, "registered <= " + maxRegistered, figures("registered", p.registered())));
        }
        if (p.issued() > p.registered()) {
            out.add(new Violation(s, "issued <= registered", figures("issued", p.issued(), "registered", p.registered())));
        }
        if (p.inBoxes() > p.issued()) {
            out.add(new Violation(s, "inBoxes <= issued", figures("inBoxes", p.inBoxes(), "issued", p.issued())));
        }
        for (QuestionResult q : p.questions()) {
            if (p.inBoxes() != p.invalid() + q.yes() + q.no()) {
                Map<String, Long> f = figures("inBoxes", p.inBoxes(), "invalid", p.invalid());
                f.put("yes", q.yes());
                f.put("no", q.no());
                out.add(new Violation(s, "inBoxes = invalid + yes + no (question " + q.questionId() + ")", f));
            }
        }
        return out;
    }

    private static void nonNegative(List<Violation> out, String s, String field, long v) {
        if (v < 0) out.add(new Violation(s, field + " >= 0", figures(field, v)));
    }

    private static Map<String, Long> figures(Object... kv) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], (Long) kv[i + 1]);
        return m;
    }
}

package org.atazan.voting;

import org.atazan.kernel.BadInputException;

import java.util.List;

/** The checks every protocol passes before it is stored, whichever way it comes in. */
final class ProtocolChecks {
    private ProtocolChecks() {
    }

    /** The code names a polling station of the vote (a leaf of its tree). */
    static void station(TallyTree tree, String id, String code, String where) {
        if (code == null || code.isBlank()) throw new BadInputException(where + "field station: missing");
        if (!tree.contains(code)) {
            throw new BadInputException(where + "station " + code + ": no such polling station in '" + id + "'");
        }
        if (!tree.children(code).isEmpty()) {
            throw new BadInputException(where + "station " + code + ": is a " + tree.territory(code).kind()
                    + ", not a polling station; protocols are entered per station");
        }
    }

    /**
     * The protocol keeps every control relation, and counts no more registered voters than its
     * station has in the territory tree (when the tree says how many; no constant limit otherwise).
     */
    static void relations(TallyTree tree, Protocol p, String where) {
        long electorate = tree.contains(p.stationCode()) ? tree.territory(p.stationCode()).registered() : 0;
        List<Violation> bad = ControlRelations.check(p, electorate > 0 ? electorate : Long.MAX_VALUE);
        if (!bad.isEmpty()) {
            throw new BadInputException(where + "protocol refused: " + String.join("; ",
                    bad.stream().map(v -> v.message() + (v.relation().startsWith("registered <= ")
                            ? ": the station has " + electorate + " registered voters in the territory tree" : "")).toList()));
        }
    }
}

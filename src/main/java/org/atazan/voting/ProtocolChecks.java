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

    /** The protocol keeps every control relation. */
    static void relations(Protocol p, String where) {
        List<Violation> bad = ControlRelations.check(p);
        if (!bad.isEmpty()) {
            throw new BadInputException(where + "protocol refused: " + String.join("; ",
                    bad.stream().map(Violation::message).toList()));
        }
    }
}

package org.atazan.charter.akn;

import java.util.Set;

/** Names shared by the Akoma Ntoso writer and reader. */
final class Akn {
    static final String NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    /** The hierarchical containers a charter's divisions may use. */
    static final Set<String> DIVISION_KINDS = Set.of("book", "part", "subpart", "title", "subtitle", "chapter",
            "subchapter", "section", "subsection", "division");

    private Akn() {
    }

    /** An eId fragment from a number as written: "(1)" gives "1", "83-1" stays, "IV a" gives "IVa". */
    static String idPart(String number) {
        String s = number.replaceAll("[^\\p{L}\\p{N}-]", "");
        return s.isEmpty() ? "x" : s;
    }
}

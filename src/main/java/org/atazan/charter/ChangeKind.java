package org.atazan.charter;

import java.util.Locale;

/** What happened to one article between two versions of a charter. */
public enum ChangeKind {
    UNCHANGED, AMENDED, ADDED, REPEALED, MOVED;

    /** The name used in JSON and URLs: the constant in lower case. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

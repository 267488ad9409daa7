package org.atazan.charter;

import org.atazan.kernel.BadInputException;

/**
 * Amendments that cannot be consolidated as they stand, with the rule they break: never resolved
 * silently, and nothing of the set applied.
 */
public class AmendmentConflict extends BadInputException {
    public AmendmentConflict(String amendment, String problem) {
        super("amendment " + amendment + ": " + problem);
    }
}

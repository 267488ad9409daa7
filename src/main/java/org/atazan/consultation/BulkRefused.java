package org.atazan.consultation;

import org.atazan.kernel.BadInputException;

import java.util.List;

/** A bulk action applied to none of the selection, because these proposals could not take it. */
public class BulkRefused extends BadInputException {
    private final List<BulkFailure> failures;
    private final int selected;

    public BulkRefused(int selected, List<BulkFailure> failures) {
        super(failures.size() + " of " + selected + " selected proposals cannot take the action, so none was changed; first: "
                + failures.get(0).reference() + ": " + failures.get(0).reason());
        this.failures = List.copyOf(failures);
        this.selected = selected;
    }

    public List<BulkFailure> failures() {
        return failures;
    }

    public int selected() {
        return selected;
    }
}

package org.atazan.commission;

import org.atazan.kernel.BadInputException;

/** A step a body's rules do not allow, refused with the rule named; nothing of it is recorded. */
public class CommissionRefusal extends BadInputException {
    public CommissionRefusal(String problem) {
        super(problem);
    }
}

package org.atazan.commission.web;

import org.atazan.commission.AmendmentDesk;
import org.atazan.commission.PollClosed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a poll on an amendment closes, the proposals the amendment cites follow its outcome, synchronously,
 * inside the poll's unit of work: the decision and the answers are kept or lost together.
 */
@Component
class AmendmentOutcomes {
    private final AmendmentDesk amendments;

    AmendmentOutcomes(AmendmentDesk amendments) {
        this.amendments = amendments;
    }

    @EventListener
    void on(PollClosed closed) {
        amendments.pollClosed(closed);
    }
}

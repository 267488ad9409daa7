package org.atazan.voting.config;

import org.atazan.platform.DemoDataLoaded;
import org.atazan.voting.LiveTotals;
import org.atazan.voting.Referendum;
import org.atazan.voting.VoteRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads every referendum's live totals in the background once the platform is ready, so that the first
 * visitor of a large vote's result page (96,765 stations) does not wait for them.
 */
@Component
class LiveTotalsWarmUp {
    private static final Logger log = LoggerFactory.getLogger(LiveTotalsWarmUp.class);
    private final VoteRegistry votes;
    private final LiveTotals totals;

    LiveTotalsWarmUp(VoteRegistry votes, LiveTotals totals) {
        this.votes = votes;
        this.totals = totals;
    }

    /** At the start, and again once demo data loaded in the background has brought new votes. */
    @EventListener({ApplicationReadyEvent.class, DemoDataLoaded.class})
    void warmUp() {
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            int n = 0;
            for (Referendum r : votes.all()) {
                if (!r.isReferendum()) continue;
                try {
                    totals.tree(r.id());
                    n++;
                } catch (RuntimeException e) {
                    log.warn("Live totals of {} not loaded ahead: {}", r.id(), e.getMessage());
                }
            }
            log.info("Live totals of {} votes loaded in {} ms", n, (System.nanoTime() - start) / 1_000_000);
        }, "live-totals-warm-up");
        t.setDaemon(true);
        t.start();
    }
}

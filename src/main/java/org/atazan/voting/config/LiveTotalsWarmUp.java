package org.atazan.voting.config;

import org.atazan.platform.DemoDataLoaded;
import org.atazan.voting.LiveTotals;
import org.atazan.voting.Referendum;
import org.atazan.voting.VoteRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Loads every referendum's live totals in the background once the platform is ready, so that the first
 * visitor of a large vote's result page (96,765 stations) does not wait for them. A stop meanwhile ends it
 * quietly: the pool closing under it is no failure to report (a stop right after ready printed the pool's
 * stack trace).
 */
@Component
class LiveTotalsWarmUp {
    private static final Logger log = LoggerFactory.getLogger(LiveTotalsWarmUp.class);
    private final VoteRegistry votes;
    private final LiveTotals totals;
    private volatile boolean stopping;

    LiveTotalsWarmUp(VoteRegistry votes, LiveTotals totals) {
        this.votes = votes;
        this.totals = totals;
    }

    /** At the start, and again once demo data loaded in the background has brought new votes. */
    @EventListener({ApplicationReadyEvent.class, DemoDataLoaded.class})
    void warmUp() {
        Thread t = new Thread(() -> load(
                () -> votes.all().stream().filter(Referendum::isReferendum).map(Referendum::id).toList(),
                totals::tree, () -> stopping), "live-totals-warm-up");
        t.setDaemon(true);
        t.start();
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        stopping = true;
    }

    /** Each vote's totals loaded in turn until a stop; how many were loaded. */
    static int load(Supplier<? extends Iterable<String>> votes, Consumer<String> load, BooleanSupplier stopping) {
        long start = System.nanoTime();
        int n = 0;
        try {
            for (String id : votes.get()) {
                if (stopping.getAsBoolean()) break;
                try {
                    load.accept(id);
                    n++;
                } catch (RuntimeException e) {
                    if (stopping.getAsBoolean()) break;
                    log.warn("Live totals of {} not loaded ahead: {}", id, e.getMessage());
                }
            }
        } catch (RuntimeException e) {
            if (!stopping.getAsBoolean()) log.warn("Live totals not loaded ahead: {}", e.getMessage());
            return n;
        }
        if (stopping.getAsBoolean()) log.debug("Live totals: {} votes loaded ahead before the stop", n);
        else log.info("Live totals of {} votes loaded in {} ms", n, (System.nanoTime() - start) / 1_000_000);
        return n;
    }
}

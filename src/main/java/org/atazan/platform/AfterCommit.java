package org.atazan.platform;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an in-memory reaction to a decision once the decision's transaction has committed, on the thread
 * that committed it (at once when no transaction is running). For what may be lost in a crash (a cache's
 * counter, a push to open pages): unlike a {@code @TransactionalEventListener} or an
 * {@code @ApplicationModuleListener}, it writes no event publication to the database, so it costs no insert
 * and no further commits per decision, and takes no second connection while the committing thread still
 * holds its own (at as many concurrent decisions as the pool has connections, that waited 30 s and failed).
 * Called from a plain {@code @EventListener}, which runs inside the publishing transaction.
 */
public final class AfterCommit {
    private AfterCommit() {
    }

    public static void run(Runnable reaction) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            reaction.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                reaction.run();
            }
        });
    }
}

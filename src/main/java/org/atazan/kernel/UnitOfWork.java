package org.atazan.kernel;

import java.util.function.Supplier;

/**
 * One decision as one unit: what it stores and the events it publishes commit together or not at
 * all. The core says where a decision begins and ends; the edge says how (a database transaction).
 */
@FunctionalInterface
public interface UnitOfWork {

    <T> T call(Supplier<T> decision);

    default void run(Runnable decision) {
        call(() -> {
            decision.run();
            return null;
        });
    }

    /** For plain-Java use without a database: the decision runs as it is. */
    UnitOfWork DIRECT = Supplier::get;
}

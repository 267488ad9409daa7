package org.atazan.platform;

import java.nio.file.Path;

/**
 * One set of demo data a module contributes (real texts and real figures only). Loaded once: the
 * platform records each set it loaded and never loads it twice.
 */
public interface DemoDataSet {

    /** A stable name, recorded when the set is loaded; also the order in which sets load. */
    String name();

    /** Loads the set from the shared data directory; runs in one transaction with the record of it. */
    void load(Path sharedData);
}

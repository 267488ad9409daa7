package org.atazan.platform;

import java.util.List;

/**
 * The demo data sets that were missing are in the database now (after a start in the background, the
 * moment pages can show them): a module that prepares something ahead for its pages does it again.
 *
 * @param sets the names of the sets loaded by this start, in order (empty if all were there already)
 */
public record DemoDataLoaded(List<String> sets) {
    public DemoDataLoaded {
        sets = List.copyOf(sets);
    }
}

package org.atazan.platform.demo;

import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Which demo sets are still loading in the background, for the notice every page shows meanwhile (so
 * that an empty list reads as "not yet", not as "none"). Public for the page templates only.
 */
@Component("demoProgress")
public class DemoProgress {
    private volatile List<String> pending = List.of();

    /** True while a set is being loaded in the background. */
    public boolean loading() {
        return !pending.isEmpty();
    }

    /** The sets not loaded yet, in the order they load. */
    public List<String> pending() {
        return pending;
    }

    void pending(List<String> names) {
        pending = List.copyOf(names);
    }
}

package org.atazan.platform.web;

import org.atazan.platform.NavigationEntry;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/** The main navigation, read by the layout as {@code @navigation.entries()}: every module's entries, in order. */
@Component("navigation")
public class Navigation {
    private final List<NavigationEntry> entries;

    Navigation(List<NavigationEntry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
    }

    public List<NavigationEntry> entries() {
        return entries;
    }
}

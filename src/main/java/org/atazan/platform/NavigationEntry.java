package org.atazan.platform;

/**
 * One entry of the site's main navigation, contributed by a module as a bean; the layout shows every
 * entry in {@code order}. A new module adds its own entry and edits no shared template.
 *
 * @param messageKey the key of the entry's label in the module's message bundle
 * @param path       where it leads, relative to the site's root
 * @param order      its place among the entries (lower first)
 */
public record NavigationEntry(String messageKey, String path, int order) {
}

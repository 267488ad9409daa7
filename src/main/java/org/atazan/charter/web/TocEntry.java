package org.atazan.charter.web;

import org.atazan.charter.Article;
import org.atazan.charter.Division;
import org.atazan.charter.Part;

import java.util.List;

/** A line of a version's table of contents: a division with its entries, or an article. */
record TocEntry(boolean division, String number, String heading, boolean repealed, List<TocEntry> children) {

    static List<TocEntry> of(List<Part> parts) {
        return parts.stream().map(TocEntry::of).toList();
    }

    static TocEntry of(Part part) {
        if (part instanceof Division d) return new TocEntry(true, d.number(), d.heading(), false, of(d.children()));
        Article a = (Article) part;
        return new TocEntry(false, a.number(), a.heading(), a.repealed(), List.of());
    }
}

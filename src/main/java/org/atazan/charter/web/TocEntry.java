package org.atazan.charter.web;

import org.atazan.charter.Article;
import org.atazan.charter.Division;
import org.atazan.charter.Part;

import java.util.List;

/**
 * A line of a version's table of contents: a division with its entries, or an article. An article
 * without a heading (as in Kazakhstan's constitutions) shows the first words of its text instead, so
 * that the contents are not a bare list of numbers.
 */
record TocEntry(boolean division, String number, String heading, boolean repealed, List<TocEntry> children) {
    static final int TEASER = 80;

    static List<TocEntry> of(List<Part> parts) {
        return parts.stream().map(TocEntry::of).toList();
    }

    static TocEntry of(Part part) {
        if (part instanceof Division d) return new TocEntry(true, d.number(), d.heading(), false, of(d.children()));
        Article a = (Article) part;
        String heading = a.heading().isEmpty() ? teaser(a) : a.heading();
        return new TocEntry(false, a.number(), heading, a.repealed(), List.of());
    }

    static String teaser(Article a) {
        String text = a.paragraphs().isEmpty() ? a.repealNote() : a.paragraphs().get(0).text();
        text = text.strip();
        if (text.length() <= TEASER) return text;
        int cut = text.lastIndexOf(' ', TEASER);
        return text.substring(0, cut > TEASER / 2 ? cut : TEASER) + "…";
    }
}

package org.atazan.charter.persistence;

import org.atazan.charter.Article;
import org.atazan.charter.CharterText;
import org.atazan.charter.Division;
import org.atazan.charter.Part;

import java.util.ArrayList;
import java.util.List;

/** An article with the label of the division it sits in ("Раздел I › Глава 2"), for lists and search. */
record ArticlePlace(Article article, String division) {

    static List<ArticlePlace> of(CharterText text) {
        List<ArticlePlace> out = new ArrayList<>();
        walk(text.body(), "", out);
        return out;
    }

    private static void walk(List<Part> parts, String path, List<ArticlePlace> out) {
        for (Part p : parts) {
            if (p instanceof Article a) {
                out.add(new ArticlePlace(a, path));
            } else if (p instanceof Division d) {
                String label = (d.number() + " " + d.heading()).strip();
                walk(d.children(), path.isEmpty() ? label : path + " › " + label, out);
            }
        }
    }
}

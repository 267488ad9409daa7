package org.atazan.charter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The structured text of one version of a charter: its title, its preamble, then divisions and
 * articles in reading order.
 */
public record CharterText(String title, String preamble, List<Part> body) {

    public CharterText {
        title = title == null ? "" : title;
        preamble = preamble == null ? "" : preamble;
        body = List.copyOf(Objects.requireNonNull(body, "body"));
    }

    /** Every article in reading order, whatever division it sits in. */
    public List<Article> articles() {
        List<Article> out = new ArrayList<>();
        collect(body, out);
        return out;
    }

    /** Every division in reading order, at any depth. */
    public List<Division> divisions() {
        List<Division> out = new ArrayList<>();
        collectDivisions(body, out);
        return out;
    }

    private static void collect(List<Part> parts, List<Article> out) {
        for (Part p : parts) {
            if (p instanceof Article a) out.add(a);
            else if (p instanceof Division d) collect(d.children(), out);
        }
    }

    private static void collectDivisions(List<Part> parts, List<Division> out) {
        for (Part p : parts) {
            if (p instanceof Division d) {
                out.add(d);
                collectDivisions(d.children(), out);
            }
        }
    }
}

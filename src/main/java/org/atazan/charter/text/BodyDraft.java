package org.atazan.charter.text;

import org.atazan.charter.Article;
import org.atazan.charter.CharterInputException;
import org.atazan.charter.Division;
import org.atazan.charter.Part;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The body being read: open divisions at each level and the articles placed in them. */
final class BodyDraft {
    private final String source;
    private final Container top = new Container("", "", "", -1);
    private final List<Container> open = new ArrayList<>();
    int articleCount;

    BodyDraft(String source) {
        this.source = source;
    }

    void openDivision(int level, String kind, String number, String heading) {
        while (!open.isEmpty() && open.get(open.size() - 1).level >= level) open.remove(open.size() - 1);
        Container d = new Container(kind, number, heading, level);
        current().children.add(d);
        open.add(d);
    }

    ArticleDraft openArticle(String number, String heading, int line) {
        Container c = current();
        Integer earlier = c.seen.putIfAbsent(number, line);
        if (earlier != null) {
            throw new CharterInputException(source, line, "article " + number + " appears twice in one division"
                    + " (lines " + earlier + " and " + line + ")");
        }
        ArticleDraft a = new ArticleDraft(number, heading, line);
        c.children.add(a);
        articleCount++;
        return a;
    }

    List<Part> build(Pattern repealed) {
        return build(top, repealed);
    }

    private Container current() {
        return open.isEmpty() ? top : open.get(open.size() - 1);
    }

    private static List<Part> build(Container c, Pattern repealed) {
        List<Part> parts = new ArrayList<>();
        for (Object child : c.children) {
            if (child instanceof ArticleDraft a) {
                Article article = a.build(repealed);
                parts.add(article);
            } else {
                Container d = (Container) child;
                parts.add(new Division(d.kind, d.number, d.heading, build(d, repealed)));
            }
        }
        return parts;
    }

    private static final class Container {
        final String kind;
        final String number;
        final String heading;
        final int level;
        final List<Object> children = new ArrayList<>();
        final Map<String, Integer> seen = new HashMap<>();

        Container(String kind, String number, String heading, int level) {
            this.kind = kind;
            this.number = number == null ? "" : number.strip();
            this.heading = heading == null ? "" : heading.strip();
            this.level = level;
        }
    }
}

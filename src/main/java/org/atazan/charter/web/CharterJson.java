package org.atazan.charter.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.atazan.charter.Article;
import org.atazan.charter.CharterText;
import org.atazan.charter.Division;
import org.atazan.charter.Paragraph;
import org.atazan.charter.Part;
import org.atazan.charter.Point;
import org.atazan.charter.VersionSummary;

import java.util.List;

/**
 * The JSON shapes of the Charter API's texts (the core records stay free of any JSON annotation); a
 * comparison's shape is {@link org.atazan.charter.compare.ComparisonJson}, shared with the command line.
 */
final class CharterJson {
    private CharterJson() {
    }

    record Version(String charter, String id, String date, String language, String status, String title,
                   String source, int articleCount) {
        static Version of(VersionSummary s) {
            return new Version(s.charterId(), s.id(), s.date().toString(), s.language(),
                    s.status().name().toLowerCase(), s.title(), s.source(), s.articleCount());
        }
    }

    record Text(Version version, String title, String preamble, List<Node> body) {
        static Text of(VersionSummary s, CharterText t) {
            return new Text(Version.of(s), t.title(), t.preamble(), t.body().stream().map(Node::of).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Node(String type, String kind, String number, String heading, Boolean repealed, String repealNote,
                List<Para> paragraphs, List<Node> children) {
        static Node of(Part p) {
            if (p instanceof Division d) {
                return new Node("division", d.kind(), d.number(), d.heading(), null, null, null,
                        d.children().stream().map(Node::of).toList());
            }
            Article a = (Article) p;
            return article(a);
        }

        static Node article(Article a) {
            return new Node("article", null, a.number(), a.heading(), a.repealed(),
                    a.repealNote().isEmpty() ? null : a.repealNote(),
                    a.paragraphs().stream().map(Para::of).toList(), null);
        }
    }

    record Para(String number, String text, List<Point> points) {
        static Para of(Paragraph p) {
            return new Para(p.number(), p.text(), p.points());
        }
    }
}

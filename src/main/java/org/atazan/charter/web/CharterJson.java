package org.atazan.charter.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.atazan.charter.Article;
import org.atazan.charter.CharterText;
import org.atazan.charter.Division;
import org.atazan.charter.Paragraph;
import org.atazan.charter.Part;
import org.atazan.charter.Point;
import org.atazan.charter.VersionSummary;
import org.atazan.charter.ArticleChange;
import org.atazan.charter.ChangeKind;
import org.atazan.charter.Comparison;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the Charter API (the core records stay free of any JSON annotation). */
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

    record Change(String article, String kind, String oldArticle, String newArticle, double similarity,
                  boolean textChanged, String redline, List<Segment> segments) {
        static Change of(ArticleChange c) {
            return new Change(c.number(), c.kind().jsonName(), c.oldNumber(), c.newNumber(),
                    Math.round(c.similarity() * 1000) / 1000.0, c.textChanged(),
                    c.redline() == null ? "" : c.redline().toText(),
                    c.redline() == null ? List.of() : c.redline().segments().stream()
                            .map(s -> new Segment(s.op().name().toLowerCase(), s.text())).toList());
        }
    }

    record Segment(String op, String text) {
    }

    record ComparisonJson(String charter, String from, String to, Map<String, Integer> counts,
                          double changedWordShare, int oldWords, int changedWords, List<Change> changes) {
        static ComparisonJson of(String charter, String from, String to, Comparison c) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (ChangeKind k : ChangeKind.values()) counts.put(k.jsonName(), c.counts().getOrDefault(k, 0));
            return new ComparisonJson(charter, from, to, counts, c.changedWordShare(), c.oldWords(), c.changedWords(),
                    c.changes().stream().map(Change::of).toList());
        }
    }
}

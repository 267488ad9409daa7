package org.atazan.charter.cli;

import org.atazan.charter.ArticleChange;
import org.atazan.charter.ChangeKind;
import org.atazan.charter.Comparison;
import org.atazan.charter.Redline;

import java.util.Locale;

/** Text and HTML renderings of a comparison for people. */
final class DiffReports {
    private DiffReports() {
    }

    static String text(Comparison c, String oldName, String newName) {
        StringBuilder sb = new StringBuilder();
        sb.append("Comparing ").append(oldName).append(" -> ").append(newName).append('\n');
        for (ChangeKind k : ChangeKind.values()) {
            sb.append(String.format(Locale.ROOT, "  %-10s %d%n", k.jsonName(), c.counts().get(k)));
        }
        sb.append(String.format(Locale.ROOT, "Changed words: %d, against %d words of the old text (%.2f %%): per article the larger of deleted and inserted words, plus whole repealed and added articles.%n",
                c.changedWords(), c.oldWords(), 100 * c.changedWordShare()));
        for (ArticleChange a : c.changes()) {
            sb.append('\n').append(title(a)).append('\n').append(a.redline().toText()).append('\n');
        }
        return sb.toString();
    }

    static String html(Comparison c, String oldName, String newName, String title) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(esc(title.isEmpty() ? "Charter comparison" : title)).append(" – comparison</title>\n<style>")
                .append("body{font-family:sans-serif;max-width:60em;margin:auto;line-height:1.5}")
                .append("ins{background:#d6f5dd;color:#0b5d1e;text-decoration:underline}")
                .append("del{background:#fde2e1;color:#8c1a12;text-decoration:line-through}.legend{font-size:.9em}")
                .append(".redline{white-space:pre-wrap}td{padding:0 1em}</style></head><body>\n<h1>")
                .append(esc(oldName)).append(" → ").append(esc(newName)).append("</h1>\n<table>");
        for (ChangeKind k : ChangeKind.values()) {
            sb.append("<tr><td>").append(k.jsonName()).append("</td><td>").append(c.counts().get(k)).append("</td></tr>");
        }
        sb.append("</table>\n<p>").append(String.format(Locale.ROOT,
                "%d changed words against %d words of the old text (%.2f %%).", c.changedWords(), c.oldWords(), 100 * c.changedWordShare()))
                .append("</p>\n<p class=\"legend\">Key: <ins>inserted words</ins> <del>deleted words</del></p>\n");
        for (ArticleChange a : c.changes()) {
            sb.append("<section><h2>").append(esc(title(a))).append("</h2>\n<div class=\"redline\">");
            for (Redline.Segment s : a.redline().segments()) {
                switch (s.op()) {
                    case SAME -> sb.append(esc(s.text()));
                    case INSERTED -> sb.append("<ins>").append(esc(s.text())).append("</ins>");
                    case DELETED -> sb.append("<del>").append(esc(s.text())).append("</del>");
                }
            }
            sb.append("</div></section>\n");
        }
        return sb.append("</body></html>\n").toString();
    }

    private static String title(ArticleChange a) {
        String head = "Article " + a.number() + ": " + a.kind().jsonName();
        if (a.kind() == ChangeKind.MOVED) head += " from " + a.oldNumber() + (a.textChanged() ? ", text changed" : ", same text");
        return head;
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}

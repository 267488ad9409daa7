package org.atazan.charter.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.atazan.charter.ArticleChange;
import org.atazan.charter.ChangeKind;
import org.atazan.charter.Comparison;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one JSON shape of a comparison, written by the API and by {@code charter diff} alike, so that a
 * program reads both the same way. The core's {@link Comparison} stays free of JSON concerns.
 *
 * @param charter          the charter compared, or absent (the command line compares files)
 * @param from             the old version: its id, or the file name on the command line
 * @param to               the new version: its id, or the file name
 * @param counts           articles of each kind, every kind present, in {@link ChangeKind} order
 * @param changedWordShare changed words / old words, to four decimals, written plainly ("0.0007")
 * @param changes          every article that is not unchanged, in the new text's order
 */
public record ComparisonJson(@JsonInclude(JsonInclude.Include.NON_NULL) String charter,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String from,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String to,
                             Map<String, Integer> counts, BigDecimal changedWordShare, int oldWords,
                             int changedWords, List<Change> changes) {

    /**
     * One changed article: its number (see {@link ArticleChange#number()}), kind, old and new number
     * (null where it has none), similarity to three decimals, and the redline as text
     * ("[-deleted-]", "{+inserted+}") and as runs.
     */
    public record Change(String article, String kind, String oldArticle, String newArticle, double similarity,
                         boolean textChanged, String redline, List<Segment> segments) {
        static Change of(ArticleChange c) {
            return new Change(c.number(), c.kind().jsonName(), c.oldNumber(), c.newNumber(),
                    Math.round(c.similarity() * 1000) / 1000.0, c.textChanged(),
                    c.redline() == null ? "" : c.redline().toText(),
                    c.redline() == null ? List.of() : c.redline().segments().stream()
                            .map(s -> new Segment(s.op().name().toLowerCase(java.util.Locale.ROOT), s.text())).toList());
        }
    }

    /** A run of the redline: "same", "inserted" or "deleted", and its text. */
    public record Segment(String op, String text) {
    }

    /**
     * This record as indented JSON, character for character what {@code kernel.PrettyJson} (Jackson,
     * indented, decimals plain) writes, without building a Jackson mapper: on the command line that
     * costs more than reading and comparing two constitutions in a fresh JVM.
     */
    public String toIndentedJson() {
        StringBuilder sb = new StringBuilder(1024);
        sb.append('{');
        String sep = "\n  ";
        // charter, from and to are left out when absent, as @JsonInclude(NON_NULL) has it.
        String[][] names = {{"charter", charter}, {"from", from}, {"to", to}};
        for (String[] n : names) {
            if (n[1] == null) continue;
            field(sb, sep, n[0]).append(quote(n[1]));
            sep = ",\n  ";
        }
        field(sb, sep, "counts").append('{');
        String inner = "\n    ";
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            sb.append(inner).append(quote(e.getKey())).append(" : ").append(e.getValue());
            inner = ",\n    ";
        }
        sb.append(counts.isEmpty() ? " }" : "\n  }");
        field(sb, ",\n  ", "changedWordShare").append(changedWordShare == null ? "null" : changedWordShare.toPlainString());
        field(sb, ",\n  ", "oldWords").append(oldWords);
        field(sb, ",\n  ", "changedWords").append(changedWords);
        field(sb, ",\n  ", "changes").append('[');
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            sb.append(i == 0 ? " {" : ", {");
            field(sb, "\n    ", "article").append(quote(c.article()));
            field(sb, ",\n    ", "kind").append(quote(c.kind()));
            field(sb, ",\n    ", "oldArticle").append(quote(c.oldArticle()));
            field(sb, ",\n    ", "newArticle").append(quote(c.newArticle()));
            field(sb, ",\n    ", "similarity").append(c.similarity());
            field(sb, ",\n    ", "textChanged").append(c.textChanged());
            field(sb, ",\n    ", "redline").append(quote(c.redline()));
            field(sb, ",\n    ", "segments").append('[');
            for (int k = 0; k < c.segments().size(); k++) {
                Segment s = c.segments().get(k);
                sb.append(k == 0 ? " {" : ", {");
                sb.append("\n      ").append(quote("op")).append(" : ").append(quote(s.op()));
                sb.append(",\n      ").append(quote("text")).append(" : ").append(quote(s.text()));
                sb.append("\n    }");
            }
            sb.append(" ]\n  }");
        }
        sb.append(" ]\n}");
        return sb.toString();
    }

    private static StringBuilder field(StringBuilder sb, String separator, String name) {
        return sb.append(separator).append(quote(name)).append(" : ");
    }

    /** A JSON string as Jackson writes it: short escapes for quote, backslash, b, t, n, f, r; a u-escape in upper-case hex for other controls. */
    static String quote(String s) {
        if (s == null) return "null";
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\f' -> sb.append("\\f");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    public static ComparisonJson of(String charter, String from, String to, Comparison c) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ChangeKind k : ChangeKind.values()) counts.put(k.jsonName(), c.counts().getOrDefault(k, 0));
        return new ComparisonJson(charter, from, to, counts,
                BigDecimal.valueOf(c.changedWordShare()).setScale(4, RoundingMode.HALF_UP), c.oldWords(), c.changedWords(),
                c.changes().stream().map(Change::of).toList());
    }
}

package org.atazan.charter.text;

import org.atazan.charter.Amendment;
import org.atazan.charter.ArticleChange;
import org.atazan.charter.ChangeKind;
import org.atazan.charter.Comparison;
import org.atazan.charter.compare.CharterComparator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The amendments that turn one published version into the next, derived from their comparison and
 * the later version's own lines: what a commission would have adopted. Renumberings are ordered so that
 * each new number is free when it is taken (a chain 5→6, 6→7 runs from its end).
 */
final class AmendmentsBetween {
    private AmendmentsBetween() {
    }

    static List<Amendment> derive(TextLayout old, TextLayout neu) {
        Comparison c = CharterComparator.compare(old.text(), neu.text());
        Map<String, String> wording = wordings(neu);
        List<Amendment> out = new ArrayList<>();
        int n = 0;
        for (ArticleChange ch : c.changes()) {
            if (ch.kind() == ChangeKind.REPEALED && ch.oldNumber() != null) {
                // A number the new version keeps as a repealed gap keeps its note; otherwise the article goes.
                String gap = ch.newNumber() != null ? wording.get(ch.newNumber()) : null;
                out.add(new Amendment("R-" + ++n, Amendment.Action.REPEAL, ch.oldNumber(), null, null, null, gap));
            } else if (ch.kind() == ChangeKind.AMENDED) {
                out.add(new Amendment("A-" + ++n, Amendment.Action.REPLACE, ch.oldNumber(), null, null,
                        heading(neu, ch.newNumber()), wording.get(ch.newNumber())));
            }
        }
        // Renumberings, each when its new number is free.
        Set<String> taken = new HashSet<>();
        for (var a : old.text().articles()) taken.add(a.number());
        for (Amendment a : out) if (a.action() == Amendment.Action.REPEAL && a.text() == null) taken.remove(a.article());
        List<ArticleChange> moves = new ArrayList<>();
        for (ArticleChange ch : c.changes()) if (ch.kind() == ChangeKind.MOVED) moves.add(ch);
        while (!moves.isEmpty()) {
            ArticleChange next = moves.stream().filter(m -> !taken.contains(m.newNumber())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("a cycle of renumberings: " + moves));
            moves.remove(next);
            taken.remove(next.oldNumber());
            taken.add(next.newNumber());
            out.add(new Amendment("M-" + ++n, Amendment.Action.RENUMBER, next.oldNumber(), null, next.newNumber(),
                    heading(neu, next.newNumber()),
                    next.textChanged() ? wording.get(next.newNumber()) : null));
        }
        // Insertions in the new version's order, each after the article before it there.
        Set<String> added = new HashSet<>();
        for (ArticleChange ch : c.changes()) if (ch.kind() == ChangeKind.ADDED) added.add(ch.newNumber());
        String before = null;
        for (var a : neu.text().articles()) {
            if (added.contains(a.number())) {
                if (before == null) throw new IllegalStateException("an added first article cannot be placed after another");
                out.add(new Amendment("I-" + ++n, Amendment.Action.INSERT, a.number(), before, null, a.heading(), wording.get(a.number())));
            }
            before = a.number();
        }
        return out;
    }

    private static String heading(TextLayout layout, String number) {
        return layout.text().articles().stream().filter(a -> a.number().equals(number)).findFirst().orElseThrow().heading();
    }

    /** Each article's lines after its heading, up to the next heading, without the blank lines around them. */
    static Map<String, String> wordings(TextLayout layout) {
        Map<String, String> out = new HashMap<>();
        List<TextLayout.Heading> hs = layout.headings();
        for (int i = 0; i < hs.size(); i++) {
            if (!hs.get(i).article()) continue;
            int end = i + 1 < hs.size() ? hs.get(i + 1).line() : layout.lines().size();
            List<String> lines = layout.lines().subList(hs.get(i).line() + 1, end);
            int from = 0, to = lines.size();
            while (from < to && lines.get(from).isBlank()) from++;
            while (to > from && lines.get(to - 1).isBlank()) to--;
            out.put(hs.get(i).number(), String.join("\n", lines.subList(from, to)));
        }
        return out;
    }
}

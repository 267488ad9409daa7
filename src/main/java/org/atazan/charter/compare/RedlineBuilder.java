package org.atazan.charter.compare;

import org.atazan.charter.Redline;
import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import org.atazan.charter.Redline.Op;
import org.atazan.charter.Redline.Segment;

import java.util.ArrayList;
import java.util.List;

/** Builds a word-level redline with java-diff-utils over the tokens of {@link Words}. */
final class RedlineBuilder {
    private RedlineBuilder() {
    }

    static Redline same(String text) {
        return new Redline(text.isEmpty() ? List.of() : List.of(new Segment(Op.SAME, text)));
    }

    static Redline of(Op op, String text) {
        return new Redline(text.isEmpty() ? List.of() : List.of(new Segment(op, text)));
    }

    static Redline diff(String oldText, String newText) {
        List<String> a = Words.tokens(oldText);
        List<String> b = Words.tokens(newText);
        Patch<String> patch = DiffUtils.diff(a, b, new MyersDiffWithLinearSpace<String>());
        List<Op> ops = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int pos = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int at = d.getSource().getPosition();
            for (; pos < at; pos++) add(ops, texts, Op.SAME, a.get(pos));
            for (String t : d.getSource().getLines()) add(ops, texts, Op.DELETED, t);
            for (String t : d.getTarget().getLines()) add(ops, texts, Op.INSERTED, t);
            pos = at + d.getSource().size();
        }
        for (; pos < a.size(); pos++) add(ops, texts, Op.SAME, a.get(pos));
        return new Redline(merge(ops, texts));
    }

    private static void add(List<Op> ops, List<String> texts, Op op, String text) {
        ops.add(op);
        texts.add(text);
    }

    /**
     * Joins runs and absorbs a lone kept space between two changes into them, so that a rewritten
     * phrase reads "[-a b-]{+c d+}" rather than "[-a-]{+c+} [-b-]{+d+}".
     */
    private static List<Segment> merge(List<Op> ops, List<String> texts) {
        int n = ops.size();
        slide(ops, texts);
        for (int i = 1; i + 1 < n; i++) {
            if (ops.get(i) == Op.SAME && !Words.isWord(texts.get(i)) && ops.get(i - 1) != Op.SAME && ops.get(i + 1) != Op.SAME
                    && texts.get(i).isBlank()) {
                ops.set(i, null); // marks "both": deleted and inserted
            }
        }
        List<Segment> out = new ArrayList<>();
        StringBuilder del = new StringBuilder();
        StringBuilder ins = new StringBuilder();
        StringBuilder same = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Op op = ops.get(i);
            String t = texts.get(i);
            if (op == Op.SAME) {
                same.append(flushChange(out, del, ins));
                same.append(t);
            } else {
                if (same.length() > 0) {
                    out.add(new Segment(Op.SAME, same.toString()));
                    same.setLength(0);
                }
                if (op != Op.INSERTED) del.append(t);
                if (op != Op.DELETED) ins.append(t);
            }
        }
        same.append(flushChange(out, del, ins));
        if (same.length() > 0) out.add(new Segment(Op.SAME, same.toString()));
        return out;
    }

    /**
     * Slides a pure insertion or deletion along equal tokens so that it starts a line where it can, as
     * people write it: "{+4c. ...;\n+}5." rather than "kann{+;\n4c. ...+};".
     */
    private static void slide(List<Op> ops, List<String> texts) {
        int n = ops.size();
        int s = 0;
        while (s < n) {
            Op op = ops.get(s);
            if (op == Op.SAME) {
                s++;
                continue;
            }
            int e = s;
            while (e < n && ops.get(e) == op) e++;
            boolean alone = (s == 0 || ops.get(s - 1) == Op.SAME) && (e == n || ops.get(e) == Op.SAME);
            if (alone) {
                int best = s > 0 && texts.get(s - 1).endsWith("\n") ? 0 : -1;
                int shift = 0;
                while (e < n && ops.get(e) == Op.SAME && texts.get(s).equals(texts.get(e))) {
                    ops.set(s++, Op.SAME);
                    ops.set(e++, op);
                    shift++;
                    if (texts.get(s - 1).endsWith("\n")) best = shift;
                }
                for (int back = Math.max(best, 0); shift > back; shift--) {
                    ops.set(--e, Op.SAME);
                    ops.set(--s, op);
                }
            }
            s = e;
        }
    }

    /** Emits the pending change; whitespace that ends it is returned as kept text ("[-a-] b", not "[-a -]b"). */
    private static String flushChange(List<Segment> out, StringBuilder del, StringBuilder ins) {
        String trailing = "";
        boolean delSpace = del.length() == 0 || Character.isWhitespace(del.charAt(del.length() - 1));
        boolean insSpace = ins.length() == 0 || Character.isWhitespace(ins.charAt(ins.length() - 1));
        if (delSpace && insSpace && del.length() + ins.length() > 0) {
            trailing = String.valueOf((ins.length() > 0 ? ins : del).charAt((ins.length() > 0 ? ins : del).length() - 1));
            if (del.length() > 0) del.setLength(del.length() - 1);
            if (ins.length() > 0) ins.setLength(ins.length() - 1);
        }
        if (del.length() > 0) out.add(new Segment(Op.DELETED, del.toString()));
        if (ins.length() > 0) out.add(new Segment(Op.INSERTED, ins.toString()));
        del.setLength(0);
        ins.setLength(0);
        return trailing;
    }
}

package org.atazan.charter.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import org.atazan.charter.compare.Redline.Op;
import org.atazan.charter.compare.Redline.Segment;

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
                flushChange(out, del, ins);
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
        flushChange(out, del, ins);
        if (same.length() > 0) out.add(new Segment(Op.SAME, same.toString()));
        return out;
    }

    private static void flushChange(List<Segment> out, StringBuilder del, StringBuilder ins) {
        if (del.length() > 0) out.add(new Segment(Op.DELETED, del.toString()));
        if (ins.length() > 0) out.add(new Segment(Op.INSERTED, ins.toString()));
        del.setLength(0);
        ins.setLength(0);
    }
}

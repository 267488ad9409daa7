package org.atazan.charter.web;

import org.atazan.charter.Redline;
import org.atazan.charter.Redline.Op;
import org.atazan.charter.Redline.Segment;

import java.util.ArrayList;
import java.util.List;

/**
 * A redline cut into lines, with long runs of unchanged lines folded away (as a reviewer reads a
 * diff): on a phone, an article that gained one point should not mean scrolling through all of it.
 */
record RedlineView(List<Line> lines) {

    /** A line of the redline, or a fold standing for {@code folded} unchanged lines. */
    record Line(List<Segment> segments, boolean changed, int folded) {
        public boolean fold() {
            return folded > 0;
        }
    }

    static final int CONTEXT = 1;

    static RedlineView of(Redline redline, boolean full) {
        List<Line> lines = split(redline);
        if (full) return new RedlineView(lines);
        boolean[] keep = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).changed()) continue;
            for (int j = Math.max(0, i - CONTEXT); j <= Math.min(lines.size() - 1, i + CONTEXT); j++) keep[j] = true;
        }
        List<Line> out = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (keep[i]) {
                if (skipped > 0) out.add(new Line(List.of(), false, skipped));
                skipped = 0;
                out.add(lines.get(i));
            } else {
                skipped++;
            }
        }
        if (skipped > 0) out.add(new Line(List.of(), false, skipped));
        return new RedlineView(out);
    }

    private static List<Line> split(Redline redline) {
        List<Line> lines = new ArrayList<>();
        List<Segment> current = new ArrayList<>();
        for (Segment s : redline.segments()) {
            String[] parts = s.text().split("\n", -1);
            for (int p = 0; p < parts.length; p++) {
                if (p > 0) {
                    lines.add(line(current));
                    current = new ArrayList<>();
                }
                if (!parts[p].isEmpty()) current.add(new Segment(s.op(), parts[p]));
            }
        }
        if (!current.isEmpty()) lines.add(line(current));
        return lines;
    }

    private static Line line(List<Segment> segments) {
        boolean changed = segments.stream().anyMatch(s -> s.op() != Op.SAME);
        return new Line(List.copyOf(segments), changed, 0);
    }
}

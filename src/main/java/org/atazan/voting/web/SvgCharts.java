package org.atazan.voting.web;

import org.atazan.voting.TurnoutReport;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleFunction;

/**
 * Server-side SVG charts: yes/no bars per unit, the turnout curve through the day and the forensics
 * fingerprint. Each has its axes with units, a legend and a title; every text comes in already
 * translated. Two widths: {@link #WIDE} for a desktop and {@link #NARROW} for a phone, drawn at about
 * the size they are shown, so that the labels stay readable (about 12 px) on a 360 px screen.
 */
final class SvgCharts {
    static final String YES = "#1a7f37";
    static final String NO = "#cf222e";
    static final String NATIONAL = "#00539b";
    static final String UNIT = "#8c959f";
    static final int WIDE = 760;
    static final int NARROW = 360;
    /** Above this many units the bar chart is shown on wide screens only; the table stands in on a phone. */
    static final int NARROW_MAX_BARS = 30;

    private SvgCharts() {
    }

    /** The chart's texts in the reader's language, and how numbers are written in it. */
    record Texts(String title, String axis, String yes, String no, String rest, DoubleFunction<String> number) {
    }

    /**
     * One horizontal bar per unit: yes share (green) and no share (red) of the ballots in the boxes,
     * the rest (invalid ballots) left blank, against a 0–100 % axis. Wide: the label left of its bar;
     * narrow: the label above it.
     */
    static String bars(List<UnitRow> rows, Texts t, boolean narrow) {
        int w = narrow ? NARROW : WIDE;
        int font = narrow ? 14 : 13;
        int labelW = narrow ? 0 : 250;
        int left = narrow ? 18 : labelW + 8;
        int right = w - (narrow ? 56 : 64);
        int rowH = narrow ? 42 : 24;
        int top = 58;
        int h = top + rows.size() * rowH + 34;
        double scale = (right - left) / 100.0;
        StringBuilder sb = head(w, h, t.title());
        legend(sb, 8, 18, font, new String[]{YES, NO, null}, new String[]{t.yes(), t.no(), t.rest()}, w);
        // The axis: gridlines with their percentages above and below the bars.
        for (int p = 0; p <= 100; p += narrow ? 50 : 25) {
            double x = left + p * scale;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#d0d7de\"/>", x, top - 6, x, h - 28));
            String label = esc(t.number().apply(p)) + "\u00a0%";
            sb.append(text(x, top - 10, font - 1, "middle", label));
            sb.append(text(x, h - 14, font - 1, "middle", label));
        }
        sb.append(text((left + right) / 2.0, h - 1, font - 1, "middle", esc(t.axis())));
        int y = top;
        for (UnitRow r : rows) {
            double yes = r.tally().yesPercent();
            double no = r.noPercent();
            int barY = narrow ? y + 18 : y + 4;
            if (narrow) {
                sb.append(text(left, y + 14, font, "start", esc(shorten(r.name(), 44))));
            } else {
                sb.append(text(labelW, y + 16, font, "end", esc(shorten(r.name(), 36))));
            }
            sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"/>", left, barY, yes * scale, YES));
            sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"/>",
                    left + yes * scale, barY, no * scale, NO));
            sb.append(text(left + 100 * scale + 4, barY + 13, font - 1, "start", esc(t.number().apply(yes)) + "\u00a0%"));
            y += rowH;
        }
        return sb.append("</svg>\n").toString();
    }

    /** The turnout chart's texts. */
    record TurnoutTexts(String title, String yAxis, String xAxis, String national, String units, DoubleFunction<String> number) {
    }

    /** Turnout in percent against the hour: the national curve bold, every unit thin, with a legend. */
    static String turnout(List<TurnoutReport> reports, String national, Map<String, String> names, TurnoutTexts t, boolean narrow) {
        int w = narrow ? NARROW : WIDE;
        int h = narrow ? 330 : 400;
        int font = narrow ? 13 : 13;
        int left = narrow ? 60 : 66;
        int right = w - 12;
        int top = 54;
        int bottom = h - 46;
        StringBuilder sb = head(w, h, t.title());
        legend(sb, 8, 18, font, new String[]{NATIONAL, UNIT}, new String[]{t.national(), t.units()}, w);
        for (int p = 0; p <= 100; p += 20) {
            double y = bottom - p * (bottom - top) / 100.0;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#d0d7de\"/>", left, y, right, y));
            sb.append(text(left - 4, y + 4, font - 1, "end", p + "\u00a0%"));
        }
        sb.append(String.format(Locale.ROOT, "<text x=\"12\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 12 %.1f)\">%s</text>",
                (top + bottom) / 2.0, font - 1, (top + bottom) / 2.0, esc(t.yAxis())));
        for (int hour = 8; hour <= 22; hour += narrow ? 4 : 2) {
            double x = x(LocalTime.of(hour, 0), left, right);
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#57606a\"/>", x, bottom, x, bottom + 5));
            sb.append(text(x, bottom + 19, font - 1, "middle", String.format(Locale.ROOT, "%02d:00", hour)));
        }
        sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#57606a\"/>", left, bottom, right, bottom));
        sb.append(text((left + right) / 2.0, h - 6, font - 1, "middle", esc(t.xAxis())));
        Map<String, TreeMap<LocalTime, BigDecimal>> byUnit = new TreeMap<>();
        for (TurnoutReport r : reports) byUnit.computeIfAbsent(r.unit(), k -> new TreeMap<>()).put(r.at(), r.percent());
        // Units first, the national curve last so that it is drawn on top.
        byUnit.entrySet().stream().sorted((a, b) -> Boolean.compare(a.getKey().equals(national), b.getKey().equals(national)))
                .forEach(e -> {
                    boolean nat = e.getKey().equals(national);
                    StringBuilder pts = new StringBuilder();
                    e.getValue().forEach((at, pc) -> pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(at, left, right),
                            bottom - pc.doubleValue() * (bottom - top) / 100.0)));
                    sb.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\"><title>%s</title></polyline>",
                            pts.toString().trim(), nat ? NATIONAL : UNIT, nat ? "4" : "1.2", esc(names.getOrDefault(e.getKey(), e.getKey()))));
                });
        return sb.append("</svg>\n").toString();
    }

    /** The fingerprint's texts. */
    record FingerprintTexts(String title, String xAxis, String yAxis, String fewer, String more) {
    }

    /**
     * The fingerprint image (a square PNG, turnout to the right and yes share upwards, 0–100 %) inside
     * axes with their percentages and titles, and a colour scale from fewer to more voters.
     */
    static String fingerprint(byte[] png, FingerprintTexts t) {
        int w = NARROW;
        int left = 48;
        int size = 296;
        int top = 12;
        int bottom = top + size;
        int h = bottom + 96;
        int font = 13;
        StringBuilder sb = head(w, h, t.title());
        sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#ffffff\" stroke=\"#57606a\"/>",
                left, top, size, size));
        sb.append(String.format(Locale.ROOT, "<image x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" preserveAspectRatio=\"none\" "
                + "image-rendering=\"pixelated\" href=\"data:image/png;base64,%s\"/>", left, top, size, size, Base64.getEncoder().encodeToString(png)));
        for (int p = 0; p <= 100; p += 20) {
            double x = left + p * size / 100.0;
            double y = bottom - p * size / 100.0;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#57606a\"/>", x, bottom, x, bottom + 5));
            sb.append(text(x, bottom + 19, font - 1, "middle", p + "\u00a0%"));
            sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#57606a\"/>", left - 5, y, left, y));
            sb.append(text(left - 7, y + 4, font - 1, "end", p + "\u00a0%"));
        }
        sb.append(text(left + size / 2.0, bottom + 37, font, "middle", esc(t.xAxis())));
        sb.append(String.format(Locale.ROOT, "<text x=\"11\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 11 %.1f)\">%s</text>",
                top + size / 2.0, font, top + size / 2.0, esc(t.yAxis())));
        // The colour scale: the renderer's colours from an empty cell to the fullest, on a log scale.
        int scaleY = bottom + 52;
        int steps = 24;
        double stepW = size / (double) steps;
        for (int i = 0; i < steps; i++) {
            int rgb = org.atazan.voting.forensics.HistogramRenderer.colour((i + 0.5) / steps);
            sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.2f\" height=\"12\" fill=\"#%06x\"/>",
                    left + i * stepW, scaleY, stepW + 0.3, rgb & 0xffffff));
        }
        sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"12\" fill=\"none\" stroke=\"#57606a\"/>", left, scaleY, size));
        sb.append(text(left, scaleY + 28, font - 1, "start", esc(t.fewer())));
        sb.append(text(left + size, scaleY + 28, font - 1, "end", esc(t.more())));
        return sb.append("</svg>\n").toString();
    }

    private static void legend(StringBuilder sb, int x, int y, int font, String[] colours, String[] labels, int w) {
        double at = x;
        double line = y;
        for (int i = 0; i < labels.length; i++) {
            double width = 22 + labels[i].length() * font * 0.56 + 14;
            if (at + width > w && at > x) {
                at = x;
                line += font + 8;
            }
            if (colours[i] == null) {
                sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"12\" fill=\"#ffffff\" stroke=\"#8c959f\"/>", at, line - 11));
            } else if (colours[i].equals(NATIONAL) || colours[i].equals(UNIT)) {
                sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%s\"/>",
                        at, line - 5, at + 18, line - 5, colours[i], colours[i].equals(NATIONAL) ? "4" : "1.5"));
            } else {
                sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"12\" fill=\"%s\"/>", at, line - 11, colours[i]));
            }
            sb.append(text(at + 22, line, font, "start", esc(labels[i])));
            at += width;
        }
    }

    private static String text(double x, double y, int size, String anchor, String escaped) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"%s\">%s</text>", x, y, size, anchor, escaped);
    }

    private static double x(LocalTime t, int left, int right) {
        double minutes = t.toSecondOfDay() / 60.0 - 7 * 60;
        return left + minutes * (right - left) / (16 * 60.0);
    }

    private static StringBuilder head(int w, int h, String title) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" "
                        + "fill=\"#1b1f24\" role=\"img\"><title>%s</title>", w, h, w, h, esc(title)));
    }

    private static String shorten(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package org.atazan.voting.web;

import org.atazan.voting.TurnoutReport;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Server-side SVG charts: yes/no bars per unit and the turnout curve through the day. */
final class SvgCharts {
    private static final String YES = "#1a7f37";
    private static final String NO = "#cf222e";

    private SvgCharts() {
    }

    /** One horizontal bar per unit: yes share (green) and no share (red) of the ballots in the boxes. */
    static String bars(List<UnitRow> rows, String title) {
        int rowH = 22;
        int labelW = 260;
        int w = 760;
        int h = rows.size() * rowH + 10;
        StringBuilder sb = head(w, h, title);
        int y = 5;
        for (UnitRow r : rows) {
            double yes = r.tally().yesPercent();
            double no = r.noPercent();
            double scale = (w - labelW - 60) / 100.0;
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">%s</text>",
                    labelW - 6, y + 15, esc(shorten(r.name(), 40))));
            sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"/>",
                    labelW, y + 2, yes * scale, YES));
            sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"/>",
                    labelW + yes * scale, y + 2, no * scale, NO));
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\">%.1f%%</text>",
                    labelW + (yes + no) * scale + 4, y + 15, yes));
            y += rowH;
        }
        return sb.append("</svg>\n").toString();
    }

    /** Turnout in percent against the hour: the national curve bold, every unit thin. */
    static String turnout(List<TurnoutReport> reports, String national, String title) {
        int w = 760;
        int h = 360;
        int left = 50;
        int bottom = h - 30;
        StringBuilder sb = head(w, h, title);
        for (int p = 0; p <= 100; p += 20) {
            double y = bottom - p * (bottom - 10) / 100.0;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#d0d7de\"/>", left, y, w - 10, y));
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"12\" text-anchor=\"end\">%d%%</text>", left - 4, y + 4, p));
        }
        for (int hour = 8; hour <= 22; hour += 2) {
            double x = x(LocalTime.of(hour, 0), left, w);
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%02d:00</text>", x, h - 10, hour));
        }
        Map<String, TreeMap<LocalTime, BigDecimal>> byUnit = new TreeMap<>();
        for (TurnoutReport r : reports) byUnit.computeIfAbsent(r.unit(), k -> new TreeMap<>()).put(r.at(), r.percent());
        byUnit.forEach((unit, points) -> {
            boolean nat = unit.equals(national);
            StringBuilder pts = new StringBuilder();
            points.forEach((at, pc) -> pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(at, left, w),
                    bottom - pc.doubleValue() * (bottom - 10) / 100.0)));
            sb.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\"><title>%s</title></polyline>",
                    pts.toString().trim(), nat ? "#00539b" : "#8c959f", nat ? "4" : "1.2", esc(unit)));
        });
        return sb.append("</svg>\n").toString();
    }

    private static double x(LocalTime t, int left, int w) {
        double minutes = t.toSecondOfDay() / 60.0 - 7 * 60;
        return left + minutes * (w - left - 20) / (16 * 60.0);
    }

    private static StringBuilder head(int w, int h, String title) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" font-family=\"sans-serif\" role=\"img\"><title>%s</title>",
                w, h, esc(title)));
    }

    private static String shorten(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package org.atazan.systematization.web;

import org.atazan.systematization.OpinionMap;
import org.springframework.web.util.HtmlUtils;

import java.util.List;
import java.util.Locale;

/**
 * The opinion map as an inline SVG scatter: each placed participant a mark on the two axes, each group
 * its colour and its shape (so that colour is never the only cue), axes with their labels, and a
 * legend. Drawn on the server: the page needs no script.
 */
final class OpinionChart {
    /** Okabe and Ito's palette, told apart by people with any common colour blindness. */
    static final String[] COLOURS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00"};
    static final String[] SHAPES = {"circle", "square", "triangle", "diamond", "cross"};
    private static final int W = 640, H = 420, LEFT = 40, RIGHT = 620, TOP = 20, BOTTOM = 340;

    private OpinionChart() {
    }

    /**
     * @param labels  each group's name in the legend ("Group A, 120 people"), escaped here
     * @param xLabel  the first axis's label
     * @param yLabel  the second axis's label
     * @param title   what the chart shows, for screen readers
     */
    static String svg(OpinionMap map, List<String> labels, String title, String description, String xLabel, String yLabel) {
        double minX = 0, maxX = 0, minY = 0, maxY = 0;
        for (OpinionMap.Placement p : map.placed()) {
            minX = Math.min(minX, p.x());
            maxX = Math.max(maxX, p.x());
            minY = Math.min(minY, p.y());
            maxY = Math.max(maxY, p.y());
        }
        double sx = (RIGHT - LEFT) / Math.max(1e-9, maxX - minX), sy = (BOTTOM - TOP) / Math.max(1e-9, maxY - minY);
        StringBuilder s = new StringBuilder(64 * map.placed().size() + 2048);
        s.append("<svg class=\"opinion-chart\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" xmlns=\"http://www.w3.org/2000/svg\">")
                .append("<title id=\"chart-title\">").append(esc(title)).append("</title>")
                .append("<desc id=\"chart-desc\">").append(esc(description)).append("</desc>");
        double zeroX = LEFT + (0 - minX) * sx, zeroY = BOTTOM - (0 - minY) * sy;
        s.append("<g class=\"axes\" stroke=\"#555\" stroke-width=\"1\">")
                .append(line(LEFT, zeroY, RIGHT, zeroY)).append(line(zeroX, TOP, zeroX, BOTTOM)).append("</g>");
        s.append("<text x=\"").append(RIGHT).append("\" y=\"").append(BOTTOM + 18).append("\" text-anchor=\"end\" font-size=\"13\" fill=\"#222\">")
                .append(esc(xLabel)).append(" →</text>");
        s.append("<text x=\"").append(LEFT).append("\" y=\"").append(TOP - 6).append("\" font-size=\"13\" fill=\"#222\">↑ ")
                .append(esc(yLabel)).append("</text>");
        s.append("<g class=\"marks\" fill-opacity=\"0.75\">");
        for (OpinionMap.Placement p : map.placed()) {
            s.append(mark(p.group(), LEFT + (p.x() - minX) * sx, BOTTOM - (p.y() - minY) * sy, 4));
        }
        s.append("</g><g class=\"legend\" font-size=\"13\" fill=\"#222\">");
        for (int g = 0; g < labels.size(); g++) {
            double x = LEFT + (g % 2) * 300, y = BOTTOM + 40 + (g / 2) * 20;
            s.append(mark(g, x + 6, y - 4, 6)).append("<text x=\"").append(f(x + 18)).append("\" y=\"").append(f(y))
                    .append("\">").append(esc(labels.get(g))).append("</text>");
        }
        return s.append("</g></svg>").toString();
    }

    private static String mark(int group, double x, double y, double r) {
        String colour = COLOURS[group % COLOURS.length];
        return switch (SHAPES[group % SHAPES.length]) {
            case "circle" -> "<circle cx=\"" + f(x) + "\" cy=\"" + f(y) + "\" r=\"" + f(r) + "\" fill=\"" + colour + "\"/>";
            case "square" -> "<rect x=\"" + f(x - r) + "\" y=\"" + f(y - r) + "\" width=\"" + f(2 * r) + "\" height=\"" + f(2 * r)
                    + "\" fill=\"" + colour + "\"/>";
            case "triangle" -> "<polygon points=\"" + f(x) + "," + f(y - r * 1.2) + " " + f(x - r * 1.1) + "," + f(y + r * 0.9) + " "
                    + f(x + r * 1.1) + "," + f(y + r * 0.9) + "\" fill=\"" + colour + "\"/>";
            case "diamond" -> "<polygon points=\"" + f(x) + "," + f(y - r * 1.3) + " " + f(x + r * 1.3) + "," + f(y) + " " + f(x) + ","
                    + f(y + r * 1.3) + " " + f(x - r * 1.3) + "," + f(y) + "\" fill=\"" + colour + "\"/>";
            default -> "<path d=\"M" + f(x - r) + " " + f(y - r) + "L" + f(x + r) + " " + f(y + r) + "M" + f(x + r) + " " + f(y - r)
                    + "L" + f(x - r) + " " + f(y + r) + "\" stroke=\"" + colour + "\" stroke-width=\"2.5\"/>";
        };
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return "<line x1=\"" + f(x1) + "\" y1=\"" + f(y1) + "\" x2=\"" + f(x2) + "\" y2=\"" + f(y2) + "\"/>";
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s);
    }
}

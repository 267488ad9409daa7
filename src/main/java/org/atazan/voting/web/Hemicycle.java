package org.atazan.voting.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A parliament drawn as a hemicycle: one dot per seat in concentric rows, parties in the order of the
 * vote from left to right, with a legend. Server-side SVG, so it needs no script and prints well.
 */
final class Hemicycle {
    static final String[] PALETTE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
            "#e377c2", "#17becf", "#bcbd22", "#7f7f7f"};
    private static final double INNER = 0.38;

    private Hemicycle() {
    }

    /** One party with the seats it won. */
    record Party(String name, int seats) {
    }

    /** A seat's centre on the unit half-disc and its angle (pi at the left end, 0 at the right). */
    record Seat(double x, double y, double angle) {
    }

    static String svg(List<Party> parties, String title) {
        int total = parties.stream().mapToInt(Party::seats).sum();
        int legendRows = parties.stream().filter(p -> p.seats() > 0).mapToInt(p -> lines(p.name() + ": " + p.seats()).size()).sum();
        int w = 400;
        int h = 222 + 22 * legendRows;
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" font-family=\"sans-serif\" "
                        + "role=\"img\"><title>%s</title>", w, h, SvgCharts.esc(title)));
        List<Seat> seats = layout(total);
        double dot = dotRadius(total);
        int next = 0;
        for (int p = 0; p < parties.size(); p++) {
            for (int k = 0; k < parties.get(p).seats(); k++, next++) {
                Seat s = seats.get(next);
                sb.append(String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\" fill=\"%s\"/>",
                        200 + 190 * s.x(), 200 - 190 * s.y(), 190 * dot, PALETTE[p % PALETTE.length]));
            }
        }
        sb.append(String.format(Locale.ROOT, "<text x=\"200\" y=\"195\" text-anchor=\"middle\" font-size=\"28\" font-weight=\"bold\">%d</text>", total));
        int y = 230;
        for (int p = 0; p < parties.size(); p++) {
            Party party = parties.get(p);
            if (party.seats() == 0) continue;
            sb.append(String.format(Locale.ROOT, "<rect x=\"10\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/>",
                    y - 12, PALETTE[p % PALETTE.length]));
            // A long name goes on as many lines as it needs, so that the legend stays inside the drawing.
            for (String line : lines(party.name() + ": " + party.seats())) {
                sb.append(String.format(Locale.ROOT, "<text x=\"32\" y=\"%d\" font-size=\"16\">%s</text>", y, SvgCharts.esc(line)));
                y += 22;
            }
        }
        return sb.append("</svg>").toString();
    }

    /** The legend's width at 16 px, in characters of an average sans-serif. */
    static final int LEGEND_CHARS = 36;

    /**
     * A legend text broken between words into lines of about {@link #LEGEND_CHARS} characters: a longer
     * word stays whole, and a number stays with the word before it ("party: 8").
     */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            boolean number = word.matches("\\d+");
            if (line.length() > 0 && !number && line.length() + 1 + word.length() > LEGEND_CHARS) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        out.add(line.toString());
        return out;
    }

    /** Seat centres on a unit half-disc, sorted from the left end of the arc to the right. */
    static List<Seat> layout(int total) {
        List<Seat> seats = new ArrayList<>(total);
        if (total == 0) return seats;
        int rows = rows(total);
        double[] radius = new double[rows];
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            radius[r] = rows == 1 ? 1 : INNER + (1 - INNER) * r / (rows - 1);
            sum += radius[r];
        }
        // Seats per row in proportion to its length, by largest remainders, so that spacing is even.
        int[] count = new int[rows];
        double[] rest = new double[rows];
        int given = 0;
        for (int r = 0; r < rows; r++) {
            double exact = total * radius[r] / sum;
            count[r] = (int) Math.floor(exact);
            rest[r] = exact - count[r];
            given += count[r];
        }
        while (given < total) {
            int best = 0;
            for (int r = 1; r < rows; r++) if (rest[r] > rest[best]) best = r;
            count[best]++;
            rest[best] = -1;
            given++;
        }
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < count[r]; k++) {
                double angle = count[r] == 1 ? Math.PI / 2 : Math.PI * (1 - (double) k / (count[r] - 1));
                seats.add(new Seat(radius[r] * Math.cos(angle), radius[r] * Math.sin(angle), angle));
            }
        }
        seats.sort(Comparator.comparingDouble(Seat::angle).reversed());
        return seats;
    }

    static int rows(int total) {
        return Math.max(1, Math.min(14, (int) Math.round(Math.sqrt(total) / 2.2)));
    }

    private static double dotRadius(int total) {
        int rows = rows(total);
        double rowGap = rows == 1 ? 0.3 : (1 - INNER) / (rows - 1);
        double perimeter = 0;
        for (int r = 0; r < rows; r++) perimeter += Math.PI * (rows == 1 ? 1 : INNER + (1 - INNER) * r / (rows - 1));
        double along = perimeter / Math.max(1, total);
        return 0.42 * Math.min(rowGap, along);
    }
}

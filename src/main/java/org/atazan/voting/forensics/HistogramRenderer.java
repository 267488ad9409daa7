package org.atazan.voting.forensics;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Draws a {@link Histogram2D} as PNG (headless AWT) or SVG: turnout to the right, yes share upwards. */
public final class HistogramRenderer {
    private HistogramRenderer() {
    }

    /** An image with {@code scale} pixels per bin, white for empty cells, dark for many voters. */
    public static BufferedImage image(Histogram2D h, int scale) {
        System.setProperty("java.awt.headless", "true");
        int n = h.bins();
        BufferedImage img = new BufferedImage(n * scale, n * scale, BufferedImage.TYPE_INT_RGB);
        double max = h.max();
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < n; y++) {
                int rgb = colour(max == 0 ? 0 : Math.log1p(h.weight(x, y)) / Math.log1p(max));
                for (int dx = 0; dx < scale; dx++) {
                    for (int dy = 0; dy < scale; dy++) img.setRGB(x * scale + dx, (n - 1 - y) * scale + dy, rgb);
                }
            }
        }
        return img;
    }

    public static void writePng(Histogram2D h, int scale, Path out) throws IOException {
        if (!ImageIO.write(image(h, scale), "png", out.toFile())) throw new IOException("no PNG writer");
    }

    /** An SVG with one rectangle per non-empty cell. */
    public static String svg(Histogram2D h, int scale) {
        int n = h.bins();
        double max = h.max();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">%n",
                n * scale, n * scale, n * scale, n * scale));
        sb.append("<title>Turnout (x) by yes share (y), weighted by voters, log colour scale</title>\n");
        sb.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", n * scale, n * scale));
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < n; y++) {
                if (h.weight(x, y) == 0) continue;
                int rgb = colour(Math.log1p(h.weight(x, y)) / Math.log1p(max));
                sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#%06x\"/>%n",
                        x * scale, (n - 1 - y) * scale, scale, scale, rgb & 0xffffff));
            }
        }
        return sb.append("</svg>\n").toString();
    }

    public static void writeSvg(Histogram2D h, int scale, Path out) throws IOException {
        Files.writeString(out, svg(h, scale), StandardCharsets.UTF_8);
    }

    /** White (0) through blue to near black (1). */
    public static int colour(double t) {
        if (t <= 0) return 0xffffff;
        int r = (int) Math.round(255 * (1 - t) * (1 - t));
        int g = (int) Math.round(255 * (1 - t));
        int b = (int) Math.round(255 * (1 - 0.6 * t));
        return (r << 16) | (g << 8) | b;
    }
}

package org.atazan.record.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The printable protocol of a station: one A4 page with the vote, the station and its territory, every
 * figure labelled in the reader's language, the revision and when it was accepted, what corrected it or
 * what it corrects, the public record's entry, and a QR code holding the {@code ProtocolCode} payload.
 * DejaVu Sans is embedded (as a subset) since the PDF standard fonts have no Cyrillic or Kazakh letters.
 * Names an official's role only, never an account.
 */
final class ProtocolSheet {
    private static final float MARGIN = 50;
    private static final float QR_SIZE = 170;

    /** What the sheet says, already in the reader's language. */
    record Content(String language, String heading, String voteTitle, String stationLine, String territoryLine,
                   List<Map.Entry<String, String>> figures, List<String> revisionLines, List<String> recordLines,
                   String payload, List<String> checkLines) {
    }

    private ProtocolSheet() {
    }

    static byte[] render(Content c) {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font regular = font(doc, "/fonts/DejaVuSans.ttf");
            PDType0Font bold = font(doc, "/fonts/DejaVuSans-Bold.ttf");
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(c.heading() + " — " + c.stationLine());
            info.setCreator("Atazan");
            doc.getDocumentCatalog().setLanguage(c.language());
            float width = page.getMediaBox().getWidth() - 2 * MARGIN;
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                Writer w = new Writer(s, page.getMediaBox().getHeight() - MARGIN, width);
                w.lines(bold, 16, c.heading(), width);
                w.gap(4);
                w.lines(bold, 12, c.voteTitle(), width);
                w.gap(6);
                w.lines(regular, 11, c.stationLine(), width);
                w.lines(regular, 10, c.territoryLine(), width);
                w.gap(10);
                for (Map.Entry<String, String> f : c.figures()) w.row(regular, bold, 11, f.getKey(), f.getValue(), width);
                w.gap(10);
                for (String l : c.revisionLines()) w.lines(regular, 10, l, width);
                w.gap(6);
                for (String l : c.recordLines()) w.lines(regular, 9, l, width);
                w.gap(10);
                float top = w.y;
                qr(s, c.payload(), MARGIN, top - QR_SIZE, QR_SIZE);
                Writer right = new Writer(s, top, width - QR_SIZE - 15);
                right.x = MARGIN + QR_SIZE + 15;
                for (String l : c.checkLines()) right.lines(regular, 9, l, width - QR_SIZE - 15);
                w.y = Math.min(top - QR_SIZE, right.y) - 8;
                w.lines(regular, 7, c.payload(), width);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDType0Font font(PDDocument doc, String resource) throws IOException {
        try (InputStream in = ProtocolSheet.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("font " + resource + " is missing from the build");
            return PDType0Font.load(doc, in);
        }
    }

    /** The payload as a QR code, drawn module by module as filled squares (sharp at any printer's resolution). */
    static void qr(PDPageContentStream s, String payload, float x, float y, float size) throws IOException {
        BitMatrix m = matrix(payload);
        float cell = size / m.getWidth();
        for (int row = 0; row < m.getHeight(); row++) {
            for (int col = 0; col < m.getWidth(); col++) {
                if (m.get(col, row)) s.addRect(x + col * cell, y + size - (row + 1) * cell, cell, cell);
            }
        }
        s.fill();
    }

    /**
     * The code with a quiet zone of 4 modules, at error correction Q (a quarter of it may be lost to a
     * crease or a stain), and only a code that reads back: some codes a common reader (ZXing's own
     * detector) cannot find or read even when drawn perfectly, so each is read back from images of
     * several sizes before it is printed, and the next level is tried when one does not read.
     */
    static BitMatrix matrix(String payload) {
        BitMatrix first = null;
        for (ErrorCorrectionLevel level : new ErrorCorrectionLevel[]{ErrorCorrectionLevel.Q, ErrorCorrectionLevel.H,
                ErrorCorrectionLevel.M, ErrorCorrectionLevel.L}) {
            BitMatrix m = encode(payload, level);
            if (first == null) first = m;
            if (readsBack(m, payload)) return m;
        }
        return first;
    }

    private static BitMatrix encode(String payload, ErrorCorrectionLevel level) {
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, level, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalStateException("a protocol's code does not fit a QR code: " + e.getMessage(), e);
        }
    }

    /** Whether the code reads back as the payload drawn at 3, 4, 5, 6 and 7 pixels a module (a phone's range). */
    static boolean readsBack(BitMatrix m, String payload) {
        for (int px = 3; px <= 7; px++) if (!readsBack(m, payload, px)) return false;
        return true;
    }

    private static boolean readsBack(BitMatrix m, String payload, int px) {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(m.getWidth() * px, m.getHeight() * px,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(java.awt.Color.BLACK);
        for (int row = 0; row < m.getHeight(); row++) {
            for (int col = 0; col < m.getWidth(); col++) if (m.get(col, row)) g.fillRect(col * px, row * px, px, px);
        }
        g.dispose();
        try {
            return payload.equals(org.atazan.record.cli.QrImages.decode(img, "code"));
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /** Lines written downwards from the top, wrapped at word boundaries (or anywhere, for long hashes). */
    private static final class Writer {
        final PDPageContentStream s;
        float y;
        float x = MARGIN;

        Writer(PDPageContentStream s, float top, float width) {
            this.s = s;
            this.y = top;
        }

        void gap(float points) {
            y -= points;
        }

        void lines(PDType0Font font, float size, String text, float width) throws IOException {
            for (String line : wrap(font, size, safe(font, text), width)) {
                y -= size * 1.35f;
                s.beginText();
                s.setFont(font, size);
                s.newLineAtOffset(x, y);
                s.showText(line);
                s.endText();
            }
        }

        void row(PDType0Font labelFont, PDType0Font valueFont, float size, String label, String value, float width) throws IOException {
            value = safe(valueFont, value);
            float valueWidth = valueFont.getStringWidth(value) / 1000 * size;
            List<String> labels = wrap(labelFont, size, safe(labelFont, label), width - 120);
            for (int i = 0; i < labels.size(); i++) {
                y -= size * 1.45f;
                s.beginText();
                s.setFont(labelFont, size);
                s.newLineAtOffset(x, y);
                s.showText(labels.get(i));
                s.endText();
                if (i == 0) {
                    s.beginText();
                    s.setFont(valueFont, size);
                    s.newLineAtOffset(x + width - valueWidth, y);
                    s.showText(value);
                    s.endText();
                }
            }
            s.moveTo(x, y - 3);
            s.lineTo(x + width, y - 3);
            s.setLineWidth(0.3f);
            s.stroke();
        }
    }

    /** The text with every character the font cannot draw (a letter outside DejaVu Sans) written as '?'. */
    static String safe(PDType0Font font, String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            try {
                font.encode(c);
                b.append(c);
            } catch (IllegalArgumentException | IOException e) {
                b.append('?');
            }
        });
        return b.toString();
    }

    static List<String> wrap(PDType0Font font, float size, String text, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.replace('\n', ' ').split(" ")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(tried) / 1000 * size <= width) {
                line.setLength(0);
                line.append(tried);
                continue;
            }
            if (!line.isEmpty()) out.add(line.toString());
            line.setLength(0);
            // A word wider than the line (a hash, a payload) is cut where it reaches the edge.
            String rest = word;
            while (font.getStringWidth(rest) / 1000 * size > width) {
                int n = rest.length() - 1;
                while (n > 1 && font.getStringWidth(rest.substring(0, n)) / 1000 * size > width) n--;
                out.add(rest.substring(0, n));
                rest = rest.substring(n);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) out.add(line.toString());
        return out;
    }
}

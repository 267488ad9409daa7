package org.atazan.commission.web;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.atazan.commission.CommissionDesk;
import org.atazan.commission.Minutes;
import org.atazan.commission.Poll;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The minutes as an A4 PDF in the reader's language. DejaVu Sans is embedded (a subset) so Kazakh and
 * Russian letters print anywhere; lines are wrapped here at word boundaries, since PDFBox draws a line
 * as given, and a word longer than the line is cut.
 */
@Component
class MinutesPdf {
    private static final float MARGIN = 56, SIZE = 10.5f, LEADING = 14.5f;
    private final Phrases phrases;

    MinutesPdf(Phrases phrases) {
        this.phrases = phrases;
    }

    /** A line to draw: its text, bold or not, its size, the space above it. */
    private record Line(String text, boolean bold, float size, float before) {
    }

    byte[] render(Minutes minutes, String bodyTitle, LocalDate approvingDay, Locale locale) {
        return render(minutes, bodyTitle, approvingDay, locale, new BodyTexts(java.util.Map.of(), locale.getLanguage(), java.util.Map.of()));
    }

    /** The same with the body's texts (agenda items, place, offices) translated into the reader's language where it can. */
    byte[] render(Minutes minutes, String bodyTitle, LocalDate approvingDay, Locale locale, BodyTexts tx) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(phrases.get("commission.minutes.title", locale, bodyTitle, phrases.date(minutes.date(), locale)), true, 14, 0));
        lines.add(new Line(phrases.approval(minutes, approvingDay, locale), !minutes.approved(), SIZE, 6));
        if (minutes.approved()) lines.add(new Line(phrases.get("commission.minutes.digest", locale, minutes.approval().digest(), "SHA-256"), false, 8, 2));
        if (minutes.bodyId().endsWith(CommissionPages.SAMPLE_SUFFIX)) lines.add(new Line(phrases.get("commission.sample-notice", locale), false, SIZE, 4));
        lines.add(new Line(phrases.get("commission.place", locale) + ": " + tx.text(minutes.place()), false, SIZE, 8));
        lines.add(new Line(phrases.get("commission.minutes.present", locale, minutes.present().size(), minutes.members()), true, SIZE, 8));
        lines.add(new Line(String.join(", ", tx.texts(minutes.present())), false, SIZE, 2));
        for (Minutes.Section s : minutes.sections()) {
            lines.add(new Line(s.position() == 0 ? phrases.get("commission.minutes.opening", locale)
                    : phrases.get("commission.minutes.item", locale, s.position(), tx.text(s.title())), true, 12, 12));
            if (s.reference() != null) lines.add(new Line("(" + s.reference() + ")", false, 9, 0));
            lines.add(new Line(s.speakers().isEmpty() ? phrases.get("commission.minutes.nobody-spoke", locale)
                    : phrases.get("commission.minutes.spoke", locale, String.join(", ", tx.texts(s.speakers()))), false, SIZE, 4));
            for (Minutes.PollMinutes p : s.polls()) {
                lines.add(new Line(phrases.get("commission.poll", locale, p.id()) + ": " + phrases.get("commission.kind." + CommissionDesk.code(p.kind()), locale)
                        + ", " + phrases.get("commission.decision." + CommissionDesk.code(p.decision()), locale), true, SIZE, 8));
                var t = p.result().tally();
                lines.add(new Line(phrases.get("commission.minutes.figures", locale, t.forVotes(), t.against(), t.abstain()), false, SIZE, 2));
                lines.add(new Line(phrases.arithmetic(p.result(), locale), true, SIZE, 2));
                if (p.kind() == Poll.Kind.NAMED) {
                    for (Poll.Choice c : Poll.Choice.values()) {
                        List<String> who = p.named().stream().filter(v -> v.choice() == c).map(Minutes.NamedVote::name).map(tx::text).toList();
                        if (!who.isEmpty()) {
                            lines.add(new Line(phrases.get("commission.minutes.votes-" + CommissionDesk.code(c), locale, who.size(),
                                    String.join(", ", who)), false, 9, 3));
                        }
                    }
                } else if (p.kind() == Poll.Kind.SECRET) {
                    lines.add(new Line(phrases.get("commission.poll.secret-note", locale), false, 9, 3));
                    lines.add(new Line(phrases.get("commission.minutes.voted", locale, p.voters().size(), String.join(", ", tx.texts(p.voters()))), false, 9, 2));
                }
            }
        }
        try (InputStream regular = MinutesPdf.class.getResourceAsStream("/fonts/DejaVuSans.ttf");
             InputStream boldFont = MinutesPdf.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf");
             PDDocument doc = new PDDocument()) {
            PDFont normal = PDType0Font.load(doc, regular);
            PDFont bold = PDType0Font.load(doc, boldFont);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(lines.get(0).text());
            info.setCreator("Atazan");
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<PDPage> pages = new ArrayList<>();
            PDPage page = null;
            PDPageContentStream out = null;
            float y = 0;
            for (Line line : lines) {
                PDFont font = line.bold() ? bold : normal;
                float leading = line.size() * LEADING / SIZE;
                List<String> wrapped = wrap(line.text(), font, line.size(), width);
                for (int i = 0; i < wrapped.size(); i++) {
                    float gap = i == 0 ? line.before() : 0;
                    if (out == null || y - gap - leading < MARGIN + 20) {
                        if (out != null) out.close();
                        page = new PDPage(PDRectangle.A4);
                        doc.addPage(page);
                        pages.add(page);
                        out = new PDPageContentStream(doc, page);
                        y = PDRectangle.A4.getHeight() - MARGIN;
                        gap = 0;
                    }
                    y -= gap + leading;
                    out.beginText();
                    out.setFont(font, line.size());
                    out.newLineAtOffset(MARGIN, y);
                    out.showText(wrapped.get(i));
                    out.endText();
                }
            }
            if (out != null) out.close();
            // Page numbers once the number of pages is known.
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream footer = new PDPageContentStream(doc, pages.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
                    footer.beginText();
                    footer.setFont(normal, 8);
                    footer.newLineAtOffset(MARGIN, MARGIN / 2);
                    footer.showText(phrases.get("commission.minutes.page", locale, i + 1, pages.size()) + " · " + minutes.meetingId());
                    footer.endText();
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("minutes of " + minutes.meetingId() + ": the PDF could not be written", e);
        }
    }

    /** Splits text into lines no wider than {@code width}, at spaces; a word wider than a line is cut. */
    static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        // Control characters have no glyph: a newline or tab in a title would stop the PDF.
        String clean = printable(text.replaceAll("[\\p{Cntrl}]", " "), font);
        StringBuilder line = new StringBuilder();
        for (String word : clean.split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) out.add(line.toString());
            line.setLength(0);
            String w = word;
            while (width(w, font, size) > width) {
                int cut = w.length() - 1;
                while (cut > 1 && width(w.substring(0, cut), font, size) > width) cut--;
                out.add(w.substring(0, cut));
                w = w.substring(cut);
            }
            line.append(w);
        }
        if (!line.isEmpty() || out.isEmpty()) out.add(line.toString());
        return out;
    }

    /** The text with each character the font has no glyph for as '?' (else an empty box, or PDFBox refuses it). */
    static String printable(String text, PDFont font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            try {
                // Identity-H: the code is the glyph id, and glyph 0 is the font's empty box (.notdef).
                byte[] code = font.encode(c);
                boolean none = true;
                for (byte b : code) none &= b == 0;
                out.append(none ? "?" : c);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static float width(String s, PDFont font, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }
}

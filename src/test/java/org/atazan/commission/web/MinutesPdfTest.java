package org.atazan.commission.web;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF's own line wrapping: at spaces, a word longer than the line cut, control characters and glyphs the font lacks made printable. */
class MinutesPdfTest {

    @Test
    void linesWrapAtSpacesAndNothingUnprintableReachesThePage() throws Exception {
        try (PDDocument doc = new PDDocument(); var in = MinutesPdf.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            PDFont font = PDType0Font.load(doc, in);
            String text = "Қазақстан Республикасының Конституциясы ".repeat(6).strip();
            List<String> lines = MinutesPdf.wrap(text, font, 10.5f, 200);
            assertThat(lines).hasSizeGreaterThan(3);
            for (String l : lines) assertThat(font.getStringWidth(l) / 1000 * 10.5f).isLessThanOrEqualTo(200);
            assertThat(String.join(" ", lines)).isEqualTo(text);
            List<String> cut = MinutesPdf.wrap("x".repeat(200), font, 10.5f, 100);
            assertThat(cut).hasSizeGreaterThan(1);
            assertThat(String.join("", cut)).isEqualTo("x".repeat(200));
            // A tab or newline in a title, and a character DejaVu Sans has no glyph for, would stop PDFBox.
            assertThat(MinutesPdf.wrap("Item\tone\nnow \u4E2D", font, 10.5f, 400)).containsExactly("Item one now ?");
        }
    }
}

package org.atazan.record.web;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.atazan.record.cli.QrImages;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The QR code as the protocol sheet draws it reads back from the page rendered at 150 dpi, whatever
 * the payload: many payloads of the real shape (figures, entry index, a 64-digit hash), each read.
 */
class QrOnPaperTest {

    @Test
    void everyPayloadOfTheRealShapeReadsBackFromTheRenderedPage() throws Exception {
        SplittableRandom rnd = new SplittableRandom(99);
        List<String> unread = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            byte[] hash = new byte[32];
            rnd.nextBytes(hash);
            String payload = "ATZP1;v=pc-" + Long.toHexString(rnd.nextLong()).substring(0, 8) + ";s=XQ/" + rnd.nextInt(1, 99999)
                    + ";r=" + rnd.nextInt(1, 4) + ";reg=" + rnd.nextInt(100, 3000) + ";iss=" + rnd.nextInt(50, 2000)
                    + ";box=" + rnd.nextInt(50, 2000) + ";inv=" + rnd.nextInt(0, 50) + ";y.1=" + rnd.nextInt(0, 1500)
                    + ";n.1=" + rnd.nextInt(0, 1500) + ";e=" + rnd.nextInt(0, 2_000_000) + ";h=" + HexFormat.of().formatHex(hash);
            byte[] png;
            byte[] pdf = ProtocolSheet.render(new ProtocolSheet.Content(i % 2 == 0 ? "kk" : "en", "Учаскелік сайлау комиссиясының хаттамасы",
                    "Республикалық референдум 2026", "Үшқоңыр № 5 учаскесі", "Қазақстан › Алматы облысы › Талғар ауданы",
                    List.of(Map.entry("Тізімге енгізілген сайлаушылар саны", "1 000"), Map.entry("Сайлаушыларға берілген бюллетеньдер саны", "600"),
                            Map.entry("Жәшіктердегі бюллетеньдер саны", "600"), Map.entry("Жарамсыз бюллетеньдер", "10"),
                            Map.entry("«Иә» дауыстары", "400"), Map.entry("«Жоқ» дауыстары", "190")),
                    List.of("Редакция 1: 2026 жылғы 16 наурыз, 21:04 қабылданды", "Бұл қазір күшіндегі редакция"),
                    List.of("Ашық тізілім: жазба " + i, "Жапырақ хеші: " + payload.substring(payload.length() - 64)),
                    payload, List.of("Кодты телефонмен сканерлеңіз де, тізілім бетінде тексеріңіз:", "https://atazan.example.kz/record",
                            "./atazan record check-protocol КОД.png --url https://atazan.example.kz")));
            try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 150);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(image, "png", out);
                png = out.toByteArray();
            }
            try {
                assertThat(QrImages.decode(png, "page")).isEqualTo(payload);
            } catch (RuntimeException e) {
                unread.add(payload + ": " + e.getMessage());
            }
        }
        assertThat(unread).isEmpty();
    }
}

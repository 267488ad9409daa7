package org.atazan.record.cli;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import org.atazan.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** QR codes read from images as people send them: PNG and JPEG, turned, inside a large photo; bad images refused. */
class QrImagesTest {
    static final String PAYLOAD = "ATZP1;v=t-1;s=XX/a/d/s1;r=1;reg=1000;iss=600;box=600;inv=10;y.1=400;n.1=190;e=7;h=" + "ab".repeat(32);

    /** The code drawn at {@code scale} pixels a module, placed at (x, y) on white paper of w × h. */
    static BufferedImage paper(int w, int h, int x, int y, int scale, int type) throws Exception {
        BitMatrix m = new QRCodeWriter().encode(PAYLOAD, BarcodeFormat.QR_CODE, 0, 0);
        BufferedImage img = new BufferedImage(w, h, type);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        for (int r = 0; r < m.getHeight(); r++) {
            for (int c = 0; c < m.getWidth(); c++) if (m.get(c, r)) g.fillRect(x + c * scale, y + r * scale, scale, scale);
        }
        g.dispose();
        return img;
    }

    static byte[] encode(BufferedImage img, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(img, format, out)).isTrue();
        return out.toByteArray();
    }

    static BufferedImage turned(BufferedImage img) {
        BufferedImage t = new BufferedImage(img.getHeight(), img.getWidth(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) t.setRGB(img.getHeight() - 1 - y, x, img.getRGB(x, y));
        }
        return t;
    }

    @Test
    void aCodeIsReadFromPngAndJpegTurnedOrNot() throws Exception {
        BufferedImage img = paper(600, 500, 60, 40, 6, BufferedImage.TYPE_INT_RGB);
        byte[] png = encode(img, "png");
        assertThat(QrImages.isImage(png)).isTrue();
        assertThat(QrImages.decode(png, "a.png")).isEqualTo(PAYLOAD);
        byte[] jpeg = encode(turned(img), "jpg");
        assertThat(QrImages.isImage(jpeg)).isTrue();
        assertThat(QrImages.decode(jpeg, "b.jpg")).isEqualTo(PAYLOAD);
    }

    @Test
    void aLargePhotoIsReadSubsampled() throws Exception {
        // 5000 × 4000 = 20 megapixels, over the 16 read at full size; the code is large in it, as in a close photo.
        BufferedImage photo = paper(5000, 4000, 1500, 1000, 30, BufferedImage.TYPE_BYTE_GRAY);
        assertThat(QrImages.decode(encode(photo, "png"), "photo.png")).isEqualTo(PAYLOAD);
    }

    @Test
    void imagesWithoutACodeOrTooLargeOrNotImagesAreRefused() throws Exception {
        byte[] blank = encode(new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB), "png");
        assertThatThrownBy(() -> QrImages.decode(blank, "blank.png")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("blank.png: no readable QR code in the image");
        byte[] wide = encode(new BufferedImage(QrImages.MAX_SIDE + 1, 1, BufferedImage.TYPE_BYTE_BINARY), "png");
        assertThatThrownBy(() -> QrImages.decode(wide, "wide.png")).hasMessageContaining("at most 20000 a side");
        byte[] broken = java.util.Arrays.copyOf(encode(paper(300, 300, 10, 10, 4, BufferedImage.TYPE_INT_RGB), "png"), 60);
        assertThatThrownBy(() -> QrImages.decode(broken, "broken.png")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("broken.png: ");
        assertThatThrownBy(() -> QrImages.decode("hello".getBytes(), "t.txt")).hasMessage("t.txt: not a PNG or JPEG image");
    }

    @Test
    void theCommandRefusesUnusableFilesWithStatus2(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.png");
        Files.write(big, new byte[CheckProtocolCommand.MAX_IMAGE_BYTES + 1]);
        Cli tooBig = Cli.run("record", "check-protocol", big.toString());
        assertThat(tooBig.exit()).isEqualTo(2);
        assertThat(tooBig.err()).contains("larger than 20971520 bytes");
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "shopping list");
        Cli notACode = Cli.run("record", "check-protocol", text.toString());
        assertThat(notACode.exit()).isEqualTo(2);
        assertThat(notACode.err()).contains("neither a PNG or JPEG image nor the text of a protocol's code");
        Path blank = dir.resolve("blank.png");
        Files.write(blank, encode(new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB), "png"));
        assertThat(Cli.run("record", "check-protocol", blank.toString()).err()).contains("no readable QR code");
        Cli badUrl = Cli.run("record", "check-protocol", PAYLOAD, "--url", "ftp://x");
        assertThat(badUrl.exit()).isEqualTo(2);
        assertThat(badUrl.err()).contains("--url ftp://x: not an http(s) address");
    }
}

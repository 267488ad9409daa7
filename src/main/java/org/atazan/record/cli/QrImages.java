package org.atazan.record.cli;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A QR code read from a PNG or JPEG image (a scan or a photo of a printed protocol) with ZXing's core
 * over javax.imageio. Bounded: the file's bytes are limited by the caller, the image's sides here, and a
 * large photo is read subsampled to at most {@link #MAX_PIXELS} pixels, so a 50-megapixel photo costs
 * what a 16-megapixel one does.
 */
public final class QrImages {
    public static final int MAX_SIDE = 20_000;
    public static final long MAX_PIXELS = 16_000_000L;

    private QrImages() {
    }

    /** Whether these first bytes are those of a PNG or a JPEG file. */
    public static boolean isImage(byte[] head) {
        return head.length >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G'
                || head.length >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF;
    }

    /** The text of the QR code in the image; refused (IllegalArgumentException) when unreadable or holding no code. */
    public static String decode(byte[] bytes, String name) {
        return decode(read(bytes, name), name);
    }

    /** The text of the QR code in an image already read. */
    public static String decode(BufferedImage image, String name) {
        // The whole image first; then overlapping parts of it: on a whole page, lines of text next to
        // the code can pass for finder patterns and lead the detector astray, which a part without
        // them does not.
        String found = decodeIn(image);
        if (found != null) return found;
        int w = image.getWidth(), h = image.getHeight();
        for (int rows : new int[]{2, 3}) {
            for (int cols : new int[]{1, 2}) {
                int tw = Math.min(w, 2 * w / (cols + 1)), th = Math.min(h, 2 * h / (rows + 1));
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++) {
                        int x = cols == 1 ? 0 : c * (w - tw) / (cols - 1), y = r * (h - th) / (rows - 1);
                        found = decodeIn(image.getSubimage(x, y, tw, th));
                        if (found != null) return found;
                    }
                }
            }
        }
        // Then the whole image at other sizes: the detector samples the modules otherwise, and a code
        // missed at one size is often read at another (a phone's reader tries frame after frame).
        for (double scale : new double[]{0.75, 0.5, 1.5}) {
            int sw = (int) Math.round(w * scale), sh = (int) Math.round(h * scale);
            if (sw < 21 || sh < 21 || (long) sw * sh > 40_000_000L) continue;
            BufferedImage scaled = new BufferedImage(sw, sh, BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = scaled.createGraphics();
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, sw, sh, null);
            g.dispose();
            found = decodeIn(scaled);
            if (found != null) return found;
        }
        throw new IllegalArgumentException(name + ": no readable QR code in the image");
    }

    private static String decodeIn(BufferedImage image) {
        LuminanceSource source = new ImageLuminance(image);
        QRCodeReader reader = new QRCodeReader();
        Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(source)),
                new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
            try {
                return reader.decode(bitmap, hints).getText();
            } catch (NotFoundException | ChecksumException | FormatException e) {
                reader.reset(); // the other binarizer may see it (uneven light favours one, a flat scan the other)
            }
        }
        return null;
    }

    static BufferedImage read(byte[] bytes, String name) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw new IllegalArgumentException(name + ": not a PNG or JPEG image");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0), h = reader.getHeight(0);
                if (w < 1 || h < 1 || w > MAX_SIDE || h > MAX_SIDE) {
                    throw new IllegalArgumentException(name + ": an image of " + w + " × " + h + " pixels; at most " + MAX_SIDE + " a side");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                long pixels = (long) w * h;
                if (pixels > MAX_PIXELS) {
                    int step = (int) Math.ceil(Math.sqrt((double) pixels / MAX_PIXELS));
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image = reader.read(0, param);
                if (image == null) throw new IllegalArgumentException(name + ": the image cannot be read");
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException i && i.getMessage() != null && i.getMessage().startsWith(name)) throw i;
            throw new IllegalArgumentException(name + ": the image cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Luminance of a BufferedImage (what ZXing's javase module would give, without the module). */
    static final class ImageLuminance extends LuminanceSource {
        private final byte[] luminance;

        ImageLuminance(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            int w = image.getWidth(), h = image.getHeight();
            luminance = new byte[w * h];
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                image.getRGB(0, y, w, 1, row, 0, w);
                for (int x = 0; x < w; x++) {
                    int p = row[x];
                    int alpha = p >>> 24;
                    int r = p >> 16 & 0xff, g = p >> 8 & 0xff, b = p & 0xff;
                    // Transparent pixels count as white paper; ITU-R BT.601 weights, in integers.
                    int lum = alpha == 0 ? 255 : (306 * r + 601 * g + 117 * b + 512) >> 10;
                    luminance[y * w + x] = (byte) lum;
                }
            }
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            if (y < 0 || y >= getHeight()) throw new IllegalArgumentException("row " + y + " is outside the image");
            int w = getWidth();
            if (row == null || row.length < w) row = new byte[w];
            System.arraycopy(luminance, y * w, row, 0, w);
            return row;
        }

        @Override
        public byte[] getMatrix() {
            return luminance;
        }
    }
}

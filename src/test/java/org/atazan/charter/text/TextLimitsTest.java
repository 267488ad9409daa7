package org.atazan.charter.text;

import org.atazan.charter.CharterInputException;
import org.atazan.charter.CharterLimits;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Plain text is bounded while it is read: line length, line count, characters of text. */
class TextLimitsTest {

    /** A stream of {@code size} bytes of one endless line of "a", made as it is read, that counts what was read. */
    static final class EndlessLine extends InputStream {
        final long size;
        long read;

        EndlessLine(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) return -1;
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) return -1;
            int n = (int) Math.min(len, size - read);
            java.util.Arrays.fill(b, off, off + n, (byte) 'a');
            read += n;
            return n;
        }
    }

    static InputStream utf8(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    static CharterLimits limits(long text, int line, int lines) {
        return new CharterLimits(64, 1_000_000, text, line, lines);
    }

    @Test
    void aThreeGigabyteLineIsRefusedAfterReadingLittleMoreThanTheLimit() {
        EndlessLine in = new EndlessLine(3L << 30);
        assertThatThrownBy(() -> new CharterReader().read("huge.txt", in))
                .isInstanceOf(CharterInputException.class)
                .hasMessage("huge.txt:1: line longer than 100,000 characters (the limit, setting atazan.limits.charter-line)");
        assertThat(in.read).as("bytes read before refusing").isLessThan(1_000_000);
    }

    @Test
    void tooManyLinesAreRefusedAtTheFirstLineOver() {
        StringBuilder sb = new StringBuilder("Title\n\n");
        for (int i = 1; i <= 60; i++) sb.append("Article ").append(i).append("\n\nText ").append(i).append(".\n\n");
        String text = sb.toString();
        assertThat(text.split("\n", -1)).hasSize(243);
        assertThat(new CharterReader(limits(20_000_000, 1000, 243)).read("ok.txt", utf8(text)).articles()).hasSize(60);
        assertThatThrownBy(() -> new CharterReader(limits(20_000_000, 1000, 200)).read("long.txt", utf8(text)))
                .isInstanceOf(CharterInputException.class)
                .hasMessage("long.txt:201: more than 200 lines (the limit, setting atazan.limits.charter-lines)");
    }

    @Test
    void aLineAtTheLimitIsAcceptedAndOneCharacterMoreIsNot() {
        String ok = "Title\n\nArticle 1\n" + "й".repeat(50) + "\n";
        assertThat(new CharterReader(limits(20_000_000, 50, 1000)).read("ok.txt", utf8(ok)).articles()).hasSize(1);
        assertThatThrownBy(() -> new CharterReader(limits(20_000_000, 50, 1000)).read("x.txt", utf8(ok.replace("\n" + "й", "\nйй"))))
                .isInstanceOf(CharterInputException.class).hasMessageStartingWith("x.txt:4: line longer than 50 characters");
        assertThatThrownBy(() -> new CharterReader(limits(20_000_000, 50, 1000)).read("y.txt", utf8(ok + "й".repeat(51))))
                .isInstanceOf(CharterInputException.class).hasMessageStartingWith("y.txt:5: line longer than 50 characters");
    }

    @Test
    void tooMuchTextIsRefusedNamingTheLimitAndLine() {
        String text = "Title\n\nArticle 1\n" + "x".repeat(40) + "\n\nArticle 2\n" + "x".repeat(40) + "\n";
        assertThatThrownBy(() -> new CharterReader(limits(60, 1000, 1000)).read("t.txt", utf8(text)))
                .isInstanceOf(CharterInputException.class)
                .hasMessage("t.txt:6: more than 60 characters of text (the limit, setting atazan.limits.charter-text)");
    }

    @Test
    void badBytesAreNamedWithTheirLineWhereverTheyAre() {
        byte[] head = "Title\n\nArticle 1\nText.\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[head.length + 2];
        System.arraycopy(head, 0, bad, 0, head.length);
        bad[head.length] = (byte) 0xC3;
        bad[head.length + 1] = '(';
        assertThatThrownBy(() -> new CharterReader().read("latin1.txt", bad))
                .isInstanceOf(CharterInputException.class).hasMessage("latin1.txt:5: not UTF-8 text (invalid byte sequence)");
        byte[] nul = head.clone();
        nul[head.length - 3] = 0;
        assertThatThrownBy(() -> new CharterReader().read("bin.txt", nul))
                .isInstanceOf(CharterInputException.class).hasMessage("bin.txt:4: binary file (NUL byte), not text");
    }

    @Test
    void lineBreaksOfEveryKindAndAByteOrderMarkReadAsBefore() {
        String unix = "Title\n\nArticle 1\nFirst.\nSecond.\n";
        var expected = new CharterReader().read("u.txt", utf8(unix));
        assertThat(new CharterReader().read("w.txt", utf8("\uFEFF" + unix.replace("\n", "\r\n")))).isEqualTo(expected);
        assertThat(new CharterReader().read("m.txt", utf8(unix.replace("\n", "\r")))).isEqualTo(expected);
    }
}

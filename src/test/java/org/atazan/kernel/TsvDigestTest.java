package org.atazan.kernel;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class TsvDigestTest {

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rowsAreTabSeparatedLinesWithSeparatorsInsideValuesEscaped() throws Exception {
        TsvDigest d = new TsvDigest();
        d.field("a\tb\\c").field(42).field((String) null).endRow();
        d.field("line\r\nbreak").field("Қазақ").endRow();
        assertThat(d.hex()).isEqualTo(sha256("a\\tb\\\\c\t42\t\nline\\r\\nbreak\tҚазақ\n"));
    }
}

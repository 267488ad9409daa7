package org.atazan.voting.protocols;

import org.atazan.voting.RowIssue;
import org.atazan.voting.ImportMode;
import org.atazan.voting.ColumnMapping;
import org.atazan.kernel.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProtocolReaderTest {
    static final String HEADER = "t;reg;dist;st;r;i;b;inv;y;n\n";

    static ColumnMapping mapping(Path dir, boolean zipped) throws Exception {
        Path m = dir.resolve("m.properties");
        Files.writeString(m, "title=t\nregion=reg\ndistrict=dist\nstation=st\nregistered=r\nissued=i\ninBoxes=b\n"
                + "invalid=inv\nyes=y\nno=n\ndelimiter=;\ncountry=X\nlanguage=en\nzipped=" + zipped + "\nencoding=windows-1251\n");
        return ColumnMapping.load(m.toString());
    }

    @Test
    void readsAZippedWindows1251FileWithItsMapping(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("p.zip");
        try (OutputStream o = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(o)) {
            z.putNextEntry(new ZipEntry("p.csv"));
            z.write((HEADER + "Голосование;Область;ТИК 1;УИК №1;100;60;60;0;40;20\n").getBytes("windows-1251"));
        }
        ImportResult r = ProtocolReader.read(zip, mapping(dir, true), ImportMode.STRICT);
        assertThat(r.title()).isEqualTo("Голосование");
        assertThat(r.protocols()).singleElement().satisfies(p -> {
            assertThat(p.stationCode()).isEqualTo("X/Область/ТИК 1/УИК №1");
            assertThat(p.yes()).isEqualTo(40);
        });
        assertThat(r.territories()).extracting(t -> t.kind()).containsExactly("country", "region", "district", "station");
        assertThat(r.territories().get(1).name("en")).isEqualTo("Область");
    }

    @Test
    void strictStopsAtTheFirstBadRowSkipModeReportsEveryOne(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.csv");
        Files.writeString(f, HEADER
                + "v;R;D;S1;100;60;60;0;40;20\n"
                + "v;R;D;S2;100;60;60;0;40;19\n"     // in boxes != invalid + yes + no
                + "v;R;D;S1;100;60;60;0;40;20\n"     // duplicate
                + "v;R;D;S3;100;x;60;0;40;20\n"      // non-number
                + "v;R;D;S4;100;60\n"                // missing values
                + "v;R;D;S5;100;60;60;0;30;30\n", java.nio.charset.Charset.forName("windows-1251"));
        ColumnMapping m = mapping(dir, false);
        assertThatThrownBy(() -> ProtocolReader.read(f, m, ImportMode.STRICT))
                .isInstanceOf(BadInputException.class)
                .hasMessage(f + " line 3, station X/R/D/S2, field inBoxes: inBoxes = invalid + yes + no (question 1) fails "
                        + "{inBoxes=60, invalid=0, yes=40, no=19}");
        ImportResult r = ProtocolReader.read(f, m, ImportMode.SKIP_INVALID);
        assertThat(r.protocols()).extracting(p -> p.stationCode()).containsExactly("X/R/D/S1", "X/R/D/S5");
        assertThat(r.skipped()).extracting(RowIssue::line).containsExactly(3L, 4L, 5L, 6L);
        assertThat(r.skipped()).extracting(RowIssue::reason).satisfiesExactly(
                s -> assertThat(s).contains("inBoxes = invalid + yes + no"),
                s -> assertThat(s).isEqualTo("duplicate station"),
                s -> assertThat(s).isEqualTo("not a whole number: 'x'"),
                s -> assertThat(s).isEqualTo("missing value"));
        assertThat(r.skipped().get(3).field()).isEqualTo("inBoxes (b)");
    }

    @Test
    void parsesOnlyPlainIntegers() {
        assertThat(ProtocolReader.parseLong(" 42 ")).isEqualTo(42);
        assertThat(ProtocolReader.parseLong("-3")).isEqualTo(-3);
        assertThat(ProtocolReader.parseLong("1.5")).isEqualTo(Long.MIN_VALUE);
        assertThat(ProtocolReader.parseLong("")).isEqualTo(Long.MIN_VALUE);
        assertThat(ProtocolReader.parseLong("1234567890123456789")).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void mappingErrorsNameTheMapping(@TempDir Path dir) throws Exception {
        Path m = dir.resolve("bad.properties");
        Files.writeString(m, "region=a\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ColumnMapping.load(m.toString())).hasMessageContaining("missing key station");
        assertThat(ColumnMapping.load("ru-2020").zipped()).isTrue();
    }
}

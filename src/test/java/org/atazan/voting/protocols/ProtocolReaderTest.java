package org.atazan.voting.protocols;

import org.atazan.voting.ImportLimits;
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
import static org.assertj.core.api.Assertions.entry;

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
        assertThat(r.skipped().first()).extracting(RowIssue::line).containsExactly(3L, 4L, 5L, 6L);
        assertThat(r.skipped().first()).extracting(RowIssue::reason).satisfiesExactly(
                s -> assertThat(s).contains("inBoxes = invalid + yes + no"),
                s -> assertThat(s).isEqualTo("duplicate station"),
                s -> assertThat(s).isEqualTo("not a whole number: 'x'"),
                s -> assertThat(s).isEqualTo("missing value"));
        assertThat(r.skipped().first().get(3).field()).isEqualTo("inBoxes (b)");
    }

    @Test
    void parsesOnlyPlainIntegers() {
        assertThat(ProtocolReader.parseLong(" 42 ")).isEqualTo(42);
        assertThat(ProtocolReader.parseLong("-3")).isEqualTo(-3);
        assertThat(ProtocolReader.parseLong("1.5")).isEqualTo(Long.MIN_VALUE);
        assertThat(ProtocolReader.parseLong("")).isEqualTo(Long.MIN_VALUE);
        assertThat(ProtocolReader.parseLong("1234567890123456789")).isEqualTo(Long.MIN_VALUE);
    }

    static ColumnMapping utf8(Path dir) throws Exception {
        Path m = dir.resolve("u.properties");
        Files.writeString(m, "title=t\nregion=reg\ndistrict=dist\nstation=st\nregistered=r\nissued=i\ninBoxes=b\n"
                + "invalid=inv\nyes=y\nno=n\ndelimiter=;\ncountry=X\nlanguage=en\n");
        return ColumnMapping.load(m.toString());
    }

    static final ImportLimits SMALL = new ImportLimits(1 << 20, 3, 100, 10, 5);

    static BadInputException refusal(Path f, ColumnMapping m, ImportMode mode, ImportLimits limits) {
        try {
            ProtocolReader.read(f, f.getFileName().toString(), m, mode, limits);
        } catch (BadInputException e) {
            return e;
        }
        throw new AssertionError(f + " was read without a refusal");
    }

    @Test
    void aThreeMegabyteZipWithAThreeGibibyteHeaderLineIsRefusedAtItsLineLimit(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("bomb.zip");
        ZipBombs.write(zip, "p.csv", "t;reg;", "x", 3L << 30, ";dist\n");
        assertThat(Files.size(zip)).isLessThan(4_000_000);
        // Default limits: 64 K characters a line, checked as the line is read, never held whole.
        assertThat(refusal(zip, mapping(dir, true), ImportMode.STRICT, ImportLimits.DEFAULTS))
                .hasMessage("bomb.zip line 1: longer than 65,536 characters (limit atazan.limits.csv-line-chars)");
    }

    @Test
    void theUnzippedSizeIsCheckedWhileReading(@TempDir Path dir) throws Exception {
        // 3 GB of short duplicate rows: well-formed lines, so only the size limit stops it (1 MB here).
        Path zip = dir.resolve("rows.zip");
        ZipBombs.write(zip, "p.csv", HEADER + "v;R;D;S1;100;60;60;0;40;20\n", "v;R;D;S1;100;60;60;0;40;20\n",
                100_000_000, "");
        ImportLimits limits = new ImportLimits(1 << 20, 3, 100, Long.MAX_VALUE, 5);
        assertThat(refusal(zip, utf8(dir).withZipped(true), ImportMode.SKIP_INVALID, limits).getMessage())
                .matches("rows\\.zip line \\d+: the CSV text is larger than 1 MB \\(unzipped; limit atazan.limits.csv-bytes\\)");
    }

    @Test
    void aZipListingTooManyEntriesIsRefused(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("many.zip");
        try (OutputStream o = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(o)) {
            for (int i = 0; i < 5; i++) z.putNextEntry(new ZipEntry("d" + i + "/"));
            z.putNextEntry(new ZipEntry("p.csv"));
            z.write((HEADER + "v;R;D;S1;100;60;60;0;40;20\n").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(refusal(zip, utf8(dir).withZipped(true), ImportMode.STRICT, SMALL))
                .hasMessage("many.zip line 0, station -, field -: the zip file lists more than 3 entries before its CSV file"
                        + " (limit atazan.limits.zip-entries)");
        assertThat(ProtocolReader.read(zip, "many.zip", utf8(dir).withZipped(true), ImportMode.STRICT, ImportLimits.DEFAULTS)
                .protocols()).hasSize(1);
    }

    @Test
    void rowsBeyondTheLimitAreRefusedWithTheirLine(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 11; i++) csv.append("v;R;D;S").append(i).append(";100;60;60;0;40;20\n");
        Path f = dir.resolve("p.csv");
        Files.writeString(f, csv);
        assertThat(refusal(f, utf8(dir), ImportMode.STRICT, SMALL))
                .hasMessage("p.csv line 12: more than 10 rows (limit atazan.limits.csv-rows)");
        assertThat(ProtocolReader.read(f, "p.csv", utf8(dir), ImportMode.STRICT, ImportLimits.DEFAULTS).protocols()).hasSize(11);
    }

    @Test
    void aLongLineAndARecordOfManyShortLinesAreRefused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.csv");
        Files.writeString(f, HEADER + "v;R;D;S1;100;60;60;0;40;20\n" + "v;R;D;" + "S".repeat(200) + ";1;1;1;0;1;0\n");
        assertThat(refusal(f, utf8(dir), ImportMode.SKIP_INVALID, SMALL))
                .hasMessage("p.csv line 3: longer than 100 characters (limit atazan.limits.csv-line-chars)");
        // A quoted field may span lines; the record as a whole is bounded too.
        Files.writeString(f, HEADER + "v;R;D;\"" + "S\n".repeat(20_000) + "\";1;1;1;0;1;0\n");
        assertThat(refusal(f, utf8(dir), ImportMode.SKIP_INVALID, SMALL).getMessage())
                .startsWith("p.csv line ").endsWith(": a record longer than 100 characters, its quoted fields spanning lines"
                        + " (limit atazan.limits.csv-line-chars)");
    }

    @Test
    void aByteOrderMarkIsDropped(@TempDir Path dir) throws Exception {
        // The first column is one the mapping needs: with the mark kept, it would be "\uFEFFreg", not "reg".
        Path f = dir.resolve("bom.csv");
        Files.writeString(f, "\uFEFFreg;t;dist;st;r;i;b;inv;y;n\nR;v;D;S1;100;60;60;0;40;20\n");
        ImportResult r = ProtocolReader.read(f, "bom.csv", utf8(dir), ImportMode.STRICT, ImportLimits.DEFAULTS);
        assertThat(r.protocols()).extracting(p -> p.stationCode()).containsExactly("X/R/D/S1");
    }

    @Test
    void aWindows1251FileReadAsUtf8IsNamedAsSuchWithItsLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("cp.csv");
        Files.write(f, (HEADER + "v;R;D;S1;100;60;60;0;40;20\nv;Область;D;S2;100;60;60;0;40;20\n").getBytes("windows-1251"));
        assertThat(refusal(f, utf8(dir), ImportMode.SKIP_INVALID, ImportLimits.DEFAULTS).getMessage())
                .startsWith("cp.csv line 3: not UTF-8 text: byte 0xCE cannot be read as UTF-8")
                .contains("windows-1251");
    }

    @Test
    void binaryFilesAreRefusedAsNotText(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("image.csv");
        Files.write(png, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertThat(refusal(png, utf8(dir), ImportMode.STRICT, ImportLimits.DEFAULTS).getMessage())
                .startsWith("image.csv line 1: not UTF-8 text: byte 0x89 cannot be read as UTF-8; a binary file, or text");
        Path zeros = dir.resolve("zeros.csv");
        Files.write(zeros, new byte[4096]);
        assertThat(refusal(zeros, utf8(dir), ImportMode.STRICT, ImportLimits.DEFAULTS))
                .hasMessage("zeros.csv line 1: a NUL character: a binary file, not CSV text");
    }

    @Test
    void anEmptyOrRepeatedHeaderNameIsNamed(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.csv");
        Files.writeString(f, HEADER.replace(";dist;", ";;") + "v;R;D;S1;100;60;60;0;40;20\n");
        assertThat(refusal(f, utf8(dir), ImportMode.STRICT, ImportLimits.DEFAULTS)).hasMessage(
                "p.csv line 1, station -, field -: column 3 of the header has no name (it follows 'reg'); every column needs one");
        Files.writeString(f, HEADER.replace(";dist;", ";y;") + "v;R;D;S1;100;60;60;0;40;20\n");
        assertThat(refusal(f, utf8(dir), ImportMode.STRICT, ImportLimits.DEFAULTS)).hasMessage(
                "p.csv line 1, station -, field yes: column 'y' appears more than once in the header");
    }

    @Test
    void linesAreTheFilesPhysicalLines(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.csv");
        Files.writeString(f, HEADER + "\r\n" + "v;\"R\r\nnorth\";D;S1;100;60;60;0;40;20\r\n" + "v;R;D;S2;100;x;60;0;40;20\r\n");
        assertThat(refusal(f, utf8(dir), ImportMode.STRICT, ImportLimits.DEFAULTS).getMessage()).startsWith("p.csv line 5, station R/D/S2, field issued");
        ImportResult r = ProtocolReader.read(f, "p.csv", utf8(dir), ImportMode.SKIP_INVALID, ImportLimits.DEFAULTS);
        assertThat(r.line(0)).isEqualTo(3);
    }

    @Test
    void aReportListsTheFirstRowsAndCountsEveryOneByReason(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 5_000; i++) csv.append("v;R;D;S1;100;60;60;0;40;20\n");
        csv.append("v;R;D;S2;100;x;60;0;40;20\n");
        Path f = dir.resolve("p.csv");
        Files.writeString(f, csv);
        ImportResult r = ProtocolReader.read(f, "p.csv", utf8(dir), ImportMode.SKIP_INVALID,
                new ImportLimits(1 << 30, 3, 1000, 1_000_000, 100));
        assertThat(r.protocols()).hasSize(1);
        assertThat(r.skipped().first()).hasSize(100);
        assertThat(r.skipped().first().get(0).line()).isEqualTo(3);
        assertThat(r.skipped().total()).isEqualTo(5_000);
        assertThat(r.skipped().truncated()).isTrue();
        assertThat(r.skipped().byReason()).containsExactly(entry("duplicate station", 4_999L), entry("not a whole number", 1L));
    }

    @Test
    void mappingErrorsNameTheMapping(@TempDir Path dir) throws Exception {
        Path m = dir.resolve("bad.properties");
        Files.writeString(m, "region=a\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ColumnMapping.load(m.toString())).hasMessageContaining("missing key station");
        assertThat(ColumnMapping.load("ru-2020").zipped()).isTrue();
    }
}

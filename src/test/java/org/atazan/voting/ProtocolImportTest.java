package org.atazan.voting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A protocol file into a vote: one bounded event (counts and a digest of what it added); re-importing decides nothing. */
class ProtocolImportTest {
    @TempDir
    Path dir;

    @Test
    void anImportIsOneEventWithItsStationsAndAReimportIsNone() throws IOException {
        Votes v = new Votes();
        v.setup.create(new NewVote("ru", "RU", "2020-07-01", null, "ru", null, null), "o");
        v.decisions.delivered.clear();
        Path file = dir.resolve("p.csv");
        Files.writeString(file, header() + "V,Reg,TIK,UIK 1,100,50,50,0,30,20,u\nV,Reg,TIK,UIK 2,100,60,60,0,30,30,u\n");

        ImportReport r = v.imports.run("ru", file, ColumnMapping.shipped("ru-2020"), ImportMode.STRICT, "official");

        assertThat(r.added()).isEqualTo(2);
        List<ProtocolsImported> events = v.decisions.of(ProtocolsImported.class);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.referendum()).isEqualTo("ru");
            assertThat(e.file()).isEqualTo("p.csv");
            assertThat(e.protocols()).isEqualTo(2);
            // The stations are not in the event: a consumer reads them back, and checks them by the digest.
            assertThat(v.imports.revisions(e)).extracting(Revision::station).containsExactly("RU/Reg/TIK/UIK 1", "RU/Reg/TIK/UIK 2");
            assertThat(ProtocolsImported.digest(v.imports.revisions(e))).isEqualTo(e.digest());
            assertThat(e.newTerritories()).isEqualTo(r.newTerritories()).isPositive();
            assertThat(e.by()).isEqualTo("official");
        });
        String root = v.totals.tree("ru").roots().get(0);
        assertThat(v.totals.tree("ru").total(root).yes()).isEqualTo(60);

        v.decisions.delivered.clear();
        assertThat(v.imports.run("ru", file, ColumnMapping.shipped("ru-2020"), ImportMode.STRICT, "official").unchanged()).isEqualTo(2);
        assertThat(v.decisions.delivered).isEmpty();
    }

    @Test
    void aStrictImportWithABadRowDecidesNothing() throws IOException {
        Votes v = new Votes();
        v.setup.create(new NewVote("ru", "RU", "2020-07-01", null, "ru", null, null), "o");
        v.decisions.delivered.clear();
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, header() + "V,Reg,TIK,UIK 1,100,50,50,0,30,20,u\nV,Reg,TIK,UIK 2,100,x,60,0,30,30,u\n");
        assertThatThrownBy(() -> v.imports.run("ru", file, ColumnMapping.shipped("ru-2020"), ImportMode.STRICT, "o"))
                .hasMessageContaining("bad.csv");
        assertThat(v.decisions.delivered).isEmpty();
        assertThat(v.store.latest("ru")).isEmpty();
    }

    @Test
    void aRowThatConflictsWithAStoredProtocolIsNamedByItsLine() throws IOException {
        Votes v = new Votes();
        v.setup.create(new NewVote("ru", "RU", "2020-07-01", null, "ru", null, null), "o");
        Path first = dir.resolve("first.csv");
        Files.writeString(first, header() + "V,Reg,TIK,UIK 1,100,50,50,0,30,20,u\n");
        v.imports.run("ru", first, ColumnMapping.shipped("ru-2020"), ImportMode.STRICT, "o");
        Path second = dir.resolve("second.csv");
        Files.writeString(second, header() + "V,Reg,TIK,UIK 2,100,60,60,0,30,30,u\n\nV,Reg,TIK,UIK 1,100,50,50,0,31,19,u\n");

        assertThatThrownBy(() -> v.imports.run("ru", second, ColumnMapping.shipped("ru-2020"), ImportMode.STRICT, "o"))
                .hasMessageStartingWith("second.csv line 4, station RU/Reg/TIK/UIK 1, field -: the station already has a protocol");
        ImportReport r = v.imports.run("ru", second, ColumnMapping.shipped("ru-2020"), ImportMode.SKIP_INVALID, "o");
        assertThat(r.added()).isEqualTo(1);
        assertThat(r.read()).isEqualTo(2);
        assertThat(r.skipped()).singleElement().satisfies(i -> assertThat(i.line()).isEqualTo(4));
        assertThat(r.skippedByReason()).containsExactly(org.assertj.core.api.Assertions.entry("already recorded with other figures", 1L));
        assertThat(r.skippedTotal()).isEqualTo(1);
        assertThat(r.skippedTruncated()).isFalse();
    }

    @Test
    void theDigestOfAnImportIsTheStatedCanonicalForm() {
        // Recomputed outside Java: printf 'A\t1\t100\t60\t60\t0\t1\t40\t20\nB\\t\t1\t5\t1\t1\t0\t1\t1\t0\nÉ\t2\t9\t9\t9\t0\t1\t5\t4\n' | sha256sum
        Instant at = Instant.parse("2026-03-15T20:00:00Z");
        List<Revision> revisions = List.of(
                new Revision("É", 2, Protocol.single("É", 9, 9, 9, 0, 5, 4), "o", at, "recount"),
                new Revision("B\t", 1, Protocol.single("B\t", 5, 1, 1, 0, 1, 0), "o", at, ""),
                new Revision("A", 1, Protocol.single("A", 100, 60, 60, 0, 40, 20), "o", at, ""));
        assertThat(ProtocolsImported.digest(revisions)).isEqualTo(DIGEST);
        assertThat(ProtocolsImported.digest(List.of())).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    static final String DIGEST = "02b9a76b6817ad136ee7aecdf467587e528b386ea9058cc01ac9932dc94fc351";

    // The ru-2020 layout.
    static String header() {
        return "\"name\",\"region\",\"tik\",\"uik\","
                + "\"Число участников голосования, включенных в список участников голосования на момент окончания голосования\","
                + "\"Число бюллетеней, выданных участникам голосования\",\"Число бюллетеней, содержащихся в ящиках для голосования\","
                + "\"Число недействительных бюллетеней\",\"ДА\",\"НЕТ\",\"url\"\n";
    }
}

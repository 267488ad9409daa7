package org.atazan.voting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    // The ru-2020 layout.
    static String header() {
        return "\"name\",\"region\",\"tik\",\"uik\","
                + "\"Число участников голосования, включенных в список участников голосования на момент окончания голосования\","
                + "\"Число бюллетеней, выданных участникам голосования\",\"Число бюллетеней, содержащихся в ящиках для голосования\","
                + "\"Число недействительных бюллетеней\",\"ДА\",\"НЕТ\",\"url\"\n";
    }
}

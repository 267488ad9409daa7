package org.atazan.voting.protocols;

import org.atazan.voting.RowIssue;
import org.atazan.voting.ImportMode;
import org.atazan.voting.ColumnMapping;
import org.atazan.SharedData;
import org.atazan.kernel.BadInputException;
import org.atazan.voting.Protocol;
import org.atazan.voting.Territory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProtocolReaderRealFileTest {
    static Path file;
    static ImportResult tolerant;

    @BeforeAll
    static void read() {
        file = SharedData.file("ru-2020-constitutional-vote.csv.zip");
        tolerant = ProtocolReader.read(file, ColumnMapping.load("ru-2020"), ImportMode.TOLERANT);
    }

    @Test
    void columnSumsMatchThePublishedFigures() {
        assertThat(tolerant.skipped().isEmpty()).isTrue();
        assertThat(tolerant.protocols()).hasSize(96_765);
        assertThat(tolerant.protocols().stream().mapToLong(Protocol::registered).sum()).isEqualTo(107_999_611L);
        assertThat(tolerant.protocols().stream().mapToLong(Protocol::issued).sum()).isEqualTo(73_107_907L);
        assertThat(tolerant.protocols().stream().mapToLong(Protocol::inBoxes).sum()).isEqualTo(73_024_006L);
        assertThat(tolerant.protocols().stream().mapToLong(Protocol::invalid).sum()).isEqualTo(604_950L);
        assertThat(tolerant.protocols().stream().mapToLong(Protocol::yes).sum()).isEqualTo(57_071_119L);
    }

    @Test
    void buildsCountryRegionDistrictStationTree() {
        assertThat(tolerant.territories().stream().filter(t -> t.kind().equals("region")).count()).isEqualTo(87);
        Territory country = tolerant.territories().stream().filter(t -> t.kind().equals("country")).findFirst().orElseThrow();
        assertThat(country.name("ru")).isEqualTo("Российская Федерация");
        assertThat(country.name("en")).isEqualTo("Russian Federation");
        assertThat(tolerant.territories().stream().filter(t -> t.kind().equals("station")).count()).isEqualTo(96_765);
        Territory first = tolerant.territories().stream().filter(t -> t.kind().equals("station")).findFirst().orElseThrow();
        assertThat(first.code()).isEqualTo("RU/Республика Адыгея (Адыгея)/1 Адыгейская/УИК №1");
        assertThat(first.parentCode()).isEqualTo("RU/Республика Адыгея (Адыгея)/1 Адыгейская");
        assertThat(first.registered()).isEqualTo(2277);
        assertThat(tolerant.title()).startsWith("Общероссийское голосование");
    }

    @Test
    void realFileControlRelationViolationsAreWarningsInTolerantModeAndStopStrictMode() {
        // Whatever breaks a relation in the real file: tolerant keeps it, skip mode drops exactly those rows.
        ImportResult skip = ProtocolReader.read(file, ColumnMapping.load("ru-2020"), ImportMode.SKIP_INVALID);
        assertThat(skip.skipped().total()).isEqualTo(tolerant.warnings().total());
        assertThat(skip.protocols()).hasSize(96_765 - (int) tolerant.warnings().total());
        if (tolerant.warnings().isEmpty()) {
            // The real file breaks no control relation, so even the strict platform import accepts it whole.
            assertThat(ProtocolReader.read(file, ColumnMapping.load("ru-2020"), ImportMode.STRICT).protocols())
                    .hasSize(96_765);
        } else {
            RowIssue w = tolerant.warnings().first().get(0);
            assertThatThrownBy(() -> ProtocolReader.read(file, ColumnMapping.load("ru-2020"), ImportMode.STRICT))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("line " + w.line())
                    .hasMessageContaining(w.station());
        }
    }
}

package org.atazan.voting.protocols;

import org.atazan.kernel.BadInputException;
import org.atazan.voting.Territory;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TerritoryCsvTest {

    static List<Territory> read(String csv) {
        return TerritoryCsv.read("t.csv", new StringReader(csv));
    }

    @Test
    void readsATreeWithNamesInSeveralLanguages() {
        List<Territory> ts = read("""
                code,parent,kind,registered,name_kk,name_ru,name_en
                KZ,,country,,Қазақстан,Казахстан,Kazakhstan
                KZ-AST,KZ,region,,Астана,Астана,Astana
                KZ-AST-1,KZ-AST,station,1520,№1 учаске,Участок №1,Station 1
                """);
        assertThat(ts).extracting(Territory::code).containsExactly("KZ", "KZ-AST", "KZ-AST-1");
        assertThat(ts.get(0).parentCode()).isNull();
        assertThat(ts.get(2).registered()).isEqualTo(1520);
        assertThat(ts.get(2).name("kk")).isEqualTo("№1 учаске");
        assertThat(ts.get(1).names()).containsKeys("kk", "ru", "en");
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsDropped() {
        assertThat(read("\uFEFFcode,parent,kind,registered,name_en\nX,,country,,Ex\n")).singleElement()
                .satisfies(t -> assertThat(t.name("en")).isEqualTo("Ex"));
    }

    @Test
    void badInputNamesTheLineAndField() {
        assertThatThrownBy(() -> read("code,kind,name_en\nKZ,country,Kazakhstan\n"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("t.csv:1").hasMessageContaining("parent");
        assertThatThrownBy(() -> read("code,parent,kind,registered,name_en\nKZ,,country,,K\nS1,KZ,station,many,S\n"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("t.csv:3").hasMessageContaining("registered")
                .hasMessageContaining("many");
        assertThatThrownBy(() -> read("code,parent,kind,registered,name_en\nS1,KZ,station,-5,S\n"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> read("code,parent,kind\nKZ,,country\n"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("name");
    }
}

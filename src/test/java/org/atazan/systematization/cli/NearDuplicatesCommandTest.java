package org.atazan.systematization.cli;

import org.atazan.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class NearDuplicatesCommandTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String LETTER = "Dear members of the Constitutional Commission. We ask you to keep the direct election of rural mayors"
            + " in the new text. Mayors chosen by the villagers answer to them and not to the district. The reform of 2022"
            + " introduced these elections and they should stay. Yours sincerely, %s from %s.";

    @Test
    void formLettersGroupedUnrelatedTextsNot(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.csv");
        String moved = "We ask you to keep the direct election of rural mayors in the new text. Dear members of the Constitutional"
                + " Commission. Mayors chosen by the villagers answer to them and not to the district. The reform of 2022"
                + " introduced these elections and they should stay. Yours sincerely, Aigerim Nurlanova from Taraz.";
        Files.writeString(f, "id,text\n"
                + "u1,\"The article on the Kurultai should fix the number of deputies at 145, elected by party lists.\"\n"
                + "a1,\"" + LETTER.formatted("Askar Bekov", "Almaty") + "\"\n"
                + "b1,\"Citizens must be able to petition the Constitutional Court directly, without a lawyer.\"\n"
                + "a2,\"" + LETTER.formatted("Dana Serikova", "Shymkent") + "\"\n"
                + "b2,\"CITIZENS must be able to petition the constitutional court directly -- without a lawyer!\"\n"
                + "a3,\"" + moved + "\"\n"
                + "a4,\"" + LETTER.formatted("Askar Bekov", "Almaty").replace("keep", "preserve") + "\"\n"
                + "u2,\"Add a separate article on the legal profession and the right to a defender from the first hour.\"\n");
        Cli r = Cli.run("near-duplicates", f.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(JSON.readTree(r.out()).get("groups").toString()).isEqualTo("[[\"a1\",\"a2\",\"a3\",\"a4\"],[\"b1\",\"b2\"]]");
    }

    @Test
    void headerIsOptionalAndTiesKeepInputOrder(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.csv");
        Files.writeString(f, """
                x1,Second group of two near identical proposals about the budget of the regions.
                y1,First group of two near identical proposals about the term of the president.
                x2,Second group of two near identical proposals about the budget of the regions!
                y2,first group of two near identical proposals about the term of the president
                """);
        Cli r = Cli.run("near-duplicates", f.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(JSON.readTree(r.out()).get("groups").toString()).isEqualTo("[[\"x1\",\"x2\"],[\"y1\",\"y2\"]]");
        Files.writeString(f, "ID , Text\n" + Files.readString(f));
        assertThat(JSON.readTree(Cli.run("near-duplicates", f.toString()).out()).get("groups")).hasSize(2);
    }

    @Test
    void badInput(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.csv");
        Files.writeString(f, "id,text\n1,one\n2\n");
        Cli r = Cli.run("near-duplicates", f.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("p.csv line 3: one column; expected id,text").doesNotContain("Exception");
        Files.writeString(f, "id,text\n\"\",one\n");
        assertThat(Cli.run("near-duplicates", f.toString()).err()).contains("p.csv line 2: the id is empty");
        assertThat(Cli.run("near-duplicates", dir.resolve("none.csv").toString()).err()).contains("none.csv: no such file");
        Cli bands = Cli.run("near-duplicates", f.toString(), "--bands", "7");
        assertThat(bands.exit()).isEqualTo(2);
        assertThat(bands.err()).contains("bands 7: must divide hashes (128)");
        Files.writeString(f, "1,\"an unclosed quote\n");
        Cli q = Cli.run("near-duplicates", f.toString());
        assertThat(q.exit()).isEqualTo(2);
        assertThat(q.err()).contains("p.csv line").doesNotContain("Exception");
    }
}

package org.atazan.charter.cli;

import org.atazan.charter.text.RealCharters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atazan.charter.cli.CharterCommandTest.gg;
import static org.atazan.charter.cli.CharterCommandTest.run;

class CharterAmendCommandTest {
    @TempDir
    Path dir;

    private Path amendments(Object... amendments) throws IOException {
        Path file = dir.resolve("amendments.json");
        Files.writeString(file, JsonMapper.builder().build().writeValueAsString(Map.of("amendments", List.of(amendments))));
        return file;
    }

    /** The lines after "### Art 93" in the version of 11 July 2012, up to the next heading. */
    private static String article93Of2012() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(gg(RealCharters.GG_NEW)));
        int from = lines.indexOf("### Art 93") + 1, to = from;
        while (!lines.get(to).startsWith("#")) to++;
        return String.join("\n", lines.subList(from, to)).strip();
    }

    @Test
    void theConsolidatedTextReadsBackAndItsComparisonNamesExactlyTheAmendedArticles() throws IOException {
        Path file = amendments(
                // The real amendment of July 2012: item 4c added to Art. 93.
                Map.of("id", "A-1", "action", "replace", "article", "93", "text", article93Of2012()),
                Map.of("id", "A-2", "action", "insert", "after", "104b", "article", "104c", "text", "(1) Neu."),
                Map.of("id", "A-3", "action", "repeal", "article", "74"),
                Map.of("id", "A-4", "action", "renumber", "article", "91e", "to", "91f"));
        CharterCommandTest.Run amended = run("charter", "amend", gg(RealCharters.GG_OLD), file.toString());
        assertThat(amended.status()).as(amended.err()).isZero();
        Path out = dir.resolve("new.md");
        Files.writeString(out, amended.out());

        CharterCommandTest.Run diff = run("charter", "diff", gg(RealCharters.GG_OLD), out.toString());
        assertThat(diff.status()).as(diff.err()).isZero();
        JsonNode counts = diff.json().get("counts");
        assertThat(counts.get("amended").asInt()).isEqualTo(1);
        assertThat(counts.get("added").asInt()).isEqualTo(1);
        assertThat(counts.get("repealed").asInt()).isEqualTo(1);
        assertThat(counts.get("moved").asInt()).isEqualTo(1);
        assertThat(counts.get("unchanged").asInt()).isEqualTo(192);
        // Every other line of the base is kept as it was.
        assertThat(amended.out()).contains(Files.readString(Path.of(gg(RealCharters.GG_OLD))).substring(0, 2000));
    }

    @Test
    void asAkomaNtosoItNeedsTheCountryAndTheDate() throws IOException {
        Path file = amendments(Map.of("id", "A-1", "action", "repeal", "article", "74"));
        CharterCommandTest.Run missing = run("charter", "amend", gg(RealCharters.GG_OLD), file.toString(), "--format", "akn");
        assertThat(missing.status()).isNotZero();
        assertThat(missing.err()).contains("--country");
        CharterCommandTest.Run akn = run("charter", "amend", gg(RealCharters.GG_OLD), file.toString(), "--format", "akn",
                "--country", "de", "--date", "2012-07-11");
        assertThat(akn.status()).as(akn.err()).isZero();
        assertThat(akn.out()).startsWith("<?xml").contains("<akomaNtoso").doesNotContain("eId=\"art_74\"");
    }

    @Test
    void aConflictIsRefusedWithTheRuleAndNothingIsPrinted() throws IOException {
        Path file = amendments(
                Map.of("id", "A-1", "action", "replace", "article", "93", "text", "(1) Eins."),
                Map.of("id", "A-2", "action", "repeal", "article", "93"));
        CharterCommandTest.Run r = run("charter", "amend", gg(RealCharters.GG_OLD), file.toString());
        assertThat(r.status()).isNotZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("amendment A-2: article 93 is already changed by A-1 (one amendment per article")
                .doesNotContain("Exception");
    }

    @Test
    void aBadFileIsNamedWithWhereItIsWrong() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"amendments\": [\n {\"id\": \"A-1\", \"action\": \"replace\",\n \"article\": 93}]}");
        CharterCommandTest.Run notString = run("charter", "amend", gg(RealCharters.GG_OLD), file.toString());
        assertThat(notString.err()).contains("amendments[0]: 'article' must be a string");

        Files.writeString(file, "{\"amendments\": [{\"id\": \"A-1\", \"action\": \"replace\", \"artcle\": \"93\"}]}");
        assertThat(run("charter", "amend", gg(RealCharters.GG_OLD), file.toString()).err())
                .contains("amendments[0]: unknown field 'artcle'");

        Files.writeString(file, "{\"amendments\": [{\"id\": \"A-1\", \"action\": \"rewrite\", \"article\": \"93\"}]}");
        assertThat(run("charter", "amend", gg(RealCharters.GG_OLD), file.toString()).err())
                .contains("'action' is replace, insert, repeal or renumber, not 'rewrite'");

        Files.writeString(file, "{\"amendments\": [\n{\"id\": \"A-1\",,}]}");
        assertThat(run("charter", "amend", gg(RealCharters.GG_OLD), file.toString()).err())
                .contains("bad.json line 2").contains("not valid JSON");
    }
}

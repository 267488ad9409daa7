package org.atazan.charter.cli;

import org.atazan.Atazan;
import org.atazan.SharedData;
import org.atazan.charter.text.RealCharters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CharterCommandTest {
    record Run(int status, String out, String err) {
        JsonNode json() {
            return JsonMapper.builder().build().readTree(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Atazan.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int status = cl.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    static String gg(String name) {
        return SharedData.file(name).toString();
    }

    @Test
    void parseGrundgesetzAsJson() {
        Run r = run("charter", "parse", gg(RealCharters.GG_NEW));
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("articles").asInt()).isEqualTo(195);
        assertThat(j.get("divisions").asInt()).isEqualTo(14);
        assertThat(j.get("repealedArticles").asInt()).isPositive();
        assertThat(j.get("paragraphs").asInt()).isGreaterThan(195);
        assertThat(j.get("articleNumbers").get(0).asString()).isEqualTo("1");
    }

    @Test
    void parseKazakhstanAsAkomaNtoso() {
        Run r = run("charter", "parse", gg(RealCharters.KZ_2026), "--format", "akn", "--country", "kz", "--date", "2026-03-15");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("<?xml").contains("<FRBRcountry value=\"kz\"/>")
                .contains("<FRBRlanguage language=\"rus\"/>").contains("<article eId=\"art_96\">")
                .contains("/akn/kz/act/2026-03-15/kz-constitution-2026");
    }

    @Test
    void akomaNtosoNamesTheActsCountryAndDateNeverTheExportsAndIsValid() {
        Run gg = run("charter", "parse", gg(RealCharters.GG_OLD), "--format", "akn", "--country", "DE");
        assertThat(gg.status()).as(gg.err()).isZero();
        assertThat(gg.out()).contains("<FRBRcountry value=\"de\"/>").contains("<FRBRdate date=\"2012-07-02\" name=\"adoption\"/>");
        assertThat(org.atazan.charter.akn.AknSchema.errors(gg.out())).isEmpty();

        Run noCountry = run("charter", "parse", gg(RealCharters.GG_OLD), "--format", "akn");
        assertThat(noCountry.status()).isEqualTo(2);
        assertThat(noCountry.err()).contains("--country").contains("needed with --format akn");
        Run badCountry = run("charter", "parse", gg(RealCharters.GG_OLD), "--format", "akn", "--country", "xxx");
        assertThat(badCountry.status()).isEqualTo(2);
        assertThat(badCountry.err()).contains("'xxx' is not a two-letter ISO 3166 code");
        Run noDate = run("charter", "parse", gg(RealCharters.KZ_2026), "--format", "akn", "--country", "kz");
        assertThat(noDate.status()).isEqualTo(2);
        assertThat(noDate.err()).contains("--date").contains("has no date");
        Run badDate = run("charter", "parse", gg(RealCharters.KZ_2026), "--format", "akn", "--country", "kz", "--date", "1.7.2026");
        assertThat(badDate.status()).isEqualTo(2);
        assertThat(badDate.err()).contains("'1.7.2026' is not a date");
        // JSON needs neither.
        assertThat(run("charter", "parse", gg(RealCharters.KZ_2026)).status()).isZero();
    }

    @Test
    void parseWithAnExplicitPatternSet() {
        Run r = run("charter", "parse", gg(RealCharters.KZ_1995), "--patterns", "ru");
        assertThat(r.json().get("articles").asInt()).isEqualTo(102);
        Run wrong = run("charter", "parse", gg(RealCharters.KZ_1995), "--patterns", "de-md");
        assertThat(wrong.status()).isEqualTo(2);
        assertThat(wrong.err()).contains(RealCharters.KZ_1995).contains("no recognisable article");
    }

    @Test
    void diffGrundgesetzFindsOnlyArticle93() {
        Run r = run("charter", "diff", gg(RealCharters.GG_OLD), gg(RealCharters.GG_NEW));
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("counts").get("unchanged").asInt()).isEqualTo(194);
        assertThat(j.get("counts").get("amended").asInt()).isEqualTo(1);
        assertThat(j.get("counts").get("moved").asInt()).isZero();
        assertThat(j.get("changes")).hasSize(1);
        JsonNode c = j.get("changes").get(0);
        assertThat(c.get("article").asString()).isEqualTo("93");
        assertThat(c.get("kind").asString()).isEqualTo("amended");
        assertThat(c.get("oldArticle").asString()).isEqualTo("93");
        assertThat(c.get("redline").asString()).contains("{+4c. über Beschwerden");
        assertThat(j.get("changedWordShare").asDouble()).isLessThan(0.01);
        // Written plainly to four decimals, as people read it; the redline also as runs, for programs.
        assertThat(r.out()).contains("\"changedWordShare\" : 0.0007,");
        assertThat(c.get("segments").get(1).get("op").asString()).isEqualTo("inserted");
        assertThat(c.get("segments").get(1).get("text").asString()).startsWith("4c. über Beschwerden");
    }

    @Test
    void diffOfAFileWithItselfIsRefused() {
        Run r = run("charter", "diff", gg(RealCharters.KZ_2026), gg(RealCharters.KZ_2026));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("kz-constitution-2026.ru.txt").contains("compared with itself");
    }

    @Test
    void diffOfTwoCopiesOfOneTextIsAllUnchanged(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path copy = java.nio.file.Files.copy(java.nio.file.Path.of(gg(RealCharters.KZ_2026)), tmp.resolve("copy.txt"));
        Run r = run("charter", "diff", gg(RealCharters.KZ_2026), copy.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.json().get("counts").get("unchanged").asInt()).isEqualTo(96);
        assertThat(r.json().get("changes")).isEmpty();
    }

    @Test
    void diffAsTextAndHtml() {
        Run text = run("charter", "diff", gg(RealCharters.GG_OLD), gg(RealCharters.GG_NEW), "--format", "text");
        assertThat(text.out()).contains("amended    1").contains("Article 93: amended").contains("{+4c.");
        Run html = run("charter", "diff", gg(RealCharters.GG_OLD), gg(RealCharters.GG_NEW), "--format", "html");
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<ins>4c. über Beschwerden").endsWith("</html>\n");
        // Not by colour alone: insertions underlined, deletions struck through, and a key that says so.
        assertThat(html.out()).contains("ins{background:#d6f5dd;color:#0b5d1e;text-decoration:underline}")
                .contains("text-decoration:line-through").contains("Key: <ins>inserted words</ins> <del>deleted words</del>")
                .doesNotContain("text-decoration:none");
    }

    @Test
    void htmlEscapesEverything(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a<b>.txt");
        Path b = dir.resolve("b.txt");
        Files.writeString(a, "Title\n\nArticle 1\nUse <script>alert('x')</script> & more.\n");
        Files.writeString(b, "Title\n\nArticle 1\nUse <b>bold</b> & more.\n");
        Run html = run("charter", "diff", a.toString(), b.toString(), "--format", "html");
        assertThat(html.status()).as(html.err()).isZero();
        assertThat(html.out()).doesNotContain("<script>").doesNotContain("<b>").contains("&lt;<del>script</del><ins>b</ins>&gt;").contains("&#39;x&#39;")
                .contains("a&lt;b&gt;.txt").contains("&amp; more");
    }

    @Test
    void badInputGivesExitStatus2AndNamesTheFile(@TempDir Path dir) throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("image.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        Path prose = Files.writeString(dir.resolve("prose.txt"), "Just some words.\n\nNothing else.\n", StandardCharsets.UTF_8);
        for (Path p : new Path[]{empty, binary, prose, dir.resolve("missing.txt")}) {
            Run r = run("charter", "parse", p.toString());
            assertThat(r.status()).as(p.toString()).isEqualTo(2);
            assertThat(r.err()).contains(p.toString()).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(r.err().strip().lines()).hasSize(1);
        }
        Run diff = run("charter", "diff", gg(RealCharters.GG_OLD), empty.toString());
        assertThat(diff.status()).isEqualTo(2);
        assertThat(diff.err()).contains("empty.txt");
        // Both files are read at once; with both bad, the old one is named, as when read one after the other.
        Run both = run("charter", "diff", dir.resolve("missing.txt").toString(), empty.toString());
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err()).contains("missing.txt: no such file").doesNotContain("empty.txt");
    }

    @Test
    void inputPastALimitGivesExitStatus2NamingTheLimitAndLine(@TempDir Path dir) throws IOException {
        Path line = Files.writeString(dir.resolve("one-line.txt"), "Title\n\nArticle 1\n" + "x".repeat(150_000) + "\n");
        Run r = run("charter", "parse", line.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("atazan: " + line + ":4: line longer than 100,000 characters (the limit, setting atazan.limits.charter-line)");

        StringBuilder xml = new StringBuilder("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">");
        xml.append("<i>".repeat(100)).append("</i>".repeat(100)).append("</akomaNtoso>");
        Path deep = Files.writeString(dir.resolve("deep.xml"), xml);
        Run d = run("charter", "diff", deep.toString(), gg(RealCharters.GG_NEW));
        assertThat(d.status()).isEqualTo(2);
        assertThat(d.err().strip()).startsWith("atazan: " + deep + ":1: element <i> is nested more than 64 elements deep")
                .contains("atazan.limits.akn-depth");
    }

    @Test
    void charterAloneShowsItsSubcommands() {
        Run r = run("charter");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("parse").contains("diff");
    }
}

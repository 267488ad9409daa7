package org.atazan.voting.cli;

import org.atazan.Cli;
import org.atazan.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TallyAndForensicsCommandTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String RU = SharedData.file("ru-2020-constitutional-vote.csv.zip").toString();

    @Test
    void tallyOfTheRealFileAsJson() {
        Cli r = Cli.run("tally", RU, "--mapping", "ru-2020", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("stations").asLong()).isEqualTo(96_765);
        assertThat(j.get("registered").asLong()).isEqualTo(107_999_611L);
        assertThat(j.get("issued").asLong()).isEqualTo(73_107_907L);
        assertThat(j.get("inBoxes").asLong()).isEqualTo(73_024_006L);
        assertThat(j.get("invalid").asLong()).isEqualTo(604_950L);
        assertThat(j.get("yes").asLong()).isEqualTo(57_071_119L);
        assertThat(j.get("turnoutPercent").asDouble()).isBetween(67.69, 67.70);
        assertThat(j.get("regions")).hasSize(87);
        long regionYes = 0;
        for (JsonNode reg : j.get("regions")) regionYes += reg.get("yes").asLong();
        assertThat(regionYes).isEqualTo(57_071_119L);
        assertThat(j.get("regions").get(0).get("name").asString()).isEqualTo("Республика Адыгея (Адыгея)");
        assertThat(j.get("issues").size()).isEqualTo(Math.min(j.get("warnings").asInt(), 50));
        assertThat(j.get("skipped").asInt()).isZero();
    }

    @Test
    void tallyTextAndHelpExplainTheTolerantMode() {
        Cli r = Cli.run("tally", RU, "--mapping", "ru-2020");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("stations 96765, registered 107999611").contains("Республика Адыгея");
        assertThat(Cli.run("tally", "--help").out()).contains("counted and reported as warnings");
    }

    static Path mapping(Path dir) throws Exception {
        Path m = dir.resolve("m.properties");
        Files.writeString(m, "region=reg\ndistrict=dist\nstation=st\nregistered=r\nissued=i\ninBoxes=b\n"
                + "invalid=inv\nyes=y\nno=n\ncountry=X\n");
        return m;
    }

    @Test
    void aFileWithoutDistrictsOrWithoutRegionsIsTalliedToo(@TempDir Path dir) throws Exception {
        Path m = dir.resolve("flat.properties");
        Files.writeString(m, "region=reg\nstation=st\nregistered=r\nissued=i\ninBoxes=b\ninvalid=inv\nyes=y\nno=n\ncountry=Y\n");
        Path f = dir.resolve("flat.csv");
        Files.writeString(f, "reg,st,r,i,b,inv,y,n\nNorth,1,100,60,60,0,40,20\nSouth,2,200,100,100,2,50,48\n");
        Cli r = Cli.run("tally", f.toString(), "--mapping", m.toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("stations").asInt()).isEqualTo(2);
        assertThat(j.get("regions")).hasSize(2);
        assertThat(j.get("regions").get(1).get("name").asString()).isEqualTo("South");

        Path stationsOnly = dir.resolve("stations.properties");
        Files.writeString(stationsOnly, "station=st\nregistered=r\nissued=i\ninBoxes=b\ninvalid=inv\nyes=y\nno=n\ncountry=Y\n");
        Cli s = Cli.run("tally", f.toString(), "--mapping", stationsOnly.toString(), "--format", "json");
        assertThat(s.exit()).as(s.err()).isZero();
        JsonNode k = JSON.readTree(s.out());
        assertThat(k.get("yes").asInt()).isEqualTo(90);
        assertThat(k.get("regions")).isEmpty();
    }

    @Test
    void tallyWithAMappingFileCountsViolationsAsWarnings(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.csv");
        Files.writeString(f, "reg,dist,st,r,i,b,inv,y,n\nR1,D1,S1,100,60,60,0,40,20\nR1,D1,S2,100,60,60,0,40,19\n");
        Cli r = Cli.run("tally", f.toString(), "--mapping", mapping(dir).toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("stations").asInt()).isEqualTo(2);
        assertThat(j.get("yes").asInt()).isEqualTo(80);
        assertThat(j.get("warnings").asInt()).isEqualTo(1);
        assertThat(j.get("issues").get(0).asString()).contains("line 3").contains("X/R1/D1/S2").contains("inBoxes");
    }

    @Test
    void tallyBadInputExitsTwoNamingFileLineAndField(@TempDir Path dir) throws Exception {
        String m = mapping(dir).toString();
        Path noCol = dir.resolve("nocol.csv");
        Files.writeString(noCol, "reg,dist,st,r,i,b,inv,y\nR1,D1,S1,100,60,60,0,40\n");
        Cli a = Cli.run("tally", noCol.toString(), "--mapping", m);
        assertThat(a.exit()).isEqualTo(2);
        assertThat(a.err()).contains("nocol.csv line 1").contains("field no").contains("missing column 'n'");

        Path nan = dir.resolve("nan.csv");
        Files.writeString(nan, "reg,dist,st,r,i,b,inv,y,n\nR1,D1,S1,100,60,60,0,40,20\nR1,D1,S2,100,6O,60,0,40,20\n");
        Cli b = Cli.run("tally", nan.toString(), "--mapping", m);
        assertThat(b.exit()).isEqualTo(2);
        assertThat(b.err()).contains("nan.csv line 3, station R1/D1/S2, field issued (i): not a whole number: '6O'");

        Path neg = dir.resolve("neg.csv");
        Files.writeString(neg, "reg,dist,st,r,i,b,inv,y,n\nR1,D1,S1,100,60,60,-1,40,20\n");
        Cli c = Cli.run("tally", neg.toString(), "--mapping", m);
        assertThat(c.exit()).isEqualTo(2);
        assertThat(c.err()).contains("neg.csv line 2").contains("field invalid (inv)").contains("negative figure -1");

        Cli d = Cli.run("tally", dir.resolve("gone.csv").toString(), "--mapping", m);
        assertThat(d.exit()).isEqualTo(2);
        assertThat(d.err()).contains("gone.csv").contains("file not found");

        Cli e = Cli.run("tally", neg.toString(), "--mapping", "no-such-mapping");
        assertThat(e.exit()).isEqualTo(2);
        assertThat(e.err()).contains("mapping no-such-mapping");
    }

    @Test
    void forensicsOfTheRealFileAsJsonWithImages(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("h.png");
        Path svg = dir.resolve("h.svg");
        Cli r = Cli.run("forensics", RU, "--mapping", "ru-2020", "--reps", "20", "--seed", "7", "--format", "json",
                "--png", png.toString(), "--svg", svg.toString(), "--top", "5");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("selection").asString()).isEqualTo("paper");
        assertThat(j.get("eligibleStations").asInt()).isEqualTo(90_579);
        assertThat(j.get("integerStations").asInt()).isEqualTo(21_128);
        assertThat(j.get("reps").asInt()).isEqualTo(20);
        assertThat(j.get("seed").asLong()).isEqualTo(7);
        assertThat(j.get("excess").asDouble()).isCloseTo(
                j.get("integerStations").asDouble() - j.get("expectedIntegerStations").asDouble(),
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(j.get("integerStations").asDouble()).isGreaterThan(j.get("percentile999").asDouble());
        assertThat(j.get("stddev").asDouble()).isPositive();
        assertThat(j.get("topStations")).hasSize(5);
        assertThat(j.get("topStations").get(0).get("station").asString()).startsWith("RU/");
        assertThat(ImageIO.read(png.toFile()).getHeight()).isEqualTo(400);
        assertThat(Files.readString(svg)).startsWith("<svg");
        Cli text = Cli.run("forensics", RU, "--mapping", "ru-2020", "--reps", "5");
        assertThat(text.out()).contains("excess").contains("over 5 reps, seed 42")
                .contains("selection paper: >= 100 registered, turnout = ballots issued / registered")
                .contains("stations tested 90579; integer turnout or yes share: 21128;");
        Cli voted = Cli.run("forensics", RU, "--mapping", "ru-2020", "--reps", "5", "--selection", "voted");
        assertThat(voted.out()).contains("selection voted: >= 100 in the boxes")
                .contains("stations tested 88709; integer turnout or yes share: 20638;");
    }

    @Test
    void forensicsRejectsZeroRepsAndMissingFiles(@TempDir Path dir) {
        Cli a = Cli.run("forensics", RU, "--mapping", "ru-2020", "--reps", "0");
        assertThat(a.exit()).isEqualTo(2);
        assertThat(a.err()).contains("--reps");
        Cli c = Cli.run("forensics", RU, "--mapping", "ru-2020", "--selection", "both");
        assertThat(c.exit()).isEqualTo(2);
        assertThat(c.err()).contains("--selection");
        Cli b = Cli.run("forensics", dir.resolve("x.zip").toString(), "--mapping", "ru-2020");
        assertThat(b.exit()).isEqualTo(2);
        assertThat(b.err()).contains("x.zip").contains("file not found");
    }

    @Test
    void tallyOfAZipBombStopsAtTheDefaultLineLimitWithExitStatus2(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("bomb.zip");
        org.atazan.voting.protocols.ZipBombs.write(zip, "p.csv", "\"name\",\"region\",", "x", 3L << 30, "\n");
        Cli r = Cli.run("tally", zip.toString(), "--mapping", "ru-2020");
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains(zip + " line 1: longer than 65,536 characters (limit atazan.limits.csv-line-chars)");
    }
}

package org.atazan.voting.cli;

import org.atazan.Cli;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.atazan.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SeatsCommandTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void mazhilisHare69AsJsonEqualsOfficialSeats() throws Exception {
        Path f = SharedData.file("kz-mazhilis-2023-party-list.csv");
        Cli r = Cli.run("seats", f.toString(), "--seats", "69", "--threshold", "5", "--method", "hare", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("method").asString()).isEqualTo("hare");
        assertThat(j.get("quota").asDouble()).isPositive();
        assertThat(j.get("ties").isArray()).isTrue();
        try (Reader in = Files.newBufferedReader(f)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (rec.get("official_seats").isBlank()) {
                    assertThat(j.get("seats").has(rec.get("party"))).isFalse();
                } else {
                    assertThat(j.get("seats").get(rec.get("party")).asInt()).as(rec.get("party"))
                            .isEqualTo(Integer.parseInt(rec.get("official_seats")));
                }
            }
        }
        assertThat(j.get("passedThreshold")).hasSize(6);
    }

    @Test
    void textOutputAndCaseInsensitiveHeaders(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.csv");
        Files.writeString(f, "Party,VOTES,extra\nA,100000,x\nB,80000,y\nC,30000,z\nD,20000,w\n");
        Cli r = Cli.run("seats", f.toString(), "--seats", "8", "--method", "modified-sainte-lague");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("modified-sainte-lague, 8 seats").containsPattern("A\\s+100000\\s+4")
                .contains("tie at seat 8 among [A, D]: won by [A]");
        Cli v = Cli.run("seats", f.toString(), "--seats", "8", "--method", "dhondt", "--threshold", "10",
                "--threshold-base", "valid", "--format", "json");
        JsonNode j = JSON.readTree(v.out());
        assertThat(j.get("quota").isNull()).isTrue();
        assertThat(j.get("passedThreshold").toString()).isEqualTo("[\"A\",\"B\",\"C\"]");
    }

    @Test
    void badInputExitsTwoNamingFileLineAndField(@TempDir Path dir) throws Exception {
        Path noCol = dir.resolve("nocol.csv");
        Files.writeString(noCol, "party,count\nA,1\n");
        Cli a = Cli.run("seats", noCol.toString(), "--seats", "3", "--method", "hare");
        assertThat(a.exit()).isEqualTo(2);
        assertThat(a.err()).contains(noCol.toString()).contains("line 1").contains("field votes");

        Path nan = dir.resolve("nan.csv");
        Files.writeString(nan, "party,votes\nA,10\nB,ten\n");
        Cli b = Cli.run("seats", nan.toString(), "--seats", "3", "--method", "hare");
        assertThat(b.exit()).isEqualTo(2);
        assertThat(b.err()).contains(nan.toString()).contains("line 3").contains("party B").contains("field votes")
                .contains("not a whole number");

        Path neg = dir.resolve("neg.csv");
        Files.writeString(neg, "party,votes\nA,-10\n");
        Cli c = Cli.run("seats", neg.toString(), "--seats", "3", "--method", "hare");
        assertThat(c.exit()).isEqualTo(2);
        assertThat(c.err()).contains("line 2").contains("field votes").contains("negative");

        Cli d = Cli.run("seats", dir.resolve("missing.csv").toString(), "--seats", "3", "--method", "hare");
        assertThat(d.exit()).isEqualTo(2);
        assertThat(d.err()).contains("missing.csv").contains("file not found");

        Cli e = Cli.run("seats", neg.toString(), "--seats", "3", "--method", "borda");
        assertThat(e.exit()).isEqualTo(2);
        assertThat(e.err()).contains("unknown method 'borda'");
    }

    @Test
    void noSeatToAllocateIsRefusedNotAnsweredWithZeros(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.csv");
        Files.writeString(f, "party,votes\nA,100\nB,50\n");
        for (String seats : new String[]{"0", "-3"}) {
            Cli r = Cli.run("seats", f.toString(), "--seats", seats, "--method", "hare");
            assertThat(r.exit()).as(seats).isEqualTo(2);
            assertThat(r.err()).contains("--seats").contains("at least 1 seat").contains("was " + seats);
            assertThat(r.out()).isEmpty();
        }
    }
}

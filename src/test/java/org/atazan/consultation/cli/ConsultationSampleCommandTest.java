package org.atazan.consultation.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.atazan.Atazan;
import org.atazan.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConsultationSampleCommandTest {

    static int run(StringWriter err, String... args) {
        CommandLine cmd = Atazan.commandLine();
        cmd.setOut(new PrintWriter(new StringWriter(), true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void writesTheSameCsvForTheSameSeedAndNow(@TempDir Path dir) throws Exception {
        String charter = SharedData.file("kz-constitution-2026.ru.txt").toString();
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        StringWriter err = new StringWriter();
        assertThat(run(err, "consultation-sample", "--charter", charter, "--count", "500", "--seed", "3",
                "--now", "2026-03-01T00:00:00Z", "--out", a.toString())).as(err.toString()).isZero();
        assertThat(run(err, "consultation-sample", "--charter", charter, "--count", "500", "--seed", "3",
                "--now", "2026-03-01T00:00:00Z", "--out", b.toString())).isZero();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        try (Reader in = Files.newBufferedReader(a)) {
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
            assertThat(rows).hasSize(500);
            assertThat(rows.get(0).toMap().keySet()).containsAll(SampleCommand.COLUMNS);
            assertThat(rows).allSatisfy(r -> {
                assertThat(r.get("external_id")).startsWith("SAMPLE-");
                assertThat(r.get("wording")).isNotBlank();
            });
        }
    }

    @Test
    void badOptionsAreNamed(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        assertThat(run(err, "consultation-sample", "--charter", dir.resolve("none.txt").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--charter");
        StringWriter err2 = new StringWriter();
        assertThat(run(err2, "consultation-sample", "--charter", SharedData.file("kz-constitution-2026.ru.txt").toString(),
                "--now", "yesterday")).isEqualTo(2);
        assertThat(err2.toString()).contains("--now");
    }
}

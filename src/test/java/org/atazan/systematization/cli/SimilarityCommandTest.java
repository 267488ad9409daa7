package org.atazan.systematization.cli;

import org.atazan.Cli;
import org.atazan.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SimilarityCommandTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void oneScorePerRowInOrderWithQuotedCommasAndDetectedLanguages(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("pairs.csv");
        Files.writeString(f, """
                "A man, with a hat, is dancing.","A man wearing a hat is dancing.",x
                Самолет взлетает.,Взлетает самолет.
                Конституцияның жаңа жобасы,Конституциясы жаңа жоба
                A man is playing a flute.,The parliament passed the budget.
                """);
        Cli r = Cli.run("similarity", f.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<Double> s = r.out().lines().map(Double::parseDouble).toList();
        assertThat(s).hasSize(4).allSatisfy(x -> assertThat(x).isBetween(0.0, 1.0));
        assertThat(s.get(0)).isGreaterThan(s.get(3) + 0.3);
        assertThat(s.get(1)).isGreaterThan(0.6);
        assertThat(s.get(2)).isGreaterThan(0.5);
    }

    @Test
    void evalOnTheRealDevSplitPrintsPairsAndSpearman() throws Exception {
        for (String lang : new String[]{"en", "ru"}) {
            Cli r = Cli.run("similarity", SharedData.file("stsb/stsb-" + lang + "-dev.csv").toString(), "--eval", "--lang", lang);
            assertThat(r.exit()).as(r.err()).isZero();
            JsonNode j = JSON.readTree(r.out());
            assertThat(j.get("pairs").asInt()).isEqualTo(1500);
            assertThat(j.get("spearman").asDouble()).isGreaterThanOrEqualTo(lang.equals("en") ? 0.709 : 0.683);
        }
    }

    @Test
    void theModelPathEndToEnd(@TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(SharedData.file("stsb/stsb-en-dev.csv")).subList(0, 300);
        Path f = dir.resolve("en.csv");
        Files.write(f, lines);
        Cli lexical = Cli.run("similarity", f.toString(), "--eval");
        Cli model = Cli.run("similarity", f.toString(), "--eval", "--model", org.atazan.systematization.ShippedModelAccess.dir().toString());
        assertThat(model.exit()).as(model.err()).isZero();
        double m = JSON.readTree(model.out()).get("spearman").asDouble(), l = JSON.readTree(lexical.out()).get("spearman").asDouble();
        assertThat(m).isGreaterThan(l);
    }

    @Test
    void badInputNamesFileAndLineWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Cli missing = Cli.run("similarity", dir.resolve("none.csv").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("none.csv: no such file").doesNotContain("Exception");

        Path one = dir.resolve("one.csv");
        Files.writeString(one, "a,b\nonly one column\n");
        Cli r = Cli.run("similarity", one.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("one.csv line 2: one column").doesNotContain("Exception");

        Path score = dir.resolve("score.csv");
        Files.writeString(score, "a,b,4.5\na,c,high\n");
        Cli s = Cli.run("similarity", score.toString(), "--eval");
        assertThat(s.exit()).isEqualTo(2);
        assertThat(s.err()).contains("score.csv line 2: score \"high\"");
        Files.writeString(score, "a,b,4.5\na,c,7\n");
        assertThat(Cli.run("similarity", score.toString(), "--eval").err()).contains("line 2: score \"7\" is not a number from 0 to 5");
        Files.writeString(score, "a,b,4.5\n\"a\nb\",c\n");
        assertThat(Cli.run("similarity", score.toString(), "--eval").err()).contains("line 2: no third column");

        Path longLine = dir.resolve("long.csv");
        Files.writeString(longLine, "a,b\n" + "x".repeat(100) + ",y\n");
        Cli l = Cli.run("similarity", longLine.toString(), "--max-line", "50");
        assertThat(l.exit()).isEqualTo(2);
        assertThat(l.err()).contains("long.csv line 2: longer than 50 characters");
        Cli big = Cli.run("similarity", longLine.toString(), "--max-bytes", "10");
        assertThat(big.exit()).isEqualTo(2);
        assertThat(big.err()).contains("long.csv: 107 bytes, more than the limit of 10");

        Cli lang = Cli.run("similarity", one.toString(), "--lang", "de");
        assertThat(lang.exit()).isEqualTo(2);
        assertThat(lang.err()).contains("--lang de: not one of en, ru, kk");

        Path model = Files.createDirectory(dir.resolve("model"));
        Files.writeString(model.resolve("model.onnx"), "not a model");
        Files.writeString(model.resolve("tokenizer.json"), "{}");
        Cli m = Cli.run("similarity", score.toString(), "--model", model.toString());
        assertThat(m.exit()).isEqualTo(2);
        assertThat(m.err()).contains("model.onnx: cannot load the model").doesNotContain("\tat ");

        Path binary = dir.resolve("bin.csv");
        Files.write(binary, new byte[]{'a', ',', (byte) 0xFF, (byte) 0xFE, '\n'});
        Cli b = Cli.run("similarity", binary.toString());
        assertThat(b.exit()).isEqualTo(2);
        assertThat(b.err()).contains("bin.csv line 1: not UTF-8 text");
    }
}

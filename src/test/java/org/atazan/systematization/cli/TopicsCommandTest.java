package org.atazan.systematization.cli;

import org.atazan.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TopicsCommandTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void eachArticlesSubjectsAreFoundAndEveryRowPlaced(@TempDir Path dir) throws Exception {
        List<List<String>> subjects = List.of(
                List.of("Земля не может продаваться иностранцам", "Запретить продажу земли иностранным гражданам",
                        "Сельскохозяйственная земля принадлежит народу", "Земля и недра принадлежат народу Казахстана",
                        "Аренда земли иностранцам запрещена", "Продажа земли только гражданам Казахстана"),
                List.of("Вернуть смертную казнь за тяжкие преступления", "Запретить смертную казнь навсегда",
                        "Смертная казнь недопустима в правовом государстве", "Отменить смертную казнь полностью",
                        "Смертную казнь применять только за терроризм", "Мораторий на смертную казнь сделать законом"));
        StringBuilder csv = new StringBuilder("id,text,article,language\n");
        for (int s = 0; s < subjects.size(); s++) {
            for (int i = 0; i < subjects.get(s).size(); i++) csv.append("s").append(s).append('-').append(i).append(",\"")
                    .append(subjects.get(s).get(i)).append("\",6,\n");
        }
        csv.append("w1,\"Provide a referendum on each section separately\",,en\n");
        Path f = dir.resolve("p.csv");
        Files.writeString(f, csv);
        Cli r = Cli.run("topics", f.toString(), "--assignments");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode out = JSON.readTree(r.out());
        assertThat(out.get("clusters")).hasSize(3);
        JsonNode a = out.get("assignments");
        assertThat(a.size()).isEqualTo(13);
        for (int s = 0; s < 2; s++) {
            Set<Long> clusters = new HashSet<>();
            for (int i = 0; i < 6; i++) clusters.add(a.get("s" + s + "-" + i).asLong());
            assertThat(clusters).hasSize(1);
        }
        assertThat(a.get("s0-0").asLong()).isNotEqualTo(a.get("s1-0").asLong());
        JsonNode first = out.get("clusters").get(0);
        assertThat(first.get("article").asString()).isEqualTo("6");
        assertThat(first.get("descriptions").get(0).get("language").asString()).isEqualTo("ru");
        assertThat(first.get("descriptions").get(0).get("representatives")).hasSize(2);
    }

    @Test
    void badInputNamesTheLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.csv");
        Files.writeString(f, "a,\"Земля народу\",1,ru\nb\n");
        Cli r = Cli.run("topics", f.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("line 2").contains("one column");
        Files.writeString(f, "a,\"Земля народу\",1,de\n");
        r = Cli.run("topics", f.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("line 1").contains("not kk, ru or en");
    }
}

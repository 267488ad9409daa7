package org.atazan.systematization.cli;

import org.atazan.Cli;
import org.atazan.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OpinionGroupsCommandTest {

    @Test
    void printsTheGroupsEachParticipantsGroupAndTheConsensusAsJson() {
        Path dir = SharedData.dir().resolve("polis/canadian-electoral-reform");
        Cli run = Cli.run("opinion-groups", dir.toString(), "--compare");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        List<String> keys = new ArrayList<>();
        json.propertyNames().forEach(keys::add);
        assertThat(keys).containsExactly("groups", "participants", "consensus", "published");
        assertThat(json.get("groups").asInt()).isEqualTo(2);
        assertThat(json.get("participants").size()).isGreaterThan(200);
        json.get("participants").forEach(g -> assertThat(g.asInt()).isBetween(0, 1));
        assertThat(json.get("consensus").isArray()).isTrue();
        json.get("consensus").forEach(id -> assertThat(id.isIntegralNumber()).isTrue());
        assertThat(json.get("published").get("adjustedRand").asDouble()).isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void withoutCompareOnlyTheThreeKeys() {
        Cli run = Cli.run("opinion-groups", SharedData.dir().resolve("polis/brexit-consensus").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> keys = new ArrayList<>();
        JsonMapper.builder().build().readTree(run.out()).propertyNames().forEach(keys::add);
        assertThat(keys).containsExactly("groups", "participants", "consensus");
    }

    @Test
    void unusableInputIsAClearMessageNotAStackTrace(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("votes.csv"), "timestamp,datetime,comment-id,voter-id,vote\n1,x,0,1,maybe\n");
        Cli run = Cli.run("opinion-groups", dir.toString());
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("votes.csv line 2, column vote").doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
    }
}

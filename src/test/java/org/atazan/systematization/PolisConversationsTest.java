package org.atazan.systematization;

import org.atazan.SharedData;
import org.atazan.systematization.polis.PolisExport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The opinion groups of the real Pol.is conversations against the groups Pol.is itself published:
 * the same number of groups (summary.csv) and an adjusted Rand index of at least 0.7 over the
 * participants Pol.is placed (participants-votes.csv's group-id).
 */
class PolisConversationsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"15-per-hour-seattle", "american-assembly.bowling-green", "brexit-consensus", "canadian-electoral-reform"})
    void agreesWithTheGroupsPolisPublished(String name) throws IOException {
        Path dir = SharedData.dir().resolve("polis").resolve(name);
        PolisExport.Conversation c = PolisExport.read(dir, PolisExport.Limits.DEFAULT);
        OpinionMap map = OpinionGroups.find(c.reactions(), c.hidden(), OpinionGroups.Settings.POLIS);

        assertThat(map.groups()).as("groups").isEqualTo(publishedGroups(dir));
        Map<String, Integer> ours = new HashMap<>();
        for (OpinionMap.Placement p : map.placed()) ours.put(p.participant(), p.group());
        List<String> both = c.published().keySet().stream().filter(ours::containsKey).toList();
        assertThat(both.size()).as("participants placed by both").isGreaterThan(c.published().size() * 9 / 10);
        int[] theirs = both.stream().mapToInt(p -> Integer.parseInt(c.published().get(p))).toArray();
        int[] mine = both.stream().mapToInt(ours::get).toArray();
        assertThat(AdjustedRand.index(theirs, mine)).as("adjusted Rand index").isGreaterThanOrEqualTo(0.7);
    }

    /** summary.csv's "groups" line. */
    private static int publishedGroups(Path dir) throws IOException {
        return Files.readAllLines(dir.resolve("summary.csv")).stream().filter(l -> l.startsWith("groups,"))
                .map(l -> Integer.parseInt(l.substring("groups,".length()).trim())).findFirst().orElseThrow();
    }
}

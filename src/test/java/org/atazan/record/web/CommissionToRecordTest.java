package org.atazan.record.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.atazan.commission.web.MeetingScript;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commission's public decisions reach the record: each closed poll with its figures and arithmetic
 * (a named poll's votes by public name; a secret poll's counts only), and approved minutes with the
 * SHA-256 of their text. No entry holds an account.
 */
class CommissionToRecordTest extends PlatformTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    @LocalServerPort
    int port;

    @Test
    void closedPollsAndApprovedMinutesAreEntriesWithoutAccountsOrSecretChoices() throws Exception {
        HttpTestClient http = new HttpTestClient(port);
        long before = ConsultationToRecordTest.size(http);
        MeetingScript s = new MeetingScript(http, ADMIN, ADMIN_PASSWORD);
        String id = s.runAndClose();
        String approving = s.approvingMeeting();
        var ok = s.post("/api/commission/meetings/" + id + "/minutes/approve", "{\"meeting\":\"" + approving + "\",\"poll\":\"1\"}", s.secretary);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        String digest = MeetingScript.json(ok).get("digest").asString();

        // Listeners run after commit and the sequencer moves the inbox in batches: wait for our four entries
        // (two polls of the meeting, the approving poll, the minutes).
        List<String> ours = new ArrayList<>();
        List<String> all = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (ours.size() < 4 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            ours.clear();
            all.clear();
            long size = ConsultationToRecordTest.size(http);
            for (long i = before; i < size; i++) {
                String entry = JSON.readTree(http.get("/api/record/entries/" + i + "?treeSize=" + size).body()).get("entry").asString();
                all.add(entry);
                if (entry.contains("\"bodyId\":\"" + s.body + "\"")) ours.add(entry);
            }
        }
        assertThat(ours).hasSize(4);
        assertThat(ours).anySatisfy(e -> assertThat(e).contains("\"kind\":\"commission.poll-closed\"", "\"object\":\"" + id + "/1\"",
                "\"kind\":\"named\"", "\"decision\":\"amendment\"", "\"for\":3", "\"against\":1", "\"outcome\":\"rejected\"",
                "\"arithmetic\":\"3 for of 6 present; needed 4: rejected\"", "{\"choice\":\"for\",\"name\":\"Member 1\"}",
                "{\"choice\":\"against\",\"name\":\"Member 4\"}"));
        assertThat(ours).anySatisfy(e -> assertThat(e).contains("\"kind\":\"commission.poll-closed\"", "\"object\":\"" + id + "/2\"",
                "\"kind\":\"secret\"", "\"for\":4", "\"abstain\":1", "\"arithmetic\":\"4 for of 6 present; needed 4: adopted\"")
                .doesNotContain("\"votes\"").doesNotContain("Member ").doesNotContain("Chair "));
        assertThat(ours).anySatisfy(e -> assertThat(e).contains("\"kind\":\"commission.minutes-approved\"", "\"object\":\"" + id + "\"",
                "\"sha256\":\"" + digest + "\"", "\"approvingMeeting\":\"" + approving + "\"", "\"approvingPoll\":\"1\""));
        for (String e : all) {
            assertThat(e).as("no account in the record").doesNotContain(s.secretary).doesNotContain(s.chair)
                    .doesNotContain(s.members.get(0)).doesNotContain("\"by\"");
        }
    }
}

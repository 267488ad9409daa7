package org.atazan.record.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.atazan.charter.Charter;
import org.atazan.charter.CharterLibrary;
import org.atazan.charter.NewVersion;
import org.atazan.charter.VersionStatus;
import org.atazan.charter.VersionSummary;
import org.atazan.commission.AmendmentDesk;
import org.atazan.record.PublicRecord;
import org.atazan.commission.web.MeetingScript;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
    @Autowired
    CharterLibrary charters;

    @Test
    void closedPollsAndApprovedMinutesAreEntriesWithoutAccountsOrSecretChoices() throws Exception {
        HttpTestClient http = new HttpTestClient(port);
        MeetingScript s = new MeetingScript(http, ADMIN, ADMIN_PASSWORD);
        String id = s.runAndClose();
        String approving = s.approvingMeeting();
        var ok = s.post("/api/commission/meetings/" + id + "/minutes/approve", "{\"meeting\":\"" + approving + "\",\"poll\":\"1\"}", s.secretary);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        String digest = MeetingScript.json(ok).get("digest").asString();

        // Listeners run after commit and the sequencer moves the inbox in batches: wait for our four entries
        // (two polls of the meeting, the approving poll, the minutes), found by the key each is appended under,
        // not by reading the log since the start (the demo's imported protocols may still be queued ahead of them).
        List<String> ours = entries(http, List.of("commission.poll-closed", id + "/1"), List.of("commission.poll-closed", id + "/2"),
                List.of("commission.poll-closed", approving + "/1"), List.of("commission.minutes-approved", id));
        assertThat(ours).hasSize(4);
        assertThat(ours).anySatisfy(e -> assertThat(e).contains("\"kind\":\"commission.poll-closed\"", "\"object\":\"" + id + "/1\"",
                "\"kind\":\"named\"", "\"decision\":\"procedure\"", "\"for\":3", "\"against\":1", "\"outcome\":\"rejected\"",
                "\"arithmetic\":\"3 for of 6 present; needed 4: rejected\"", "{\"choice\":\"for\",\"name\":\"Member 1\"}",
                "{\"choice\":\"against\",\"name\":\"Member 4\"}"));
        assertThat(ours).anySatisfy(e -> assertThat(e).contains("\"kind\":\"commission.poll-closed\"", "\"object\":\"" + id + "/2\"",
                "\"kind\":\"secret\"", "\"for\":4", "\"abstain\":1", "\"arithmetic\":\"4 for of 6 present; needed 4: adopted\"")
                .doesNotContain("\"votes\"").doesNotContain("Member ").doesNotContain("Chair "));
        assertThat(ours).anySatisfy(e -> assertThat(e).contains("\"kind\":\"commission.minutes-approved\"", "\"object\":\"" + id + "\"",
                "\"sha256\":\"" + digest + "\"", "\"approvingMeeting\":\"" + approving + "\"", "\"approvingPoll\":\"1\""));
        // The meeting's page says under each closed vote which entry its result is, linked to it.
        long first = record.entryFor("commission.poll-closed", id + "/1").orElseThrow();
        long second = record.entryFor("commission.poll-closed", id + "/2").orElseThrow();
        java.text.NumberFormat ru = java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("ru"));
        assertThat(http.get("/commission/meetings/" + id + "?lang=ru").body())
                .contains("Итог этого голосования записан в открытый реестр под номером " + ru.format(first))
                .contains("Итог этого голосования записан в открытый реестр под номером " + ru.format(second))
                .contains("href=\"/record/entry/" + first + "\"", "href=\"/record/entry/" + second + "\"");
        for (String e : ours) {
            assertThat(e).as("no account in the record").doesNotContain(s.secretary).doesNotContain(s.chair)
                    .doesNotContain(s.members.get(0)).doesNotContain("\"by\"");
        }
    }

    @Autowired
    PublicRecord record;

    /** The entries under each (kind, object) key, once every one of them is in the log. */
    @SafeVarargs
    final List<String> entries(HttpTestClient http, List<String>... keys) throws Exception {
        List<String> found = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            found.clear();
            for (List<String> k : keys) record.entryFor(k.get(0), k.get(1)).ifPresent(i -> found.add(
                    JSON.readTree(http.get("/api/record/entries/" + i).body()).get("entry").asString()));
            if (found.size() == keys.length) break;
            Thread.sleep(100);
        }
        return found;
    }

    @Test
    void anAmendmentsDecisionAndTheDraftMadeFromItAreEntriesPinningTheVotedWording() throws Exception {
        HttpTestClient http = new HttpTestClient(port);
        MeetingScript s = new MeetingScript(http, ADMIN, ADMIN_PASSWORD);
        String charter = "rec-" + s.tag;
        charters.create(new Charter(charter, "Examplia Constitution", "ex", Map.of()));
        charters.addVersion(NewVersion.ofText(new VersionSummary(charter, "v1", LocalDate.of(2026, 1, 1), "en", VersionStatus.IN_FORCE,
                "", "test", 0), "v1.txt", "Examplia Constitution\n\nArticle 1\nEveryone has the right to a fair trial.\n\n"
                + "Article 2\nThe Assembly makes the laws.\n", ""));
        String amendments = "/api/commission/bodies/" + s.body + "/amendments";
        String recommended = "Everyone has the right to a fair and public trial.";
        for (String text : new String[]{"Everyone has the right to a public trial.", "Everyone has the right to a speedy trial."}) {
            HttpResponse<String> r = s.post(amendments, """
                    {"action":"replace","charter":"%s","version":"v1","article":"1","text":"%s"}""".formatted(charter, text), s.secretary);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
        assertThat(s.post(amendments + "/A-1/recommendation", "{\"text\":\"" + recommended + "\"}", s.secretary).statusCode()).isEqualTo(200);
        assertThat(s.post(amendments + "/order", "{\"charter\":\"" + charter + "\",\"version\":\"v1\",\"article\":\"1\",\"order\":[\"A-1\",\"A-2\"]}",
                s.secretary).statusCode()).isEqualTo(200);
        String meeting = s.open("rec-am-" + s.tag, "2026-03-10");
        HttpResponse<String> p = s.post(amendments + "/A-1/poll", "{\"meeting\":\"rec-am-" + s.tag + "\"}", s.secretary);
        assertThat(p.statusCode()).as(p.body()).isEqualTo(201);
        String poll = meeting + "/polls/" + MeetingScript.json(p).get("id").asString();
        for (String m : s.members) s.vote(poll, m, "for");
        assertThat(s.post(poll + "/close", "", s.secretary).statusCode()).isEqualTo(200);
        HttpResponse<String> made = s.post("/api/commission/bodies/" + s.body + "/drafts", """
                {"charter":"%s","baseVersion":"v1","id":"d1","date":"2026-03-11"}""".formatted(charter), s.secretary);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);

        List<String> ours = entries(http, List.of("commission.amendment-decided", s.body + "/A-1"),
                List.of("commission.draft-consolidated", charter + "/d1"));
        assertThat(ours).hasSize(2);
        assertThat(ours).anySatisfy(e -> assertThat(e).contains("\"object\":\"" + s.body + "/A-1\"", "\"number\":\"A-1\"",
                "\"charterId\":\"" + charter + "\"", "\"action\":\"replace\"", "\"article\":\"1\"", "\"wording\":\"recommended\"",
                "\"wordingSha256\":\"" + AmendmentDesk.sha256(recommended) + "\"", "\"outcome\":\"adopted\"", "\"for\":4",
                "\"lapsed\":[\"A-2\"]", "\"arithmetic\":\"4 for of 6 present; needed 4: adopted\""));
        assertThat(ours).anySatisfy(e -> assertThat(e).contains("\"object\":\"" + charter + "/d1\"", "\"bodyId\":\"" + s.body + "\"",
                "\"baseVersion\":\"v1\"", "\"versionId\":\"d1\"", "\"amendments\":[\"A-1\"]"));
        for (String e : ours) {
            assertThat(e).as("no account in the record").doesNotContain(s.secretary).doesNotContain(s.chair)
                    .doesNotContain(s.members.get(0)).doesNotContain("\"by\"");
        }
    }
}

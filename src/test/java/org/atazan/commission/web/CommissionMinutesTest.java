package org.atazan.commission.web;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.atazan.WebSession;
import org.atazan.commission.CommissionDesk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atazan.commission.web.MeetingScript.PASSWORD;
import static org.atazan.commission.web.MeetingScript.json;

/**
 * Minutes drafted from what was recorded, seen only by the body's members until the secretary or chair
 * approves them (by an adopted poll on minutes or by an act), then public as a page and a PDF.
 */
class CommissionMinutesTest extends PlatformTest {
    @LocalServerPort
    int port;
    @Autowired
    CommissionDesk desk;

    @Test
    void theDraftIsTheMembersOnlyAndOnlyTheSecretaryOrChairApprovesIt() throws Exception {
        HttpTestClient http = new HttpTestClient(port);
        MeetingScript s = new MeetingScript(http, ADMIN, ADMIN_PASSWORD);
        String id = s.runAndClose();
        String page = "/commission/meetings/" + id + "/minutes";

        assertThat(http.get(page).statusCode()).as("the public").isEqualTo(404);
        assertThat(http.get(page + ".pdf").statusCode()).isEqualTo(404);
        // Pages sign in with a form (HTTP Basic is the API's).
        WebSession outsider = new WebSession(port);
        assertThat(outsider.signIn(s.outsider, PASSWORD)).isTrue();
        assertThat(outsider.get(page).statusCode()).as("an account with no seat").isEqualTo(404);
        WebSession member = new WebSession(port);
        assertThat(member.signIn(s.members.get(3), PASSWORD)).isTrue();
        HttpResponse<String> draft = member.get(page + "?lang=en");
        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(draft.body()).contains("Draft: not yet approved by the body", "Item 1: Article 52", "Took the floor: Member 1",
                "3 for of 6 present; needed 4: rejected", "For (3): Member 1, Member 2, Member 3", "Against (1): Member 4",
                "Voted (5): ").doesNotContain(s.members.get(0));

        String approve = "/api/commission/meetings/" + id + "/minutes/approve";
        HttpResponse<String> neither = s.post(approve, "{}", s.secretary);
        assertThat(neither.statusCode()).isEqualTo(422);
        assertThat(json(neither).get("detail").asString()).contains("meeting, poll, act");
        assertThat(s.post(approve, "{\"meeting\":\"x\",\"poll\":\"1\",\"act\":\"Order 1\"}", s.secretary).statusCode()).isEqualTo(422);
        HttpResponse<String> byMember = s.post(approve, "{\"act\":\"Order 1\"}", s.members.get(0));
        assertThat(byMember.statusCode()).isEqualTo(422);
        assertThat(json(byMember).get("detail").asString()).contains("only the secretary or the chair");
        assertThat(s.post(approve, "{\"act\":\"Order 1\"}", s.outsider).statusCode()).isEqualTo(403);
        assertThat(http.postJson(approve, "{\"act\":\"Order 1\"}", null, null).statusCode()).isEqualTo(401);
        assertThat(s.post("/api/commission/meetings/no-such/minutes/approve", "{\"act\":\"Order 1\"}", s.secretary).statusCode()).isEqualTo(404);

        String approving = s.approvingMeeting();
        // A poll that is not on minutes does not approve them; nor does a meeting still open have minutes to approve.
        HttpResponse<String> wrongPoll = s.post(approve, "{\"meeting\":\"" + id + "\",\"poll\":\"1\"}", s.secretary);
        assertThat(wrongPoll.statusCode()).isEqualTo(422);
        HttpResponse<String> notMinutes = s.post(approve, "{\"meeting\":\"" + approving + "\",\"poll\":\"9\"}", s.secretary);
        assertThat(notMinutes.statusCode()).isEqualTo(404);
        HttpResponse<String> stillOpen = s.post("/api/commission/meetings/" + approving + "/minutes/approve", "{\"act\":\"Order 1\"}", s.chair);
        assertThat(stillOpen.statusCode()).isEqualTo(422);
        assertThat(json(stillOpen).get("detail").asString()).contains("not closed");

        HttpResponse<String> ok = s.post(approve, "{\"meeting\":\"" + approving + "\",\"poll\":\"1\"}", s.secretary);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        String digest = json(ok).get("digest").asString();
        assertThat(digest).hasSize(64).isEqualTo(desk.minutes(id).digest());
        assertThat(s.post(approve, "{\"act\":\"Order 2\"}", s.chair).statusCode()).as("once only").isEqualTo(422);

        HttpResponse<String> published = http.get(page + "?lang=en");
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.body()).contains("by vote 1 of the meeting of March 4, 2026", digest).doesNotContain("Draft:");
        assertThat(http.get("/commission/meetings/" + id + "?lang=en").body()).contains("href=\"" + page + "\"");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page
                + ".pdf?lang=en")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (var doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Minutes of the meeting of Drafting Commission", "Item 1: Article 52", "Took the floor: Member 1",
                    "3 for of 6 present; needed 4: rejected", "For (3): Member 1, Member 2, Member 3", "A secret vote", "Voted (5):",
                    digest);
        }
        assertThat(http.getAs("/api/audit?objectType=commission-meeting&objectId=" + id, ADMIN, ADMIN_PASSWORD).body())
                .contains("commission.minutes.approve", s.secretary, digest);
    }

    @Test
    void theSecretaryApprovesWithThePagesFormAndAMemberHasNone() {
        HttpTestClient http = new HttpTestClient(port);
        MeetingScript s = new MeetingScript(http, ADMIN, ADMIN_PASSWORD);
        String id = s.runAndClose();
        String approving = s.approvingMeeting();
        String page = "/commission/meetings/" + id + "/minutes";
        String action = page + "/approve";

        WebSession member = new WebSession(port);
        assertThat(member.signIn(s.members.get(0), PASSWORD)).isTrue();
        assertThat(member.get(page + "?lang=en").body()).contains("Draft:").doesNotContain(action);
        // The form's fields sent by a member anyway: the body's rule refuses it, on the page, in a 422.
        HttpResponse<String> byMember = member.submit(page, action, java.util.Map.of("poll", approving + "/1", "act", ""));
        assertThat(byMember.statusCode()).isEqualTo(422);
        assertThat(byMember.body()).contains("only the secretary or the chair");

        WebSession secretary = new WebSession(port);
        assertThat(secretary.signIn(s.secretary, PASSWORD)).isTrue();
        String form = secretary.get(page + "?lang=ru").body();
        assertThat(form).contains("action=\"" + action + "\"", "value=\"" + approving + "/1\"", "4 марта 2026 г. — Голосование 1");
        HttpResponse<String> neither = secretary.submit(page, action, java.util.Map.of("poll", "", "act", ""));
        assertThat(neither.statusCode()).isEqualTo(422);
        assertThat(neither.body()).contains("give the approving meeting and poll, or an act");
        HttpResponse<String> ok = secretary.submit(page, action, java.util.Map.of("poll", approving + "/1", "act", ""));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(http.get(page + "?lang=en").body()).contains("by vote 1 of the meeting of March 4, 2026").doesNotContain(action);
    }
}

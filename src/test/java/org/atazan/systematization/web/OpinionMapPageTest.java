package org.atazan.systematization.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The public opinion map of a consultation: Pol.is's number of groups on a real conversation, a chart and a table, in kk, ru and en. */
class OpinionMapPageTest extends PlatformTest {
    @LocalServerPort
    int port;

    @Test
    void brexitConsensusShowsTwoGroupsAsPolisDidWithTheSourceNamed() {
        HttpTestClient http = new HttpTestClient(port);
        String page = "/consultations/polis-brexit-consensus/opinions";
        HttpResponse<String> en = http.get(page + "?lang=en");
        assertThat(en.statusCode()).isEqualTo(200);
        assertThat(en.body()).contains("data-groups=\"2\"").contains("<svg").contains("First axis of disagreement")
                .contains("Group 1").contains("Group 2").doesNotContain("Group 3")
                .contains("What sets the group apart").contains("https://pol.is/7wmvbjcjhp").contains("CC BY 4.0")
                .contains("The Computational Democracy Project").doesNotContain("imported:");
        // The table's statements link to their proposals.
        assertThat(en.body()).containsPattern("/consultations/polis-brexit-consensus/proposals/P-2017-\\d{6}");
        String kk = http.get(page + "?lang=kk").body();
        assertThat(kk).contains("1-топ").contains("2-топ").contains("Келіспеушіліктің бірінші осі").doesNotContain("Group 1")
                .doesNotContain("Opinion map");
        String ru = http.get(page + "?lang=ru").body();
        assertThat(ru).contains("Группа 1").contains("Карта мнений").doesNotContain("Group 1");
        assertThat(http.get("/consultations/polis-brexit-consensus?lang=en").body()).contains(page).contains("CC BY 4.0");
    }

    @Test
    void aConsultationWithoutReactionsSaysSoAndDoesNotLinkTheMap() {
        HttpTestClient http = new HttpTestClient(port);
        String id = "map-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.postJson("/api/consultations", """
                {"id":"%s","title":"Draft of 2026","charterId":"kz","versionId":"2026"}""".formatted(id), ADMIN, ADMIN_PASSWORD)
                .statusCode()).isEqualTo(201);
        HttpResponse<String> r = http.get("/consultations/" + id + "/opinions?lang=en");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Not enough reactions yet").doesNotContain("<svg");
        assertThat(http.get("/consultations/" + id + "?lang=en").body()).doesNotContain("/opinions");
        assertThat(http.get("/consultations/nope-" + id + "/opinions").statusCode()).isEqualTo(404);
    }
}

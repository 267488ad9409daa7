package org.atazan.systematization.web;

import org.atazan.BrowserTest;
import org.atazan.HttpTestClient;
import org.atazan.consultation.Author;
import org.atazan.consultation.NewProposal;
import org.atazan.consultation.ProposalDesk;
import org.atazan.consultation.ProposalKind;
import org.atazan.consultation.ReferenceNumber;
import org.atazan.systematization.TopicDesk;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clusters of an article, one cluster, and the secretariat's view of it with its forms, in a real
 * browser, in kk, ru and en at 360 and 1280 px: they fit, have one main landmark, a chart with its
 * table, and no serious or critical axe-core violation.
 */
class TopicsInBrowserTest extends BrowserTest {
    @Autowired
    ProposalDesk proposals;
    @Autowired
    TopicDesk topics;

    @Test
    void theClustersAndTheSecretariatsFormsFitAndHaveNoSeriousAccessibilityViolation() throws Exception {
        String id = "top-b-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(new HttpTestClient(port).postJson("/api/consultations", """
                {"id":"%s","title":"Draft of 2026","charterId":"kz","versionId":"2026"}""".formatted(id), ADMIN, ADMIN_PASSWORD)
                .statusCode()).isEqualTo(201);
        ReferenceNumber first = null;
        for (List<String> subject : List.of(org.atazan.systematization.ThreeSubjects.LAND, org.atazan.systematization.ThreeSubjects.DEATH, org.atazan.systematization.ThreeSubjects.TERM)) {
            for (String t : subject) {
                ReferenceNumber r = proposals.submit(new NewProposal(id, "42", ProposalKind.AMEND, t, "", null, null, null,
                        new Author(null, "", "KZ-ALA", false), null, null)).reference();
                if (first == null) first = r;
            }
        }
        topics.run(id);
        long cluster = topics.topicOf(id, first).orElseThrow().id();
        String base = "/consultations/" + id;
        for (String lang : new String[]{"kk", "ru", "en"}) {
            for (int width : new int[]{360, 1280}) {
                checkAccessiblePage("topics-" + lang, base + "/topics?lang=" + lang, width);
                assertThat(driver.findElements(By.cssSelector("figure.hbars .hbar:not(.axis)"))).hasSize(3);
                assertThat(driver.findElements(By.cssSelector("#table-topics tbody tr"))).hasSize(3);
                checkAccessiblePage("topic-" + lang, base + "/topics/" + cluster + "?lang=" + lang, width);
            }
        }
        signInAsAdmin();
        try {
            for (String lang : new String[]{"kk", "ru", "en"}) {
                for (int width : new int[]{360, 1280}) {
                    checkAccessiblePage("topic-secretariat-" + lang, base + "/topics/" + cluster + "?lang=" + lang, width);
                    assertThat(driver.findElements(By.cssSelector("input[name=out]"))).hasSize(6);
                    assertThat(driver.findElements(By.cssSelector("input[name=with]"))).hasSize(2);
                    checkAccessiblePage("systematization-desk-topics-" + lang, base + "/systematization?article=42&lang=" + lang, width);
                    assertThat(driver.findElements(By.cssSelector("section.desk-topics li"))).hasSize(3);
                }
            }
        } finally {
            driver.manage().deleteAllCookies();
        }
    }
}

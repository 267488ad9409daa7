package org.atazan.systematization.web;

import org.atazan.BrowserTest;
import org.atazan.HttpTestClient;
import org.atazan.consultation.Author;
import org.atazan.consultation.NewProposal;
import org.atazan.consultation.ProposalDesk;
import org.atazan.consultation.ProposalKind;
import org.atazan.consultation.ReferenceNumber;
import org.atazan.systematization.DuplicateDesk;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public list of representatives, a group, the method and the secretariat's systematization page in
 * a real browser, in kk, ru and en at 360 and 1280 px: they fit, have one main landmark, and no serious
 * or critical axe-core violation.
 */
class DuplicatesInBrowserTest extends BrowserTest {
    @Autowired
    ProposalDesk proposals;
    @Autowired
    DuplicateDesk duplicates;

    @Test
    void publicPagesAndTheSecretariatsPageFitAndHaveNoSeriousAccessibilityViolation() throws Exception {
        String id = "dup-b-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(new HttpTestClient(port).postJson("/api/consultations", """
                {"id":"%s","title":"Draft of 2026","charterId":"kz","versionId":"2026"}""".formatted(id), ADMIN, ADMIN_PASSWORD)
                .statusCode()).isEqualTo(201);
        ReferenceNumber first = null;
        String[] names = {"Айгерим", "Ержан", "Мария", "Данияр"};
        for (String name : names) {
            ReferenceNumber r = proposals.submit(new NewProposal(id, "42", ProposalKind.AMEND, DuplicateGroupsTest.LETTER.formatted(name, "Алматы"),
                    "", null, null, null, new Author(null, "", "KZ-ALA", false), null, null)).reference();
            if (first == null) first = r;
        }
        duplicates.run(id);
        String base = "/consultations/" + id;
        for (String lang : new String[]{"kk", "ru", "en"}) {
            for (int width : new int[]{360, 1280}) {
                checkAccessiblePage("duplicates-" + lang, base + "/duplicates?lang=" + lang, width);
                checkAccessiblePage("duplicate-group-" + lang, base + "/duplicates/" + first + "?lang=" + lang, width);
                checkAccessiblePage("duplicates-method-" + lang, "/consultations/duplicates/method?lang=" + lang, width);
            }
        }
        signInAsAdmin();
        try {
            for (String lang : new String[]{"kk", "ru", "en"}) {
                for (int width : new int[]{360, 1280}) {
                    checkAccessiblePage("systematization-desk-" + lang, base + "/systematization?lang=" + lang, width);
                    assertThat(driver.findElements(By.cssSelector("section.duplicate-group"))).hasSize(1);
                }
            }
        } finally {
            driver.manage().deleteAllCookies();
        }
    }
}

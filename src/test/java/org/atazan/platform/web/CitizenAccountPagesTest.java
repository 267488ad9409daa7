package org.atazan.platform.web;

import org.atazan.PlatformTest;
import org.atazan.TestCitizens;
import org.atazan.WebSession;
import org.atazan.platform.Citizens;
import org.atazan.platform.IdentityLevel;
import org.atazan.platform.Notifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A citizen's account as a person uses it: sign-up, the mailed link, sign-in, profile, data, deletion. */
class CitizenAccountPagesTest extends PlatformTest {
    @LocalServerPort
    int port;
    @Autowired
    Citizens citizens;
    @Autowired
    Notifications notifications;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    org.atazan.trial.RecordProbe probe;

    String email() {
        return "person-" + UUID.randomUUID().toString().substring(0, 10) + "@example.kz";
    }

    Map<String, String> form(String email, String password) {
        return Map.of("email", email, "password", password, "displayName", "", "region", "KZ-ALA", "language", "ru");
    }

    @Test
    void aPersonSignsUpConfirmsTheAddressAndGainsTheLevelThatLetsThemPropose() {
        String email = email();
        WebSession s = new WebSession(port);
        HttpResponse<String> sent = s.submit("/account/new?lang=ru", "/account/new", form(email, TestCitizens.PASSWORD));
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("Проверьте почту");

        // Signed in before confirming: an account, not yet allowed to propose.
        assertThat(s.signIn(email, TestCitizens.PASSWORD)).isTrue();
        String account = TestCitizens.accountOf(s);
        assertThat(citizens.find(account).orElseThrow().level()).isEqualTo(IdentityLevel.ACCOUNT);
        assertThat(citizens.may(account, "propose")).isFalse();

        String link = TestCitizens.confirmationLink(email);
        String path = link.replaceFirst("http://[^/]+", "");
        assertThat(s.get(path).statusCode()).isEqualTo(200);
        assertThat(citizens.find(account).orElseThrow().level()).isEqualTo(IdentityLevel.EMAIL_CONFIRMED);
        assertThat(citizens.may(account, "propose")).isTrue();
        assertThat(citizens.may(account, "support")).as("supporting needs the national identity").isFalse();
        assertThat(citizens.may(null, "read")).isTrue();

        HttpResponse<String> again = s.get(path);
        assertThat(again.statusCode()).as("a link works once").isEqualTo(410);
        assertThat(s.get("/account/confirm?token=" + "x".repeat(43)).statusCode()).isEqualTo(410);
    }

    @Test
    void theAccountNameIsGeneratedAndThePublicFaceCarriesNoEmail() {
        TestCitizens.Signed c = new TestCitizens(port).confirmed("Айгүл", "KZ-AST");
        assertThat(c.account()).matches("c[a-z0-9]{16}");
        var face = citizens.find(c.account()).orElseThrow();
        assertThat(face.displayName()).isEqualTo("Айгүл");
        assertThat(face.region()).isEqualTo("KZ-AST");
        assertThat(face.toString()).doesNotContain(c.email());
    }

    @Test
    void badFieldsAreNamedInTheReadersLanguageAndNothingIsCreated() {
        WebSession s = new WebSession(port);
        String email = email();
        HttpResponse<String> weak = s.submit("/account/new?lang=kk", "/account/new", form(email, "password1234"));
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(weak.body()).contains("кең тараған").doesNotContain("password1234");
        HttpResponse<String> noAddress = s.submit("/account/new?lang=en", "/account/new", form("not an address", TestCitizens.PASSWORD));
        assertThat(noAddress.statusCode()).isEqualTo(422);
        assertThat(noAddress.body()).contains("Enter an e-mail address");
        HttpResponse<String> region = s.submit("/account/new?lang=en", "/account/new",
                Map.of("email", email, "password", TestCitizens.PASSWORD, "region", "XX-NOPE", "language", "en"));
        assertThat(region.statusCode()).isEqualTo(422);
        assertThat(region.body()).contains("Choose a region");
        assertThat(jdbc.sql("SELECT count(*) FROM platform_account WHERE lower(email) = lower(?)").param(email).query(Integer.class).single())
                .isZero();
    }

    @Test
    void aFormWithoutItsTokenIsRefused() {
        HttpResponse<String> forged = new WebSession(port).post("/account/new", form(email(), TestCitizens.PASSWORD));
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void signingUpTwiceWithOneAddressAnswersAlikeAndCreatesOneAccount() {
        String email = email();
        WebSession s = new WebSession(port);
        HttpResponse<String> first = s.submit("/account/new?lang=en", "/account/new", form(email, TestCitizens.PASSWORD));
        HttpResponse<String> second = s.submit("/account/new?lang=en", "/account/new", form(email.toUpperCase(), "another-password-9z"));
        assertThat(second.statusCode()).isEqualTo(first.statusCode());
        assertThat(jdbc.sql("SELECT count(*) FROM platform_account WHERE lower(email) = lower(?)").param(email).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(TestCitizens.mailsTo(email.toUpperCase()).get(0)).contains("она уже есть");
    }

    @Test
    void markupInADisplayNameIsShownAsText() {
        TestCitizens.Signed c = new TestCitizens(port).confirmed("<script>alert(1)</script>", null);
        String page = c.session().get("/account").body();
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
    }

    @Test
    void theDownloadHoldsTheirDataAndNoSecretAndNotificationsAreStoredAndMailed() {
        TestCitizens.Signed c = new TestCitizens(port).confirmed("Data Person", "KZ-KAR");
        tx.executeWithoutResult(st -> notifications.notify(c.account(), "Your proposal P-2026-000001 was registered", "See the page."));
        assertThat(TestCitizens.mailsTo(c.email()).get(0)).contains("See the page.");
        HttpResponse<String> data = c.session().get("/account/data.json");
        assertThat(data.statusCode()).isEqualTo(200);
        assertThat(data.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        assertThat(data.body()).contains(c.email()).contains("Data Person").contains("P-2026-000001")
                .doesNotContain("argon2").doesNotContain("password");
        assertThat(c.session().get("/account").body()).contains("Your proposal P-2026-000001 was registered");
        assertThat(new WebSession(port).get("/account/data.json").statusCode()).as("nobody else's").isEqualTo(302);
    }

    @Test
    void aDeletedAccountIsGoneAndCanNoLongerSignIn() throws InterruptedException {
        TestCitizens.Signed c = new TestCitizens(port).confirmed(null, null);
        HttpResponse<String> unconfirmed = c.session().submit("/account", "/account/delete", Map.of());
        assertThat(unconfirmed.statusCode()).isEqualTo(422);
        HttpResponse<String> deleted = c.session().submit("/account", "/account/delete", Map.of("confirm", "yes"));
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(citizens.find(c.account())).isEmpty();
        assertThat(new WebSession(port).signIn(c.email(), TestCitizens.PASSWORD)).isFalse();
        // Modules hear of it (here the trial module's listener, as consultation's will) to anonymise what they keep.
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (!probe.entries().contains("account deleted " + c.account()) && System.nanoTime() < deadline) Thread.sleep(50);
        assertThat(probe.entries()).contains("account deleted " + c.account());
    }
}

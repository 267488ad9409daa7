package org.atazan.record.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.atazan.record.Checkpoint;
import org.atazan.record.SignedNote;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record's pages over HTTP in kk, ru and en: the explanation with the latest checkpoint and the
 * commands, one entry with its hash and proof, the lookup form and its refusals, and the paths of the
 * tiles and the API left as they were.
 */
class RecordPagesTest extends PlatformTest {
    @LocalServerPort
    int port;
    HttpTestClient http;

    @BeforeEach
    void aDecision() throws Exception {
        http = new HttpTestClient(port);
        String id = "page-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.postJson("/api/referendums", "{\"id\":\"" + id + "\",\"title\":\"Pages\",\"date\":\"2026-03-15\"}",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (size() == 0 && System.nanoTime() < deadline) Thread.sleep(100);
        assertThat(size()).isPositive();
    }

    long size() {
        return Checkpoint.parse(SignedNote.parse(http.get("/record/checkpoint").body()).text()).size();
    }

    @Test
    void theRecordIsExplainedInEachLanguage() {
        String[][] langs = {{"kk", "Шешімдердің ашық тізілімі", "Өз компьютеріңізде тексеріңіз"},
                {"ru", "Открытый реестр решений", "Проверьте на своём компьютере"},
                {"en", "Public record", "Check it on your own computer"}};
        for (String[] l : langs) {
            // Other tests' decisions reach the log meanwhile (the sequencer runs every few milliseconds): the
            // page is read again until the log's size is the same before and after it.
            HttpResponse<String> page;
            long size, before;
            int tries = 0;
            do {
                before = size();
                page = http.get("/record?lang=" + l[0]);
                size = size();
            } while (size != before && ++tries < 50);
            assertThat(page.statusCode()).isEqualTo(200);
            String body = page.body();
            assertThat(body).contains("<html lang=\"" + l[0] + "\"", l[1], l[2])
                    .contains("./atazan record verify http://localhost:" + port + "/record --key atazan.vkey")
                    .contains("href=\"/record/key\"", "href=\"/record/checkpoint\"", "action=\"/record/entry\"")
                    .contains(">" + NumberFormat.getIntegerInstance(Locale.forLanguageTag(l[0])).format(size) + "<")
                    .contains("voting.vote-created");
            if (!l[0].equals("en")) {
                assertThat(body).doesNotContain("Public record").doesNotContain("Look up").doesNotContain("Entries<")
                        .doesNotContain("latest checkpoint");
            }
        }
    }

    @Test
    void anEntryShowsItsBytesHashAndProofInEachLanguage() {
        long last = size() - 1;
        for (String lang : new String[]{"kk", "ru", "en"}) {
            HttpResponse<String> page = http.get("/record/entry/" + last + "?lang=" + lang);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("&quot;kind&quot;:&quot;", "data-entry=\"", "data-root=\"", "/js/record-check.js",
                    "./atazan record check-inclusion proof.json", "./atazan record prove " + last + " --url");
            if (!lang.equals("en")) assertThat(page.body()).doesNotContain("Inclusion proof").doesNotContain("Leaf hash");
        }
        // The page's hashes are the API's.
        String api = http.get("/api/record/entries/" + last).body();
        String leafB64 = api.replaceAll("(?s).*\"leafHash\":\"([^\"]+)\".*", "$1");
        String leafHex = java.util.HexFormat.of().formatHex(java.util.Base64.getDecoder().decode(leafB64));
        assertThat(http.get("/record/entry/" + last).body()).contains(leafHex);
    }

    @Test
    void theLookupGoesToTheEntryOrSaysWhatIsWrong() {
        HttpResponse<String> go = http.get("/record/entry?index=0");
        assertThat(go.statusCode()).isEqualTo(302);
        assertThat(go.headers().firstValue("Location").orElse("")).endsWith("/record/entry/0");
        HttpResponse<String> bad = http.get("/record/entry?index=abc&lang=ru");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("Напишите номер записи цифрами.", "aria-invalid=\"true\"");
        assertThat(http.get("/record/entry/999999999").statusCode()).isEqualTo(404);
        assertThat(http.get("/record/entry/-1").statusCode()).isEqualTo(404);
        // The tiles and the API are where they were.
        assertThat(http.get("/record/key").headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(http.get("/api/record/entries/0").body()).contains("\"inclusionProof\"");
    }
}

package org.atazan.record.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.atazan.record.PublicRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.text.NumberFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** A charter version's page names its entry of the public record in the reader's language, linked to the entry. */
class VersionsInRecordTest extends PlatformTest {
    @LocalServerPort
    int port;
    @Autowired
    PublicRecord record;

    @Test
    void aVersionsPageNamesItsEntryAndLinksToIt() throws InterruptedException {
        OptionalLong entry = OptionalLong.empty();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && (entry = record.entryFor(VersionsInRecord.KIND, "kz/2026")).isEmpty()) Thread.sleep(50);
        assertThat(entry).as("the demo's version kz/2026 in the log").isPresent();
        long index = entry.getAsLong();
        HttpTestClient http = new HttpTestClient(port);
        assertThat(http.get("/charters/kz/versions/2026?lang=en").body())
                .contains("This version is entry " + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(index) + " of the public record")
                .contains("href=\"/record/entry/" + index + "\"");
        assertThat(http.get("/charters/kz/versions/2026?lang=kk").body())
                .contains("Бұл редакция ашық тізілімге " + NumberFormat.getIntegerInstance(Locale.forLanguageTag("kk")).format(index) + " нөмірімен");
        // The entry it leads to is this version's.
        assertThat(new String(record.entry(index).orElseThrow(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"kind\":\"charter.version-published\"").contains("kz/2026");
    }
}

package org.atazan.record.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.atazan.record.PublicRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Every key of the log is published, the current one first, as text and as JSON. */
class RecordKeysTest extends PlatformTest {
    @LocalServerPort
    int port;
    @Autowired
    PublicRecord record;

    @Test
    void theKeysArePublishedWithWhatEachDoes() {
        HttpTestClient http = new HttpTestClient(port);
        HttpResponse<String> text = http.get("/record/keys");
        assertThat(text.statusCode()).isEqualTo(200);
        assertThat(text.body().lines().toList()).first().isEqualTo(record.verifier().text());
        assertThat(text.body().lines().count()).isEqualTo(record.keys().size());
        HttpResponse<String> json = http.get("/api/record/keys");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"key\":\"" + record.verifier().text() + "\"")
                .contains("\"current\":true").contains("\"signing\":true");
    }
}

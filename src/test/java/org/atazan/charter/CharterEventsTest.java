package org.atazan.charter;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.atazan.kernel.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The Charter events on the platform: published in the transaction that stores the charter or the
 * version, kept in {@code event_publication} with it, delivered to a listener after commit (and the
 * row then removed); a refused or rolled-back write leaves no event anywhere.
 */
@ExtendWith(PublishedEventsExtension.class)
class CharterEventsTest extends PlatformTest {

    static final String TEXT = """
            Examplia Constitution

            Article 1
            Everyone has the right to life, liberty and security of person.

            Article 2
            The National Assembly is the highest representative body.
            """;

    @LocalServerPort
    int port;
    @Autowired
    CharterLibrary library;
    @Autowired
    CharterEventsProbe probe;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    EventSerializer serializer;

    static String newId() {
        return "ev-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(UTF_8)));
    }

    static VersionSummary summary(String charter, String id) {
        return new VersionSummary(charter, id, LocalDate.of(2026, 2, 12), "en", VersionStatus.DRAFT, "", "test", 0);
    }

    /** Delivery happens after commit, perhaps on another thread: wait for it, never for a fixed time. */
    List<CharterEventsProbe.Delivery> awaitDeliveries(String charterId, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> probe.deliveries(charterId).size() >= count);
        return probe.deliveries(charterId);
    }

    @Test
    void creatingACharterPublishesCharterCreated(AssertablePublishedEvents events) {
        String id = newId();
        library.create(new Charter(id, "Examplia Constitution", "ex", Map.of("ru", "Конституция Экзамплии")));

        assertThat(events).contains(CharterCreated.class)
                .matching(CharterCreated::charterId, id)
                .matching(CharterCreated::titles, Map.of("ru", "Конституция Экзамплии"));
        CharterEventsProbe.Delivery d = awaitDeliveries(id, 1).get(0);
        assertThat(d.event()).isInstanceOf(CharterCreated.class);
        assertThat(d.publicationRows()).as("the publication row, committed with the charter").isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> probe.rows(CharterCreated.class, id) == 0);
    }

    @Test
    void aVersionAddedThroughTheApiIsPublishedWithWhoAddedItAndTheHashOfItsAknExport() throws Exception {
        String id = newId();
        HttpTestClient client = new HttpTestClient(port);
        assertThat(client.postJson("/api/charters", "{\"id\":\"" + id + "\",\"title\":\"Events\",\"country\":\"kz\"}",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        HttpResponse<String> added = client.postFile("/api/charters/" + id + "/versions", "draft.txt", TEXT.getBytes(UTF_8),
                ADMIN, ADMIN_PASSWORD, "id", "draft-1", "date", "2026-02-12", "language", "en", "status", "draft");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);

        CharterEventsProbe.Delivery d = awaitDeliveries(id, 2).get(1);
        CharterVersionPublished e = (CharterVersionPublished) d.event();
        assertThat(e.versionId()).isEqualTo("draft-1");
        assertThat(e.date()).isEqualTo(LocalDate.of(2026, 2, 12));
        assertThat(e.language()).isEqualTo("en");
        assertThat(e.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(e.articleCount()).isEqualTo(2);
        assertThat(e.publishedBy()).isEqualTo(ADMIN);
        assertThat(d.publicationRows()).as("the publication row, committed with the version").isEqualTo(1);

        // Anyone can check the logged hash against the version's public export, and it is what is stored.
        String akn = client.get("/api/charters/" + id + "/versions/draft-1/akn").body();
        assertThat(e.contentSha256()).isEqualTo(sha256(akn));
        String stored = jdbc.sql("SELECT akn FROM charter_version WHERE charter_id = ? AND id = ?")
                .params(id, "draft-1").query(String.class).single();
        assertThat(e.contentSha256()).isEqualTo(sha256(stored));

        // Handled, so the registry removes the publication (completion mode "delete").
        await().atMost(Duration.ofSeconds(30)).until(() -> probe.rows(CharterVersionPublished.class, id) == 0);
    }

    @Test
    void aRefusedVersionPublishesNothing(PublishedEvents events) {
        String id = newId();
        library.create(new Charter(id, "Examplia Constitution", "ex"));
        library.addVersion(NewVersion.ofText(summary(id, "v1"), "v1.txt", TEXT, "secretary"));

        assertThatThrownBy(() -> library.addVersion(NewVersion.ofText(summary(id, "v2"), "prose.txt",
                "Only prose.\nNo article here.\n", "secretary"))).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> library.addVersion(NewVersion.ofText(summary(id, "v1"), "again.txt", TEXT, "secretary")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("already has a version 'v1'");

        assertThat(events.ofType(CharterVersionPublished.class).matching(e -> e.charterId().equals(id)))
                .extracting(CharterVersionPublished::versionId).containsExactly("v1");
        awaitDeliveries(id, 2);
        assertThat(probe.deliveries(id)).hasSize(2);
        assertThat(library.versions(id)).extracting(VersionSummary::id).containsExactly("v1");
    }

    @Test
    void theEventIsKeptInTheVersionsTransactionAndRolledBackWithIt() {
        String id = newId();
        library.create(new Charter(id, "Examplia Constitution", "ex"));
        awaitDeliveries(id, 1);

        tx.executeWithoutResult(status -> {
            library.addVersion(NewVersion.ofText(summary(id, "v1"), "v1.txt", TEXT, "secretary"));
            assertThat(probe.rows(CharterVersionPublished.class, id)).as("written in this transaction").isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(probe.rows(CharterVersionPublished.class, id)).isZero();
        assertThat(library.versions(id)).isEmpty();
        // Delivery comes only after a commit, and there was none.
        assertThat(probe.deliveries(id)).hasSize(1);
    }

    @Test
    void theRegistryCanReadTheEventsBack() {
        CharterVersionPublished e = new CharterVersionPublished("kz", "2026", "Конституция", LocalDate.of(2026, 3, 15),
                "ru", VersionStatus.ADOPTED, 96, "ab".repeat(32), "secretary", java.time.Instant.parse("2026-02-12T09:00:00Z"));
        assertThat(serializer.deserialize(serializer.serialize(e), CharterVersionPublished.class)).isEqualTo(e);
        CharterCreated c = new CharterCreated("kz", "Constitution", "kz", Map.of("kk", "Конституция"),
                java.time.Instant.parse("2026-01-31T10:15:30Z"));
        assertThat(serializer.deserialize(serializer.serialize(c), CharterCreated.class)).isEqualTo(c);
    }
}

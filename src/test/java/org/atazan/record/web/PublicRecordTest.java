package org.atazan.record.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.atazan.record.Checkpoint;
import org.atazan.record.Merkle;
import org.atazan.record.NoteKey;
import org.atazan.record.Proofs;
import org.atazan.record.SignedNote;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public record as an outsider checks it, with nothing but the API's answers and the core's
 * verification: the checkpoint is signed by the published key, an entry is in the tree, a later tree
 * extends an earlier one, and entries carry no account names.
 */
class PublicRecordTest extends PlatformTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    @LocalServerPort
    int port;

    HttpTestClient client() {
        return new HttpTestClient(port);
    }

    SignedNote checkpoint(NoteKey key) {
        SignedNote note = SignedNote.parse(client().get("/api/record/checkpoint").body());
        assertThat(note.verifiedBy(key)).as("signed by the published key").isTrue();
        return note;
    }

    @Test
    void aDecisionIsAppendedProvablyAndLaterTreesExtendEarlierOnes() throws Exception {
        NoteKey key = NoteKey.parse(client().get("/api/record/key").body());
        Checkpoint before = Checkpoint.parse(checkpoint(key).text());

        // A public decision: a vote created. Its event reaches the record after commit.
        String id = "rec-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(client().postJson("/api/referendums", "{\"id\":\"" + id + "\",\"title\":\"Record\",\"date\":\"2026-03-15\"}",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        Checkpoint after = before;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (after.size() == before.size() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            after = Checkpoint.parse(checkpoint(key).text());
        }
        assertThat(after.size()).isGreaterThan(before.size());

        // Find the vote's entry and prove it is in the tree of the latest checkpoint.
        JsonNode found = null;
        for (long i = before.size(); i < after.size() && found == null; i++) {
            JsonNode e = JSON.readTree(client().get("/api/record/entries/" + i + "?treeSize=" + after.size()).body());
            if (e.get("entry").asString().contains("\"object\":\"" + id + "\"")) found = e;
        }
        assertThat(found).as("the vote's entry").isNotNull();
        String entry = found.get("entry").asString();
        assertThat(entry).contains("\"kind\":\"voting.vote-created\"").doesNotContain("admin");
        List<byte[]> proof = new ArrayList<>();
        found.get("inclusionProof").forEach(h -> proof.add(Base64.getDecoder().decode(h.asString())));
        byte[] leaf = Merkle.leafHash(entry.getBytes(StandardCharsets.UTF_8));
        assertThat(Proofs.verifyInclusion(leaf, found.get("index").asLong(), after.size(), proof, after.rootHash())).isTrue();

        if (before.size() > 0) {
            JsonNode c = JSON.readTree(client().get("/api/record/consistency?first=" + before.size() + "&second=" + after.size()).body());
            List<byte[]> path = new ArrayList<>();
            c.get("proof").forEach(h -> path.add(Base64.getDecoder().decode(h.asString())));
            assertThat(Proofs.verifyConsistency(before.size(), after.size(), before.rootHash(), after.rootHash(), path)).isTrue();
        }
    }

    @Test
    void badRequestsAreProblemsNamingTheParameter() {
        assertThat(client().get("/api/record/entries/999999999").statusCode()).isEqualTo(404);
        var bad = client().get("/api/record/consistency?first=0&second=1");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("first");
    }
}

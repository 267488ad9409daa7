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
    @org.springframework.beans.factory.annotation.Autowired
    org.atazan.record.PublicRecord record;

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
        // Found by its key (the demo's imported protocols may be appended around it), then a checkpoint that holds it.
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (record.entryFor("voting.vote-created", id).isEmpty() && System.nanoTime() < deadline) Thread.sleep(100);
        long index = record.entryFor("voting.vote-created", id).orElseThrow();
        assertThat(index).isGreaterThanOrEqualTo(before.size());
        Checkpoint after = before;
        while (after.size() <= index && System.nanoTime() < deadline) {
            Thread.sleep(100);
            after = Checkpoint.parse(checkpoint(key).text());
        }
        assertThat(after.size()).isGreaterThan(index);
        JsonNode found = JSON.readTree(client().get("/api/record/entries/" + index + "?treeSize=" + after.size()).body());
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

    @Test
    void theLogIsServedAsTilesThatTheVerifierReadsOverHttp(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // A decision, so that the log is not empty.
        String id = "tile-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(client().postJson("/api/referendums", "{\"id\":\"" + id + "\",\"title\":\"Tiles\",\"date\":\"2026-03-15\"}",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        NoteKey key = NoteKey.parse(client().get("/record/key").body());
        assertThat(key.text() + "\n").isEqualTo(client().get("/api/record/key").body());
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        var cp = client().get("/record/checkpoint");
        while (Checkpoint.parse(SignedNote.parse(cp.body()).text()).size() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            cp = client().get("/record/checkpoint");
        }
        assertThat(cp.statusCode()).isEqualTo(200);
        assertThat(cp.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(cp.headers().firstValue("Cache-Control").orElse("")).contains("max-age=5");
        Checkpoint c = Checkpoint.parse(SignedNote.parse(cp.body()).text());
        assertThat(SignedNote.parse(cp.body()).verifiedBy(key)).isTrue();

        // The right edge of the tree: a partial tile, short-lived; the same tile full does not exist yet.
        var partial = client().get("/record/" + org.atazan.record.Tiles.tileAt(0, 0, Math.min(c.size(), 255)).path());
        assertThat(partial.statusCode()).isEqualTo(200);
        assertThat(partial.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/octet-stream");
        assertThat(partial.headers().firstValue("Cache-Control").orElse("")).contains("max-age=10").doesNotContain("immutable");
        if (c.size() < 256) {
            var full = client().get("/record/tile/0/000");
            assertThat(full.statusCode()).isEqualTo(404);
            assertThat(full.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/problem+json");
            assertThat(full.body()).contains("does not have this tile");
        }
        var bad = client().get("/record/tile/0/12");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/problem+json");
        assertThat(bad.body()).contains("groups of three digits");
        assertThat(client().get("/record/tile/entries/x001/000").statusCode()).isEqualTo(404);

        // The whole log verified by the command line, over HTTP, as anyone would.
        java.nio.file.Path keyFile = dir.resolve("log.vkey");
        java.nio.file.Files.writeString(keyFile, client().get("/record/key").body());
        var out = new java.io.StringWriter();
        var cl = org.atazan.Atazan.commandLine();
        cl.setOut(new java.io.PrintWriter(out));
        cl.setErr(new java.io.PrintWriter(out));
        int status = cl.execute("record", "verify", "http://localhost:" + port + "/record", "--key", keyFile.toString());
        assertThat(status).as(out.toString()).isZero();
        assertThat(out.toString()).contains("verified: every check holds");
    }

    @Test
    void aFullTileIsImmutable() throws Exception {
        // 256 entries at least: filled up with entries of this test's own kind.
        for (long i = record.checkpoint().text().lines().skip(1).mapToLong(Long::parseLong).findFirst().orElseThrow(); i < 256; i++) {
            record.append("test.filler", "filler-" + i, ("{\"filler\":" + i + "}").getBytes(StandardCharsets.UTF_8));
        }
        var full = client().get("/record/tile/0/000");
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(full.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000").contains("public").contains("immutable");
        assertThat(client().get("/record/tile/entries/000").statusCode()).isEqualTo(200);
    }
}

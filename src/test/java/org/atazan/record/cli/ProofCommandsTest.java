package org.atazan.record.cli;

import com.sun.net.httpserver.HttpServer;
import org.atazan.record.MerkleTree;
import org.atazan.record.PublicRecord;
import org.atazan.record.TestLogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code record prove} over HTTP (a plain web server serving a log directory, as any static host
 * would), its output checked by {@code check-inclusion}; {@code check-consistency}; and proof files
 * that cannot be used, each refused naming what is wrong.
 */
class ProofCommandsTest {
    static final KeyPair KEYS = TestLogs.keys();
    static final HexFormat HEX = HexFormat.of();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;
    HttpServer server;

    /** Serves {@code dir} under /record/, a 404 for what it does not hold. */
    String serve(Path dir) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/record/", exchange -> {
            Path file = dir.resolve(exchange.getRequestURI().getPath().substring("/record/".length())).normalize();
            byte[] body = file.startsWith(dir) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/record";
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
    }

    @Test
    void aProofFromTilesOverHttpIsValidAndIsTheTreesOwn() throws IOException {
        PublicRecord r = TestLogs.record(KEYS, 70_000);
        Path dir = tmp.resolve("log");
        TestLogs.write(r, dir);
        String url = serve(dir);
        Files.writeString(tmp.resolve("key"), TestLogs.keyText(KEYS));
        for (long[] c : new long[][]{{0, 70_000}, {69_999, 70_000}, {65_535, 70_000}, {300, 1000}, {0, 1}}) {
            RecordCli.Run p = RecordCli.run("prove", Long.toString(c[0]), "--url", url, "--size", Long.toString(c[1]),
                    "--key", tmp.resolve("key").toString());
            assertThat(p.status()).as(p.all()).isZero();
            JsonNode j = JSON.readTree(p.out());
            PublicRecord.Inclusion want = r.inclusion(c[0], c[1]);
            assertThat(j.get("leafIndex").asLong()).isEqualTo(c[0]);
            assertThat(j.get("treeSize").asLong()).isEqualTo(c[1]);
            assertThat(j.get("leafHash").asString()).isEqualTo(HEX.formatHex(want.leafHash()));
            assertThat(j.get("proof").valueStream().map(JsonNode::asString).toList())
                    .isEqualTo(want.proof().stream().map(HEX::formatHex).toList());
            Path file = tmp.resolve("proof.json");
            Files.writeString(file, p.out());
            RecordCli.Run check = RecordCli.run("check-inclusion", file.toString());
            assertThat(check.status()).as(check.all()).isZero();
            assertThat(check.out()).startsWith("valid: leaf " + c[0] + " is in the tree of " + c[1] + " leaves");
        }
        RecordCli.Run whole = RecordCli.run("verify", url, "--key", tmp.resolve("key").toString());
        assertThat(whole.status()).as(whole.all()).isZero();
        assertThat(whole.out()).contains("ok: 70000 entries in 274 bundles give the checkpoint's root").endsWith("verified: every check holds\n");

        RecordCli.Run beyond = RecordCli.run("prove", "70000", "--url", url);
        assertThat(beyond.status()).isEqualTo(2);
        assertThat(beyond.err()).contains("ENTRY_INDEX 70000 is not in a tree of 70000 entries");
        assertThat(RecordCli.run("prove", "1", "--url", url, "--size", "70001").err()).contains("--size 70001: the checkpoint has 70000 entries");

        Files.delete(dir.resolve("tile/1/000"));
        RecordCli.Run missing = RecordCli.run("prove", "5", "--url", url);
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("tile/1/000 is missing at " + url + "/; no proof made");
        RecordCli.Run notWhole = RecordCli.run("verify", url, "--key", tmp.resolve("key").toString());
        assertThat(notWhole.status()).as(notWhole.all()).isEqualTo(1);
        assertThat(notWhole.out()).contains("FAIL: tile/1/000 is missing").contains("NOT verified: 1 problem");
        server.stop(0);
        RecordCli.Run offline = RecordCli.run("verify", url, "--key", tmp.resolve("key").toString());
        assertThat(offline.status()).isEqualTo(2);
        assertThat(offline.out()).contains("unusable: cannot read checkpoint at " + url + "/: cannot connect to 127.0.0.1");
        RecordCli.Run down = RecordCli.run("prove", "5", "--url", url);
        assertThat(down.status()).isEqualTo(2);
        assertThat(down.err()).contains("cannot read the checkpoint at " + url);
    }

    String inclusionJson(long index, long size, byte[] leaf, List<byte[]> proof, byte[] root) {
        return "{\"leafIndex\": " + index + ", \"treeSize\": " + size + ", \"leafHash\": \"" + HEX.formatHex(leaf) + "\", \"proof\": ["
                + String.join(", ", proof.stream().map(h -> "\"" + HEX.formatHex(h) + "\"").toList()) + "], \"rootHash\": \"" + HEX.formatHex(root) + "\"}";
    }

    RecordCli.Run check(String command, String json) throws IOException {
        Path file = tmp.resolve("p.json");
        Files.writeString(file, json);
        return RecordCli.run(command, file.toString());
    }

    @Test
    void inclusionProofsThatDoNotHoldSayWhy() throws IOException {
        List<byte[]> leaves = leafHashes(8);
        MerkleTree t = new MerkleTree(i -> leaves.get((int) i));
        List<byte[]> proof = t.inclusionProof(2, 8);
        assertThat(check("check-inclusion", inclusionJson(2, 8, leaves.get(2), proof, t.root(8))).status()).isZero();
        RecordCli.Run wrongLeaf = check("check-inclusion", inclusionJson(2, 8, leaves.get(3), proof, t.root(8)));
        assertThat(wrongLeaf.status()).isEqualTo(1);
        assertThat(wrongLeaf.out()).startsWith("INVALID: leaf ").contains("gives another root");
        RecordCli.Run shorter = check("check-inclusion", inclusionJson(2, 8, leaves.get(2), proof.subList(0, 2), t.root(8)));
        assertThat(shorter.status()).isEqualTo(1);
        assertThat(shorter.out()).contains("INVALID: the proof has 2 hashes; the proof of leaf 2 in a tree of 8 has 3");
        RecordCli.Run beyond = check("check-inclusion", inclusionJson(8, 8, leaves.get(2), proof, t.root(8)));
        assertThat(beyond.status()).isEqualTo(1);
        assertThat(beyond.out()).contains("INVALID: leaf index 8 is not in a tree of 8 leaves");
    }

    @Test
    void consistencyProofsAreCheckedAndAForkIsNamed() throws IOException {
        List<byte[]> leaves = leafHashes(8);
        MerkleTree t = new MerkleTree(i -> leaves.get((int) i));
        String proof = String.join(", ", t.consistencyProof(3, 8).stream().map(h -> "\"" + HEX.formatHex(h) + "\"").toList());
        String ok = "{\"size1\": 3, \"size2\": 8, \"root1\": \"" + HEX.formatHex(t.root(3)) + "\", \"root2\": \"" + HEX.formatHex(t.root(8))
                + "\", \"proof\": [" + proof + "]}";
        RecordCli.Run valid = check("check-consistency", ok);
        assertThat(valid.status()).as(valid.all()).isZero();
        assertThat(valid.out()).startsWith("valid: the tree of 3 leaves is a prefix of the tree of 8 leaves");
        RecordCli.Run rewritten = check("check-consistency", ok.replace(HEX.formatHex(t.root(3)), HEX.formatHex(t.root(4))));
        assertThat(rewritten.status()).isEqualTo(1);
        assertThat(rewritten.out()).contains("INVALID: the proof does not lead from root1 to root2");
        RecordCli.Run fork = check("check-consistency", "{\"size1\": 8, \"size2\": 8, \"root1\": \"" + HEX.formatHex(t.root(8))
                + "\", \"root2\": \"" + HEX.formatHex(t.root(7)) + "\", \"proof\": []}");
        assertThat(fork.status()).isEqualTo(1);
        assertThat(fork.out()).contains("INVALID: two roots for the same size 8: a fork");
        RecordCli.Run longer = check("check-consistency", ok.replace("\"proof\": [", "\"proof\": [\"" + "00".repeat(32) + "\", "));
        assertThat(longer.out()).contains("INVALID: the proof has 5 hashes; the proof from size 3 to 8 has 4");
    }

    @Test
    void unusableProofFilesAreExitTwoNamingTheField() throws IOException {
        String h = "ab".repeat(32);
        String good = "{\"leafIndex\": 0, \"treeSize\": 1, \"leafHash\": \"" + h + "\", \"proof\": [], \"rootHash\": \"" + h + "\"}";
        assertThat(check("check-inclusion", good).status()).isZero();
        assertThat(unusable("check-inclusion", "{not json")).contains("not JSON");
        assertThat(unusable("check-inclusion", "[1, 2]")).contains("not a JSON object");
        assertThat(unusable("check-inclusion", good.replace("\"leafIndex\": 0, ", ""))).contains("field 'leafIndex' is missing");
        assertThat(unusable("check-inclusion", good.replace("\"leafIndex\": 0", "\"leafIndex\": \"zero\""))).contains("field 'leafIndex' is not a whole number");
        assertThat(unusable("check-inclusion", good.replace("\"leafIndex\": 0", "\"leafIndex\": -1"))).contains("field 'leafIndex' is negative");
        assertThat(unusable("check-inclusion", good.replace("\"leafIndex\": 0", "\"leafIndex\": 1e30"))).contains("field 'leafIndex' is not a whole number");
        assertThat(unusable("check-inclusion", good.replace("\"leafIndex\": 0", "\"leafIndex\": 18446744073709551615"))).contains("field 'leafIndex' is out of range");
        assertThat(unusable("check-inclusion", good.replaceFirst(h, "zz".repeat(32)))).contains("field 'leafHash': not hex digits");
        assertThat(unusable("check-inclusion", good.replaceFirst(h, "abc"))).contains("field 'leafHash': 3 characters, a SHA-256 hash is 64 hex digits");
        assertThat(unusable("check-inclusion", good.replace("[]", "[\"" + h + "\", 7]"))).contains("field 'proof', item 1: not a string");
        assertThat(unusable("check-inclusion", good.replace("[]", "{}"))).contains("field 'proof' is not an array");
        assertThat(unusable("check-consistency", "{\"size1\": 1, \"size2\": 2, \"root1\": \"" + h + "\", \"proof\": []}"))
                .contains("field 'root2' is missing");
        Path big = tmp.resolve("big.json");
        Files.write(big, new byte[2 * 1024 * 1024]);
        RecordCli.Run r = RecordCli.run("check-inclusion", big.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("longer than 1048576 bytes");
        r = RecordCli.run("check-inclusion", tmp.resolve("none.json").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("none.json: no such file");
    }

    static List<byte[]> leafHashes(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> org.atazan.record.Merkle.leafHash(TestLogs.entry(i))).toList();
    }

    private String unusable(String command, String json) throws IOException {
        RecordCli.Run r = check(command, json);
        assertThat(r.status()).as(r.all()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        return r.err();
    }
}

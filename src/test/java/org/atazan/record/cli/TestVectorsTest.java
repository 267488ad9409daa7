package org.atazan.record.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every inclusion and consistency test vector of transparency-dev/merkle (src/test/resources/record/vectors,
 * Apache-2.0, its LICENSE beside them) through {@code record check-inclusion} and {@code check-consistency}:
 * the valid ones hold (exit 0), every deliberately broken one does not (exit 1, or 2 when a hash is not
 * 32 bytes, which the files state as unusable input). The vectors' base64 becomes the commands' hex.
 */
class TestVectorsTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Path VECTORS = vectors();

    @TempDir
    Path tmp;

    static Path vectors() {
        try {
            return Path.of(TestVectorsTest.class.getResource("/record/vectors/LICENSE").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> files() throws IOException {
        try (Stream<Path> all = Files.walk(VECTORS)) {
            return all.filter(p -> p.toString().endsWith(".json")).sorted()
                    .map(p -> Arguments.of(VECTORS.relativize(p).toString())).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyVectorGivesItsVerdict(String name) throws IOException {
        JsonNode v = JSON.readTree(Files.readString(VECTORS.resolve(name)));
        boolean inclusion = name.startsWith("inclusion");
        ObjectNode ours = JSON.createObjectNode();
        if (inclusion) {
            ours.set("leafIndex", v.get("leafIdx"));
            ours.set("treeSize", v.get("treeSize"));
            ours.put("leafHash", hex(v.get("leafHash")));
            ours.set("proof", proof(v.get("proof")));
            ours.put("rootHash", hex(v.get("root")));
        } else {
            ours.set("size1", v.get("size1"));
            ours.set("size2", v.get("size2"));
            ours.put("root1", hex(v.get("root1")));
            ours.put("root2", hex(v.get("root2")));
            ours.set("proof", proof(v.get("proof")));
        }
        Path file = tmp.resolve("proof.json");
        Files.writeString(file, ours.toString());
        RecordCli.Run r = RecordCli.run(inclusion ? "check-inclusion" : "check-consistency", file.toString());
        String desc = v.get("desc").asString();
        if (ours.toString().matches(".*\"[0-9a-f]{0,63}\".*") || ours.toString().matches(".*\"[0-9a-f]{65,}\".*")) {
            // A "hash" that is not 32 bytes (the vectors' placeholders, e.g. base64 of "don't care"): not a
            // SHA-256 hash, so not a usable proof file here, whatever the Go library says of it.
            assertThat(r.status()).as(desc + ": " + r.all()).isEqualTo(2);
            assertThat(r.err()).contains("a SHA-256 hash is 64 hex digits");
        } else if (v.get("wantErr").asBoolean()) {
            assertThat(r.status()).as(desc + ": " + r.all()).isIn(1, 2);
            assertThat(r.all()).as(desc).containsAnyOf("INVALID: ", "atazan: ");
        } else {
            assertThat(r.status()).as(desc + ": " + r.all()).isZero();
            assertThat(r.out()).startsWith("valid: ");
        }
    }

    private static String hex(JsonNode base64) {
        return base64 == null || base64.isNull() ? "" : HexFormat.of().formatHex(Base64.getDecoder().decode(base64.asString()));
    }

    private static ArrayNode proof(JsonNode p) {
        ArrayNode out = JSON.createArrayNode();
        if (p != null && !p.isNull()) p.forEach(h -> out.add(hex(h)));
        return out;
    }
}

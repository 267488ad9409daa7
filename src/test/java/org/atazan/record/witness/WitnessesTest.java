package org.atazan.record.witness;

import com.sun.net.httpserver.HttpServer;
import org.atazan.record.Checkpoint;
import org.atazan.record.CosignerKey;
import org.atazan.record.Cosignatures;
import org.atazan.record.NoteKey;
import org.atazan.record.Proofs;
import org.atazan.record.PublicRecord;
import org.atazan.record.SignedNote;
import org.atazan.record.TestLogs;
import org.atazan.Cli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The log asks witnesses to cosign its checkpoints (C2SP tlog-witness) and serves their cosignatures;
 * a reader requires them with {@code record verify --witness}. The witness here is a real HTTP server
 * that follows the protocol: it checks the log's signature and the consistency proof from the size it
 * last cosigned, answers 409 with that size when the log asks from another, and cosigns.
 */
class WitnessesTest {
    static final KeyPair LOG = TestLogs.keys();
    static final KeyPair WITNESS = TestLogs.keys();
    static final CosignerKey WITNESS_KEY = CosignerKey.of("witness.test/w1", WITNESS.getPublic());
    @TempDir
    Path tmp;
    HttpServer server;
    long cosignedSize;
    byte[] cosignedRoot;
    int refusals;
    boolean refuseAll;

    @BeforeEach
    void startWitness() throws IOException {
        NoteKey logKey = NoteKey.of(TestLogs.ORIGIN, LOG.getPublic());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/w/add-checkpoint", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int split = body.indexOf("\n\n");
            String[] head = body.substring(0, split).split("\n");
            long old = Long.parseLong(head[0].substring("old ".length()));
            List<byte[]> proof = new ArrayList<>();
            for (int i = 1; i < head.length; i++) proof.add(Base64.getDecoder().decode(head[i]));
            SignedNote note = SignedNote.parse(body.substring(split + 2));
            Checkpoint cp = Checkpoint.parse(note.text());
            int status;
            String answer = "";
            String type = "text/plain";
            if (refuseAll || !note.verifiedBy(logKey)) {
                status = 403;
                refusals++;
            } else if (old != cosignedSize) {
                status = 409;
                answer = cosignedSize + "\n";
                type = "text/x.tlog.size";
            } else if (old > 0 && !Proofs.verifyConsistency(old, cp.size(), cosignedRoot, cp.rootHash(), proof)) {
                status = 422;
            } else {
                cosignedSize = cp.size();
                cosignedRoot = cp.rootHash();
                status = 200;
                SignedNote.Line line = Cosignatures.sign(note.text(), WITNESS_KEY, WITNESS.getPrivate(), 1_767_225_600L);
                answer = new SignedNote(note.text(), List.of(line)).serialized().substring(note.text().length() + 1);
            }
            byte[] out = answer.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", type);
            ex.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
            if (out.length > 0) ex.getResponseBody().write(out);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    Witnesses witnesses(PublicRecord record) {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/w");
        return new Witnesses(record, List.of(Witnesses.Witness.parse(url + " " + WITNESS_KEY.text())));
    }

    static void grow(PublicRecord r, int from, int to) {
        for (int i = from; i < to; i++) r.append("test.decision", "d-" + i, TestLogs.entry(i));
    }

    Cli verify(Path log, String... more) throws IOException {
        Path key = Files.writeString(tmp.resolve("log.vkey"), TestLogs.keyText(LOG));
        Path witness = Files.writeString(tmp.resolve("witness.vkey"), WITNESS_KEY.text() + "\n");
        List<String> args = new ArrayList<>(List.of("record", "verify", log.toString(), "--key", key.toString(),
                "--witness", witness.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void theCheckpointIsServedWithTheWitnessCosignatureAndAReaderRequiresIt() throws IOException {
        PublicRecord record = TestLogs.record(LOG, 300);
        Path unwitnessed = tmp.resolve("log-0");
        TestLogs.write(record, unwitnessed);
        Cli before = verify(unwitnessed);
        assertThat(before.exit()).as(before.out()).isEqualTo(1);
        assertThat(before.out()).contains("0 of the 1 witness cosignatures required");

        Witnesses w = witnesses(record);
        assertThat(w.round()).isEqualTo(1);
        SignedNote note = record.checkpoint();
        assertThat(Cosignatures.validBy(note, List.of(WITNESS_KEY))).containsExactly(WITNESS_KEY);
        Path log = tmp.resolve("log-1");
        TestLogs.write(record, log);
        Cli ok = verify(log);
        assertThat(ok.exit()).as(ok.out()).isZero();
        assertThat(ok.out()).contains("cosigned by witness.test/w1");

        // The log grows: the next round proves consistency from the size the witness cosigned.
        grow(record, 300, 1000);
        assertThat(Checkpoint.parse(record.checkpoint().text()).size()).isEqualTo(1000);
        assertThat(Cosignatures.validBy(record.checkpoint(), List.of(WITNESS_KEY))).as("not yet cosigned").isEmpty();
        assertThat(w.round()).isEqualTo(1);
        assertThat(cosignedSize).isEqualTo(1000);
        assertThat(Cosignatures.validBy(record.checkpoint(), List.of(WITNESS_KEY))).containsExactly(WITNESS_KEY);
    }

    @Test
    void aWitnessThatKnowsAnotherSizeIsAnsweredWithAProofFromItAndARefusalCostsOnlyItsCosignature() {
        PublicRecord record = TestLogs.record(LOG, 500);
        // The witness cosigned size 200 before (by another process of this log, say): 409, then a proof from 200.
        PublicRecord earlier = TestLogs.record(LOG, 200);
        assertThat(witnesses(earlier).round()).isEqualTo(1);
        assertThat(cosignedSize).isEqualTo(200);
        assertThat(witnesses(record).round()).isEqualTo(1);
        assertThat(cosignedSize).isEqualTo(500);

        refuseAll = true;
        grow(record, 500, 600);
        assertThat(witnesses(record).round()).isZero();
        assertThat(refusals).isEqualTo(1);
        assertThat(record.checkpoint().signatures()).hasSize(1);
    }

    @Test
    void aBadWitnessConfigurationIsRefusedWithTheReason() {
        assertThatThrownBy(() -> Witnesses.Witness.parse("http://w.example " + NoteKey.of("x", WITNESS.getPublic()).text()))
                .hasMessageContaining("type 0x04");
        assertThatThrownBy(() -> Witnesses.Witness.parse("ftp://w.example " + WITNESS_KEY.text())).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> Witnesses.Witness.parse("http://w.example")).hasMessageContaining("URL VKEY");
    }
}

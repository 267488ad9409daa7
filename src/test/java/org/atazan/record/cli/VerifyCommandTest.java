package org.atazan.record.cli;

import org.atazan.record.Checkpoint;
import org.atazan.record.NoteKey;
import org.atazan.record.PublicRecord;
import org.atazan.record.SignedNote;
import org.atazan.record.TestLogs;
import org.atazan.record.Tiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code record verify} on logs written to a directory, whole and then tampered with in every way the
 * issue names: each is caught with a message naming the entry or tile (exit 1), unusable input is
 * exit 2, and "verified" is said only when every check held.
 */
class VerifyCommandTest {
    static final KeyPair KEYS = TestLogs.keys();

    @TempDir
    Path tmp;
    Path dir;
    Path key;

    @BeforeEach
    void keyFile() throws IOException {
        dir = tmp.resolve("log");
        key = tmp.resolve("log.vkey");
        Files.writeString(key, TestLogs.keyText(KEYS));
    }

    RecordCli.Run verify(String... more) {
        List<String> args = new ArrayList<>(List.of("verify", dir.toString(), "--key", key.toString()));
        args.addAll(List.of(more));
        return RecordCli.run(args.toArray(String[]::new));
    }

    RecordCli.Run fails(String... more) {
        RecordCli.Run r = verify(more);
        assertThat(r.status()).as(r.all()).isEqualTo(1);
        assertThat(r.out()).contains("NOT verified");
        return r;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 255, 256, 257, 1000, 70_000})
    void aWholeLogVerifies(int size) {
        TestLogs.write(TestLogs.record(KEYS, size), dir);
        RecordCli.Run r = verify();
        assertThat(r.status()).as(r.all()).isZero();
        assertThat(r.out()).contains("ok: checkpoint signed by " + TestLogs.ORIGIN)
                .contains("ok: " + size + " entries in " + Tiles.bundles(size) + " bundles give the checkpoint's root")
                .endsWith("verified: every check holds\n");
        if (size > 0) assertThat(r.out()).contains("hash tiles agree with the entries");
    }

    @Test
    void aFlippedByteInAnEntryIsNamed() throws IOException {
        TestLogs.write(TestLogs.record(KEYS, 300), dir);
        Path bundle = dir.resolve("tile/entries/001.p/44");
        byte[] b = Files.readAllBytes(bundle);
        b[2 + 5] ^= 1; // entry 256's sixth byte
        Files.write(bundle, b);
        assertThat(fails().out()).contains("FAIL: entry 256 (in tile/entries/001.p/44): its hash is not hash 0 of tile/0/001.p/44")
                .contains("FAIL: the 300 entries give root");
    }

    @Test
    void aFlippedByteWithItsTilesRecomputedIsCaughtByTheRoot() throws IOException {
        PublicRecord tampered = new PublicRecord(new org.atazan.record.MemoryStore(), TestLogs.ORIGIN, KEYS.getPrivate(),
                NoteKey.of(TestLogs.ORIGIN, KEYS.getPublic()));
        for (int i = 0; i < 300; i++) {
            byte[] e = TestLogs.entry(i);
            if (i == 17) e[e.length - 3] ^= 1;
            tampered.append("test.decision", "d-" + i, e);
        }
        TestLogs.write(tampered, dir);
        Files.writeString(dir.resolve("checkpoint"), TestLogs.record(KEYS, 300).checkpoint().serialized());
        assertThat(fails().out()).contains("FAIL: the 300 entries give root").contains("these are not the entries that were signed");
    }

    @Test
    void aDroppedEntryIsNamed() throws IOException {
        TestLogs.write(TestLogs.record(KEYS, 300), dir);
        Path bundle = dir.resolve("tile/entries/000");
        List<byte[]> entries = new ArrayList<>(Tiles.entries(Files.readAllBytes(bundle), 256));
        entries.remove(5);
        Files.write(bundle, Tiles.bundle(entries));
        assertThat(fails().out()).contains("FAIL: tile/entries/000 (entries 0 to 255) is malformed: 255 entries, not 256");
    }

    @Test
    void aDroppedEntryWithTheLogRewrittenIsCaught() {
        PublicRecord shorter = new PublicRecord(new org.atazan.record.MemoryStore(), TestLogs.ORIGIN, KEYS.getPrivate(),
                NoteKey.of(TestLogs.ORIGIN, KEYS.getPublic()));
        for (int i = 0; i < 301; i++) if (i != 40) shorter.append("test.decision", "d-" + i, TestLogs.entry(i));
        TestLogs.write(shorter, dir);
        try {
            Files.writeString(dir.resolve("checkpoint"), TestLogs.record(KEYS, 300).checkpoint().serialized());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(fails().out()).contains("FAIL: the 300 entries give root");
    }

    @Test
    void aReorderedPairIsNamed() throws IOException {
        TestLogs.write(TestLogs.record(KEYS, 300), dir);
        Path bundle = dir.resolve("tile/entries/000");
        List<byte[]> entries = new ArrayList<>(Tiles.entries(Files.readAllBytes(bundle), 256));
        entries.set(3, entries.set(4, entries.get(3)));
        Files.write(bundle, Tiles.bundle(entries));
        assertThat(fails().out()).contains("FAIL: entry 3 (in tile/entries/000)").contains("FAIL: entry 4 (in tile/entries/000)");
    }

    @Test
    void aKeptCheckpointOfTheSameHistoryIsAPrefix() throws IOException {
        PublicRecord r = TestLogs.record(KEYS, 300);
        Path kept = tmp.resolve("kept");
        Files.writeString(kept, r.checkpoint().serialized());
        for (int i = 300; i < 1000; i++) r.append("test.decision", "d-" + i, TestLogs.entry(i));
        TestLogs.write(r, dir);
        RecordCli.Run ok = verify("--since", kept.toString());
        assertThat(ok.status()).as(ok.all()).isZero();
        assertThat(ok.out()).contains("ok: your checkpoint of 300 entries is a prefix of this log");
        // The bare checkpoint text is accepted as well.
        Files.writeString(kept, SignedNote.parse(Files.readString(kept)).text());
        assertThat(verify("--since", kept.toString()).status()).isZero();
    }

    @Test
    void aForkedCheckpointOfTheSameSizeIsAFork() throws IOException {
        TestLogs.write(TestLogs.record(KEYS, 300), dir);
        Path kept = tmp.resolve("kept");
        Files.writeString(kept, forked(300).checkpoint().serialized());
        assertThat(fails("--since", kept.toString()).out())
                .contains("FAIL: fork: your checkpoint and this one both have 300 entries but other roots");
    }

    @Test
    void aRewrittenHistoryBeforeTheKeptCheckpointIsAFork() throws IOException {
        TestLogs.write(TestLogs.record(KEYS, 1000), dir);
        Path kept = tmp.resolve("kept");
        Files.writeString(kept, forked(300).checkpoint().serialized());
        assertThat(fails("--since", kept.toString()).out()).contains("FAIL: fork: the first 300 entries of this log give root");
    }

    @Test
    void aLogShorterThanTheKeptCheckpointWasRolledBack() throws IOException {
        TestLogs.write(TestLogs.record(KEYS, 100), dir);
        Path kept = tmp.resolve("kept");
        Files.writeString(kept, TestLogs.record(KEYS, 300).checkpoint().serialized());
        assertThat(fails("--since", kept.toString()).out()).contains("FAIL: your checkpoint has 300 entries, this log only 100");
    }

    /** The same log with entry 10 changed: another history, signed by the same key. */
    static PublicRecord forked(int size) {
        PublicRecord r = new PublicRecord(new org.atazan.record.MemoryStore(), TestLogs.ORIGIN, KEYS.getPrivate(),
                NoteKey.of(TestLogs.ORIGIN, KEYS.getPublic()));
        for (int i = 0; i < size; i++) r.append("test.decision", "d-" + i, i == 10 ? "{\"other\":true}".getBytes() : TestLogs.entry(i));
        return r;
    }

    @Test
    void aWrongKeyIsNamed() throws IOException {
        TestLogs.write(TestLogs.record(KEYS, 10), dir);
        Files.writeString(key, NoteKey.of(TestLogs.ORIGIN, TestLogs.keys().getPublic()).text());
        assertThat(fails().out()).contains("FAIL: the checkpoint has no signature by key " + TestLogs.ORIGIN + "+")
                .contains("nothing else checked");
    }

    @Test
    void aBadSignatureIsNamed() throws IOException {
        TestLogs.write(TestLogs.record(KEYS, 10), dir);
        String note = Files.readString(dir.resolve("checkpoint"));
        Files.writeString(dir.resolve("checkpoint"), note.replace("\n10\n", "\n11\n"));
        assertThat(fails().out()).contains("FAIL: the checkpoint's signature by " + TestLogs.ORIGIN + " does not verify");
    }

    @Test
    void anUnknownOriginIsNamed() throws IOException {
        TestLogs.write(TestLogs.record(KEYS, 10), dir);
        Files.writeString(key, NoteKey.of("other.example/log", KEYS.getPublic()).text());
        assertThat(fails().out()).contains("FAIL: the checkpoint is of log '" + TestLogs.ORIGIN + "', the key is of log 'other.example/log'");
    }

    @Test
    void malformedTilesAndBundlesAreNamed() throws IOException {
        TestLogs.write(TestLogs.record(KEYS, 70_000), dir);
        Files.write(dir.resolve("tile/0/005"), new byte[100]);
        Files.write(dir.resolve("tile/1/000"), new byte[256 * 32]);
        RecordCli.Run r = fails();
        assertThat(r.out()).contains("FAIL: tile/0/005 is malformed: 100 bytes, not 256 hashes of 32 bytes")
                .contains("FAIL: tile/1/000: hash 0 is not the one the entries give (the subtree of entries from 0)")
                .contains("FAIL: tile/1/000: hash 9 is not the one the entries give").contains("and 246 more hashes of tiles above level 0");
        Files.write(dir.resolve("tile/entries/002"), new byte[]{0, 9, 1});
        assertThat(fails().out()).contains("FAIL: tile/entries/002 (entries 512 to 767) is malformed: entry 0: 9 bytes announced, 1 left");
    }

    @Test
    void aCheckpointBeyondTheTilesIsNamed() throws IOException {
        PublicRecord r = TestLogs.record(KEYS, 300);
        TestLogs.write(r, dir);
        for (int i = 300; i < 600; i++) r.append("test.decision", "d-" + i, TestLogs.entry(i));
        Files.writeString(dir.resolve("checkpoint"), r.checkpoint().serialized());
        assertThat(fails().out()).contains("FAIL: tile/entries/001 is missing: entries 256 to 511 cannot be checked");
    }

    @Test
    void unusableInputIsExitTwoWithTheReason() throws IOException {
        Files.createDirectories(dir);
        RecordCli.Run r = verify();
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).contains("unusable: no checkpoint at " + dir).contains("NOT verified");

        Files.writeString(dir.resolve("checkpoint"), "not a note");
        assertThat(verify().out()).contains("unusable: checkpoint at " + dir + " is not a signed checkpoint");

        Files.writeString(key, "garbage");
        r = verify();
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("key file " + key + ": not a verifier key");

        r = RecordCli.run("verify", tmp.resolve("nowhere").toString(), "--key", key.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("key file");
        Files.writeString(key, TestLogs.keyText(KEYS));
        r = RecordCli.run("verify", tmp.resolve("nowhere").toString(), "--key", key.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("nowhere: not a directory, nor an http(s) address");

        Path kept = tmp.resolve("kept");
        Files.writeString(kept, "x\n");
        r = verify("--since", kept.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("checkpoint file " + kept + ": a checkpoint has an origin");
        Files.writeString(kept, new Checkpoint("other/log", 1, new byte[32]).text());
        assertThat(verify("--since", kept.toString()).err()).contains("it is a checkpoint of 'other/log'");
        Files.write(kept, new byte[100_000]);
        assertThat(verify("--since", kept.toString()).err()).contains("longer than 65536 bytes");
    }
}

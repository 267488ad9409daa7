package org.atazan.record.cli;

import org.atazan.record.MemoryStore;
import org.atazan.record.NoteKey;
import org.atazan.record.PublicRecord;
import org.atazan.record.SignedNote;
import org.atazan.record.TestLogs;
import org.atazan.record.persistence.KeyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rotating the log's key: the old key co-signs until its file is removed (a verifier holding only it
 * follows the log meanwhile), a compromised key signs nothing from the rotation on, every key stays
 * published, and checkpoints signed before verify with the key that signed them.
 */
class KeyRotationTest {
    static final String ORIGIN = TestLogs.ORIGIN;
    @TempDir
    Path tmp;

    /** The log as the platform builds it from the key directory at start. */
    PublicRecord record(MemoryStore store, Path keys) {
        List<PublicRecord.Signer> signers = new ArrayList<>();
        signers.add(KeyFiles.current(keys, ORIGIN));
        signers.addAll(KeyFiles.coSigners(keys, ORIGIN));
        return new PublicRecord(store, ORIGIN, signers, KeyFiles.earlier(keys, ORIGIN));
    }

    Path vkey(String name, NoteKey key) throws IOException {
        return Files.writeString(tmp.resolve(name), key.text() + "\n");
    }

    void grow(PublicRecord r, int from, int to) {
        for (int i = from; i < to; i++) r.append("test.decision", "d-" + i, TestLogs.entry(i));
    }

    @Test
    void theOldKeyCoSignsUntilRemovedAndEveryCheckpointVerifiesWithTheKeyThatSignedIt() throws IOException {
        Path keys = tmp.resolve("keys");
        MemoryStore store = new MemoryStore();
        PublicRecord before = record(store, keys);
        NoteKey old = before.verifier();
        grow(before, 0, 300);
        String oldCheckpoint = TestLogs.write(before, tmp.resolve("log-before"));
        Path oldKey = vkey("old.vkey", old);

        RecordCli.Run rotated = RecordCli.run("rotate-key", "--key-dir", keys.toString(), "--origin", ORIGIN);
        assertThat(rotated.status()).as(rotated.all()).isZero();
        PublicRecord after = record(store, keys);
        NoteKey fresh = after.verifier();
        assertThat(fresh).isNotEqualTo(old);
        assertThat(rotated.out()).contains(fresh.text()).contains("co-signs");
        assertThat(after.keys()).containsExactly(fresh, old);
        assertThat(after.signs(old)).isTrue();

        grow(after, 300, 700);
        Path log = tmp.resolve("log-after");
        SignedNote note = SignedNote.parse(TestLogs.write(after, log));
        assertThat(note.signatures()).hasSize(2);
        assertThat(note.verifiedBy(fresh)).isTrue();
        assertThat(note.verifiedBy(old)).isTrue();
        Files.writeString(tmp.resolve("seen.checkpoint"), oldCheckpoint);
        Path newKey = vkey("new.vkey", fresh);
        // A reader who kept only the old key follows the log, and the checkpoint it kept is a prefix.
        RecordCli.Run withOld = RecordCli.run("verify", log.toString(), "--key", oldKey.toString(), "--since", tmp.resolve("seen.checkpoint").toString());
        assertThat(withOld.status()).as(withOld.all()).isZero();
        RecordCli.Run withBoth = RecordCli.run("verify", log.toString(), "--key", newKey.toString(), "--key", oldKey.toString(),
                "--since", tmp.resolve("seen.checkpoint").toString());
        assertThat(withBoth.status()).as(withBoth.all()).isZero();

        // The co-signing ends when the old private key is removed; the old key is still published.
        try (var files = Files.list(keys.resolve("retired"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".pk8")).toList()) Files.delete(p);
        }
        PublicRecord later = record(store, keys);
        grow(later, 700, 800);
        SignedNote last = SignedNote.parse(TestLogs.write(later, tmp.resolve("log-later")));
        assertThat(last.signatures()).hasSize(1);
        assertThat(later.keys()).containsExactly(fresh, old);
        assertThat(later.signs(old)).isFalse();
        RecordCli.Run onlyOld = RecordCli.run("verify", tmp.resolve("log-later").toString(), "--key", oldKey.toString());
        assertThat(onlyOld.status()).isEqualTo(1);
        assertThat(onlyOld.out()).contains("no signature by key " + ORIGIN + "+" + String.format("%08x", old.keyHash()));
        // With every key of /record/keys the reader verifies the log and its old checkpoint.
        RecordCli.Run ring = RecordCli.run("verify", tmp.resolve("log-later").toString(), "--key", newKey.toString(),
                "--key", oldKey.toString(), "--since", tmp.resolve("seen.checkpoint").toString());
        assertThat(ring.status()).as(ring.all()).isZero();
    }

    @Test
    void aCompromisedKeySignsNothingFromTheRotationOn() throws IOException {
        Path keys = tmp.resolve("keys");
        MemoryStore store = new MemoryStore();
        NoteKey old = record(store, keys).verifier();
        RecordCli.Run r = RecordCli.run("rotate-key", "--key-dir", keys.toString(), "--origin", ORIGIN, "--compromised");
        assertThat(r.status()).as(r.all()).isZero();
        try (var files = Files.list(keys.resolve("retired"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .containsExactly(String.format("%08x", old.keyHash()) + ".pub");
        }
        PublicRecord after = record(store, keys);
        grow(after, 0, 10);
        SignedNote note = after.checkpoint();
        assertThat(note.signatures()).hasSize(1);
        assertThat(note.verifiedBy(old)).isFalse();
        assertThat(after.keys()).contains(old);
    }

    @Test
    void nothingToRotateIsSaidPlainly() {
        RecordCli.Run r = RecordCli.run("rotate-key", "--key-dir", tmp.resolve("none").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("no key directory");
    }
}

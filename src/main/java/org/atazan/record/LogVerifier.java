package org.atazan.record;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;

/**
 * Verifies a whole log laid out as C2SP tlog-tiles, trusting nothing but the log's verifier key and,
 * optionally, a checkpoint kept from before: the checkpoint is signed by the key; every entry bundle
 * is there, well formed and as long as the tree says; the entries' hashes give the checkpoint's root;
 * every hash tile is what the entries give; the kept checkpoint's root is what the first entries give
 * (a prefix: no history was rewritten). Reads bundle by bundle and keeps one hash per 256 entries.
 * The verdict holds only if every check ran and held; a log that cannot be read is unusable input,
 * never a partial "verified".
 */
public final class LogVerifier {
    /** How many problems of one kind are listed before "and N more". */
    static final int LISTED = 10;
    /** Reads in flight at once, and how many bundles ahead they go. */
    static final int READERS = 8;
    static final int AHEAD = 16;

    public enum Outcome {
        /** Every check ran and held: exit 0. */
        HOLDS(0),
        /** Something does not hold, named in the report: exit 1. */
        DOES_NOT_HOLD(1),
        /** The input cannot be used (missing checkpoint, unreadable key, network): exit 2. */
        UNUSABLE(2);

        public final int exitCode;

        Outcome(int exitCode) {
            this.exitCode = exitCode;
        }
    }

    /** The verdict and its lines, in the order the checks ran. */
    public record Report(Outcome outcome, List<String> lines) {
        public String text() {
            return String.join("\n", lines) + "\n";
        }
    }

    /** Unusable input: thrown inside, reported as {@link Outcome#UNUSABLE}. */
    static final class Unusable extends Exception {
        Unusable(String message) {
            super(message);
        }
    }

    private final TileSource source;
    /** The keys trusted (after a rotation, the old and the new); the one that signed the checkpoint is used. */
    private final List<NoteKey> keys;
    private NoteKey key;
    private final WitnessPolicy policy;
    private final Checkpoint kept;
    private final Consumer<String> progress;
    private final List<String> lines = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private int unlisted;
    /** Reads started ahead (over HTTP, a log is thousands of small files): path to the read in flight. */
    private final java.util.Map<String, java.util.concurrent.Future<byte[]>> ahead = new java.util.HashMap<>();
    private java.util.concurrent.ExecutorService readers;

    /** Witnesses a reader trusts, and how many of them must have cosigned the checkpoint (C2SP tlog-cosignature). */
    public record WitnessPolicy(List<CosignerKey> witnesses, int required) {
        public static final WitnessPolicy NONE = new WitnessPolicy(List.of(), 0);

        public WitnessPolicy {
            witnesses = List.copyOf(witnesses);
            if (required < 0 || required > witnesses.size()) {
                throw new IllegalArgumentException("required cosignatures: 0 to " + witnesses.size() + " (the witnesses given), not " + required);
            }
        }
    }

    private LogVerifier(TileSource source, List<NoteKey> keys, WitnessPolicy policy, Checkpoint kept, Consumer<String> progress) {
        if (keys.isEmpty()) throw new IllegalArgumentException("at least one verifier key");
        this.policy = policy;
        this.source = source;
        this.keys = List.copyOf(keys);
        this.key = keys.get(0);
        this.kept = kept;
        this.progress = progress;
    }

    /**
     * Reads a checkpoint kept from before: a signed note (its signature by {@code key} is checked) or the
     * bare checkpoint text. Refused, with the reason, when it is neither or is another log's.
     */
    public static Checkpoint keptCheckpoint(String text, NoteKey key) {
        return keptCheckpoint(text, List.of(key));
    }

    /** As {@link #keptCheckpoint(String, NoteKey)}, with the keys of a log that rotated its key. */
    public static Checkpoint keptCheckpoint(String text, List<NoteKey> keys) {
        Checkpoint c;
        String name = keys.get(0).name();
        if (text.contains("\n\n")) {
            SignedNote note = SignedNote.parse(text);
            NoteKey key = signerAmong(note, keys);
            c = Checkpoint.parse(note.text());
            if (note.signatures().stream().anyMatch(l -> l.keyName().equals(key.name())) && !note.verifiedBy(key)) {
                throw new IllegalArgumentException("its signature by " + key.name() + " does not verify: it is not a checkpoint this log signed");
            }
        } else {
            c = Checkpoint.parse(text);
        }
        if (!c.origin().equals(name)) {
            throw new IllegalArgumentException("it is a checkpoint of '" + c.origin() + "', not of '" + name + "'");
        }
        return c;
    }

    /** Verifies the log at {@code source}; {@code kept} may be null; {@code progress} hears one line per check as it runs. */
    public static Report verify(TileSource source, NoteKey key, Checkpoint kept, Consumer<String> progress) {
        return verify(source, List.of(key), kept, progress);
    }

    /**
     * Verifies with any of several keys of the log (its current and earlier keys, after a rotation): the
     * checkpoint must carry a valid signature by one of them.
     */
    public static Report verify(TileSource source, List<NoteKey> keys, Checkpoint kept, Consumer<String> progress) {
        return verify(source, keys, WitnessPolicy.NONE, kept, progress);
    }

    /** As above, and the checkpoint must carry valid cosignatures of at least {@code policy.required()} trusted witnesses. */
    public static Report verify(TileSource source, List<NoteKey> keys, WitnessPolicy policy, Checkpoint kept, Consumer<String> progress) {
        LogVerifier v = new LogVerifier(source, keys, policy, kept, progress);
        v.readers = java.util.concurrent.Executors.newFixedThreadPool(READERS, r -> {
            Thread t = new Thread(r, "record-verify-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            v.run();
        } catch (Unusable e) {
            v.say("unusable: " + e.getMessage());
            v.say("NOT verified: the log could not be read to the end; nothing above is a verdict on the whole log");
            return new Report(Outcome.UNUSABLE, List.copyOf(v.lines));
        } finally {
            v.readers.shutdownNow();
        }
        if (v.problems.isEmpty()) {
            v.say("verified: every check holds");
            return new Report(Outcome.HOLDS, List.copyOf(v.lines));
        }
        int n = v.problems.size() + v.unlisted;
        v.say("NOT verified: " + n + (n == 1 ? " problem" : " problems"));
        return new Report(Outcome.DOES_NOT_HOLD, List.copyOf(v.lines));
    }

    public static Report verify(TileSource source, NoteKey key, Checkpoint kept) {
        return verify(source, key, kept, line -> { });
    }

    private void say(String line) {
        lines.add(line);
        progress.accept(line);
    }

    private void ok(String what) {
        say("ok: " + what);
    }

    private void fail(String what) {
        if (problems.size() >= LISTED * 3) {
            unlisted++;
            return;
        }
        problems.add(what);
        say("FAIL: " + what);
    }

    /** The first trusted key that has a signature line on the note, or the first key when none has. */
    static NoteKey signerAmong(SignedNote note, List<NoteKey> keys) {
        for (NoteKey k : keys) {
            if (note.signatures().stream().anyMatch(l -> l.keyName().equals(k.name()) && l.keyHash() == k.keyHash())) return k;
        }
        return keys.get(0);
    }

    private void run() throws Unusable {
        byte[] raw = read("checkpoint", TileSource.MAX_CHECKPOINT, true);
        SignedNote note;
        Checkpoint cp;
        try {
            note = SignedNote.parse(new String(raw, StandardCharsets.UTF_8));
            cp = Checkpoint.parse(note.text());
        } catch (IllegalArgumentException e) {
            throw new Unusable("checkpoint at " + source.where() + " is not a signed checkpoint: " + e.getMessage());
        }
        say("log '" + cp.origin() + "': " + cp.size() + " entries, root " + b64(cp.rootHash()) + " (checkpoint of " + source.where() + ")");
        key = signerAmong(note, keys);
        if (!cp.origin().equals(key.name())) {
            fail("the checkpoint is of log '" + cp.origin() + "', the key is of log '" + key.name()
                    + "': another log, or the wrong key; nothing else checked");
            return;
        }
        if (note.signatures().stream().noneMatch(l -> l.keyName().equals(key.name()) && l.keyHash() == key.keyHash())) {
            fail("the checkpoint has no signature by key " + key.name() + "+" + String.format("%08x", key.keyHash())
                    + " (signed by: " + String.join(", ", note.signatures().stream()
                    .map(l -> l.keyName() + "+" + String.format("%08x", l.keyHash())).toList())
                    + "): the wrong key, or not this log's checkpoint; nothing else checked");
            return;
        }
        if (!note.verifiedBy(key)) {
            fail("the checkpoint's signature by " + key.name() + " does not verify: the checkpoint was altered"
                    + " or signed by another key of the same name; nothing else checked");
            return;
        }
        ok("checkpoint signed by " + key.name() + "+" + String.format("%08x", key.keyHash()));
        if (policy.required() > 0) {
            List<CosignerKey> by = Cosignatures.validBy(note, policy.witnesses());
            for (CosignerKey w : by) ok("cosigned by " + w.name() + "+" + String.format("%08x", w.keyId()));
            if (by.size() < policy.required()) {
                fail(by.size() + " of the " + policy.required() + " witness cosignatures required: the checkpoint was not seen,"
                        + " or not as consistent, by enough of the witnesses you trust (another view of the log may exist)");
            }
        }
        if (kept != null && kept.size() > cp.size()) {
            fail("your checkpoint has " + kept.size() + " entries, this log only " + cp.size()
                    + ": the log was rolled back, or this is another history (fork)");
        }
        entries(cp);
    }

    private void entries(Checkpoint cp) throws Unusable {
        long size = cp.size();
        TreeLevels levels = new TreeLevels();
        List<byte[]> lastLeaves = List.of();
        List<byte[]> keptLeaves = List.of();
        long keptBlock = kept == null || kept.size() > size || kept.size() % Tiles.WIDTH == 0 ? -1 : kept.size() / Tiles.WIDTH;
        long bundles = Tiles.bundles(size);
        int leafProblems = 0;
        for (long b = 0; b < bundles; b++) {
            for (long a = b + 1; source.remote() && a <= b + AHEAD && a < bundles; a++) {
                readAhead(Tiles.tileAt(Tiles.ENTRIES, a, size).path(), TileSource.MAX_BUNDLE);
                readAhead(Tiles.tileAt(0, a, size).path(), TileSource.MAX_TILE);
            }
            Tiles.Tile bundleTile = Tiles.tileAt(Tiles.ENTRIES, b, size);
            Tiles.Tile hashTile = Tiles.tileAt(0, b, size);
            byte[] bundle = read(bundleTile.path(), TileSource.MAX_BUNDLE, false);
            if (bundle == null) {
                fail(bundleTile.path() + " is missing: entries " + bundleTile.firstLeaf() + " to "
                        + (bundleTile.firstLeaf() + bundleTile.width() - 1) + " cannot be checked; the root was not recomputed");
                return;
            }
            List<byte[]> entries;
            try {
                entries = Tiles.entries(bundle, bundleTile.width());
            } catch (IllegalArgumentException e) {
                fail(bundleTile.path() + " (entries " + bundleTile.firstLeaf() + " to " + (bundleTile.firstLeaf() + bundleTile.width() - 1)
                        + ") is malformed: " + e.getMessage() + "; the root was not recomputed");
                return;
            }
            List<byte[]> leaves = new ArrayList<>(entries.size());
            for (byte[] e : entries) leaves.add(Merkle.leafHash(e));
            byte[] tile = read(hashTile.path(), TileSource.MAX_TILE, false);
            if (tile == null) {
                fail(hashTile.path() + " is missing");
            } else if (tile.length != hashTile.width() * Merkle.HASH_BYTES) {
                fail(hashTile.path() + " is malformed: " + tile.length + " bytes, not " + hashTile.width() + " hashes of 32 bytes");
            } else {
                for (int i = 0; i < leaves.size(); i++) {
                    if (!MessageDigest.isEqual(leaves.get(i), slice(tile, i))) {
                        if (leafProblems++ < LISTED) {
                            fail("entry " + (bundleTile.firstLeaf() + i) + " (in " + bundleTile.path() + "): its hash is not hash " + i
                                    + " of " + hashTile.path() + ": the entry or the tile was changed");
                        } else {
                            unlisted++;
                        }
                    }
                }
            }
            if (bundleTile.full()) levels.addBlock(leaves);
            else lastLeaves = leaves;
            if (b == keptBlock) keptLeaves = leaves;
            if (b % 1024 == 1023) progress.accept("  ... " + (b + 1) * Tiles.WIDTH + " entries read");
        }
        if (leafProblems > LISTED) say("  (and " + (leafProblems - LISTED) + " more entries whose hashes differ from their tile)");

        // The tiles above level 0: each the hashes recomputed from the entries.
        int tiles = 0;
        int tileProblems = 0;
        for (Tiles.Tile t : Tiles.hashTiles(size)) {
            if (t.level() == 0) continue;
            tiles++;
            byte[] tile = read(t.path(), TileSource.MAX_TILE, false);
            if (tile == null) {
                fail(t.path() + " is missing");
                continue;
            }
            if (tile.length != t.width() * Merkle.HASH_BYTES) {
                fail(t.path() + " is malformed: " + tile.length + " bytes, not " + t.width() + " hashes of 32 bytes");
                continue;
            }
            List<byte[]> want = levels.tile(t.level(), t.index(), t.width());
            for (int i = 0; i < want.size(); i++) {
                if (!MessageDigest.isEqual(want.get(i), slice(tile, i))) {
                    if (tileProblems++ < LISTED) {
                        fail(t.path() + ": hash " + i + " is not the one the entries give (the subtree of entries from "
                                + (t.firstLeaf() + i * Tiles.leavesPerHash(t.level())) + ")");
                    } else {
                        unlisted++;
                    }
                }
            }
        }

        if (tileProblems > LISTED) say("  (and " + (tileProblems - LISTED) + " more hashes of tiles above level 0 that differ from the entries)");

        List<byte[]> last = lastLeaves;
        long lastStart = size / Tiles.WIDTH * Tiles.WIDTH;
        byte[] root = new MerkleTree(i -> last.get(Math.toIntExact(i - lastStart)), levels).root(size);
        if (MessageDigest.isEqual(root, cp.rootHash())) {
            ok(size + " entries in " + bundles + " bundles give the checkpoint's root");
        } else {
            fail("the " + size + " entries give root " + b64(root) + ", the checkpoint says " + b64(cp.rootHash())
                    + ": these are not the entries that were signed");
        }
        if (tiles + bundles > 0 && leafProblems == 0 && tileProblems == 0) {
            ok((bundles + tiles) + " hash tiles agree with the entries");
        }

        if (kept != null && kept.size() <= size) {
            List<byte[]> kl = keptLeaves;
            long keptStart = kept.size() / Tiles.WIDTH * Tiles.WIDTH;
            byte[] keptRoot = new MerkleTree(i -> kl.get(Math.toIntExact(i - keptStart)), levels).root(kept.size());
            if (!MessageDigest.isEqual(keptRoot, kept.rootHash())) {
                fail(kept.size() == size
                        ? "fork: your checkpoint and this one both have " + size + " entries but other roots (yours "
                        + b64(kept.rootHash()) + ", this log's " + b64(cp.rootHash()) + ")"
                        : "fork: the first " + kept.size() + " entries of this log give root " + b64(keptRoot) + ", your checkpoint says "
                        + b64(kept.rootHash()) + ": the history you saw was rewritten");
            } else {
                ok("your checkpoint of " + kept.size() + " entries is a prefix of this log (its root recomputed from the first "
                        + kept.size() + " entries)");
            }
        }
    }

    private static byte[] slice(byte[] tile, int i) {
        byte[] h = new byte[Merkle.HASH_BYTES];
        System.arraycopy(tile, i * Merkle.HASH_BYTES, h, 0, Merkle.HASH_BYTES);
        return h;
    }

    private void readAhead(String path, int max) {
        ahead.computeIfAbsent(path, p -> readers.submit(() -> source.read(p, max)));
    }

    /** The bytes at path; null when missing (unless required); unusable when unreadable. */
    private byte[] read(String path, int max, boolean required) throws Unusable {
        try {
            java.util.concurrent.Future<byte[]> started = ahead.remove(path);
            if (started == null) return source.read(path, max);
            try {
                return started.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Unusable("interrupted while reading " + path);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof IOException io) throw io;
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw new IllegalStateException(e.getCause());
            }
        } catch (NoSuchFileException e) {
            if (required) throw new Unusable("no " + path + " at " + source.where());
            return null;
        } catch (TileSource.TooLarge e) {
            if (required) throw new Unusable(e.getMessage());
            fail(e.getMessage() + ": malformed");
            return new byte[0];
        } catch (IOException e) {
            throw new Unusable("cannot read " + path + " at " + source.where() + ": " + e.getMessage());
        }
    }

    static String b64(byte[] h) {
        return Base64.getEncoder().encodeToString(h);
    }
}

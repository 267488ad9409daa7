package org.atazan.record.persistence;

import org.atazan.record.NoteKey;
import org.atazan.record.PublicRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The log's keys in files, outside the database (a copy of the database cannot sign):
 * {@code log-key.pk8} and {@code log-key.pub} the current key, made at the first start; after a
 * rotation, {@code retired/<keyhash>.pub} each earlier key, and {@code retired/<keyhash>.pk8} while
 * it still co-signs. Deleting that file ends its co-signing; a rotation for a compromised key deletes
 * it at once. Private keys are readable by their owner only.
 */
public final class KeyFiles {
    static final String PRIVATE = "log-key.pk8";
    static final String PUBLIC = "log-key.pub";
    static final String RETIRED = "retired";

    private KeyFiles() {
    }

    /** The keys of the log named {@code origin} in {@code dir}: the current key made if there is none. */
    public static PublicRecord.Signer current(Path dir, String origin) {
        KeyPair pair = loadOrCreate(dir);
        return new PublicRecord.Signer(pair.getPrivate(), NoteKey.of(origin, pair.getPublic()));
    }

    /** Earlier keys that still co-sign (their private key is kept), newest first. */
    public static List<PublicRecord.Signer> coSigners(Path dir, String origin) {
        List<PublicRecord.Signer> out = new ArrayList<>();
        for (Path pub : retired(dir)) {
            Path priv = pub.resolveSibling(name(pub) + ".pk8");
            if (Files.exists(priv)) {
                KeyPair pair = read(priv, pub);
                out.add(new PublicRecord.Signer(pair.getPrivate(), NoteKey.of(origin, pair.getPublic())));
            }
        }
        return out;
    }

    /** Every earlier key, co-signing or not, newest first. */
    public static List<NoteKey> earlier(Path dir, String origin) {
        List<NoteKey> out = new ArrayList<>();
        for (Path pub : retired(dir)) out.add(NoteKey.of(origin, publicKey(pub)));
        return out;
    }

    /**
     * Makes a new current key; the old one is kept under {@code retired/}, co-signing until its private
     * key file is deleted, or, when {@code compromised}, with its private key deleted at once. The
     * platform uses the new key from its next start.
     */
    public static NoteKey rotate(Path dir, String origin, boolean compromised) {
        Path priv = dir.resolve(PRIVATE);
        Path pub = dir.resolve(PUBLIC);
        if (!Files.exists(priv) || !Files.exists(pub)) {
            throw new IllegalArgumentException("no key to rotate in " + dir + " (" + PRIVATE + " and " + PUBLIC + ")");
        }
        NoteKey old = NoteKey.of(origin, publicKey(pub));
        try {
            Path retired = Files.createDirectories(dir.resolve(RETIRED));
            String hash = String.format("%08x", old.keyHash());
            Files.move(pub, retired.resolve(hash + ".pub"), StandardCopyOption.REPLACE_EXISTING);
            if (compromised) {
                Files.delete(priv);
            } else {
                Files.move(priv, retired.resolve(hash + ".pk8"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the public record's key in " + dir, e);
        }
        return current(dir, origin).verifier();
    }

    static KeyPair loadOrCreate(Path dir) {
        Path privateFile = dir.resolve(PRIVATE);
        Path publicFile = dir.resolve(PUBLIC);
        if (Files.exists(privateFile)) return read(privateFile, publicFile);
        try {
            Files.createDirectories(dir);
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Files.write(publicFile, pair.getPublic().getEncoded(), StandardOpenOption.CREATE_NEW);
            Files.write(privateFile, pair.getPrivate().getEncoded(), StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without POSIX permissions: the directory's own protection applies
            }
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException("the public record's key in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is missing from this Java", e);
        }
    }

    private static KeyPair read(Path privateFile, Path publicFile) {
        try {
            KeyFactory ed = KeyFactory.getInstance("Ed25519");
            PrivateKey priv = ed.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)));
            return new KeyPair(publicKey(publicFile), priv);
        } catch (IOException e) {
            throw new UncheckedIOException("the public record's key " + privateFile, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the public record's key " + privateFile + " cannot be read", e);
        }
    }

    private static PublicKey publicKey(Path file) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("the public record's key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the public record's key " + file + " cannot be read", e);
        }
    }

    /** The retired public keys, newest first (by the time they were retired). */
    private static List<Path> retired(Path dir) {
        Path retired = dir.resolve(RETIRED);
        if (!Files.isDirectory(retired)) return List.of();
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(retired, "*.pub")) {
            files.forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException("the public record's keys in " + retired, e);
        }
        java.util.Map<Path, java.nio.file.attribute.FileTime> retiredAt = new java.util.HashMap<>();
        for (Path p : out) {
            try {
                retiredAt.put(p, Files.getLastModifiedTime(p)); // once per file, not once per comparison
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.sort(Comparator.comparing((Path p) -> retiredAt.get(p), Comparator.reverseOrder()).thenComparing(Path::toString));
        return out;
    }

    private static String name(Path pub) {
        String n = pub.getFileName().toString();
        return n.substring(0, n.length() - ".pub".length());
    }
}

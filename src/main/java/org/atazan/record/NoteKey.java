package org.atazan.record;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An Ed25519 verifier key of the C2SP signed-note format: a name, the 4-byte key hash that signature
 * lines carry, and the public key. Written as the name, the key hash in hex and base64 of 0x01 and
 * the key, joined by plus signs: the form in which a verifier is published and configured.
 */
public record NoteKey(String name, int keyHash, byte[] publicKey) {
    static final byte ED25519 = 0x01;
    /** X.509 SubjectPublicKeyInfo prefix of an Ed25519 key: the JDK's encoding is this and the 32 raw bytes. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    public NoteKey {
        checkName(name);
        if (publicKey == null || publicKey.length != 32) throw new IllegalArgumentException("an Ed25519 public key has 32 bytes");
        publicKey = publicKey.clone();
        if (keyHash != hashOf(name, publicKey)) throw new IllegalArgumentException("key hash does not match the name and key");
    }

    public static NoteKey of(String name, byte[] publicKey) {
        return new NoteKey(name, hashOf(name, publicKey), publicKey);
    }

    public static NoteKey of(String name, PublicKey key) {
        byte[] encoded = key.getEncoded();
        return of(name, Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length));
    }

    /** Reads a verifier key written as name, key hash and key joined by plus signs. */
    public static NoteKey parse(String vkey) {
        String[] parts = vkey.strip().split("\\+", 3); // the base64 key may hold "+" itself
        if (parts.length != 3) throw new IllegalArgumentException("a verifier key is name+hash+key");
        byte[] key = Base64.getDecoder().decode(parts[2]);
        if (key.length != 33 || key[0] != ED25519) throw new IllegalArgumentException("not an Ed25519 verifier key");
        return new NoteKey(parts[0], Integer.parseUnsignedInt(parts[1], 16), Arrays.copyOfRange(key, 1, 33));
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    public String text() {
        byte[] typed = new byte[33];
        typed[0] = ED25519;
        System.arraycopy(publicKey, 0, typed, 1, 32);
        return name + "+" + String.format("%08x", keyHash) + "+" + Base64.getEncoder().encodeToString(typed);
    }

    PublicKey jdkKey() {
        try {
            byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + 32);
            System.arraycopy(publicKey, 0, encoded, X509_PREFIX.length, 32);
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    // The first four bytes of SHA-256(name || '\n' || 0x01 || key), big-endian. (A line comment: Spring
    // Modulith's documentation source cannot read the javadoc of a method with an array parameter.)
    static int hashOf(String name, byte[] publicKey) {
        var d = Merkle.sha256();
        d.update(name.getBytes(StandardCharsets.UTF_8));
        d.update((byte) '\n');
        d.update(ED25519);
        byte[] h = d.digest(publicKey);
        return ((h[0] & 0xff) << 24) | ((h[1] & 0xff) << 16) | ((h[2] & 0xff) << 8) | (h[3] & 0xff);
    }

    static void checkName(String name) {
        if (name == null || name.isEmpty() || name.chars().anyMatch(c -> c == '+' || Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new IllegalArgumentException("a key name is non-empty, without '+', spaces or control characters");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NoteKey k && k.name.equals(name) && k.keyHash == keyHash && Arrays.equals(k.publicKey, publicKey);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + keyHash;
    }
}

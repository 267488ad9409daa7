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
 * What a log's verifier key and a witness's cosigner key share (C2SP signed-note vkeys): the 32 raw
 * bytes of an Ed25519 key, its 4-byte ID (SHA-256 of the name, a newline, the signature type and the
 * key), and the text {@code name+id+base64(type || key)}. The two differ by their type byte only.
 */
final class Ed25519Keys {
    /** X.509 SubjectPublicKeyInfo prefix of an Ed25519 key: the JDK's encoding is this and the 32 raw bytes. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private Ed25519Keys() {
    }

    static byte[] raw(PublicKey key) {
        byte[] encoded = key.getEncoded();
        return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    }

    static PublicKey jdk(byte[] raw) {
        try {
            byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + 32);
            System.arraycopy(raw, 0, encoded, X509_PREFIX.length, 32);
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    // SHA-256(name || '\n' || type || key), its first four bytes big-endian. (A line comment: Spring
    // Modulith's documentation source cannot read the javadoc of a method with an array parameter.)
    static int id(String name, byte type, byte[] raw) {
        var d = Merkle.sha256();
        d.update(name.getBytes(StandardCharsets.UTF_8));
        d.update((byte) '\n');
        d.update(type);
        byte[] h = d.digest(raw);
        return ((h[0] & 0xff) << 24) | ((h[1] & 0xff) << 16) | ((h[2] & 0xff) << 8) | (h[3] & 0xff);
    }

    static String text(String name, int id, byte type, byte[] raw) {
        byte[] typed = new byte[33];
        typed[0] = type;
        System.arraycopy(raw, 0, typed, 1, 32);
        return name + "+" + String.format("%08x", id) + "+" + Base64.getEncoder().encodeToString(typed);
    }

    /** The parts of a vkey text: name, id, and the 32 key bytes, after checking the type byte. */
    record Parsed(String name, int id, byte[] raw) {
    }

    static Parsed parse(String vkey, byte type, String what) {
        String[] parts = vkey.strip().split("\\+", 3); // the base64 key may hold "+" itself
        if (parts.length != 3) throw new IllegalArgumentException("a " + what + " is name+keyid+key");
        byte[] key;
        try {
            key = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a " + what + "'s last part is base64");
        }
        if (key.length != 33 || key[0] != type) {
            throw new IllegalArgumentException("not an Ed25519 " + what + " (type 0x" + String.format("%02x", type) + ")");
        }
        int id;
        try {
            id = Integer.parseUnsignedInt(parts[1], 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a " + what + "'s key ID is 8 hex digits");
        }
        return new Parsed(parts[0], id, Arrays.copyOfRange(key, 1, 33));
    }
}

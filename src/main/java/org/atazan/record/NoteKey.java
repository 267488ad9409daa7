package org.atazan.record;

import java.security.PublicKey;
import java.util.Arrays;

/**
 * An Ed25519 verifier key of the C2SP signed-note format: a name, the 4-byte key hash that signature
 * lines carry, and the public key. Written as the name, the key hash in hex and base64 of 0x01 and
 * the key, joined by plus signs: the form in which a verifier is published and configured.
 */
public record NoteKey(String name, int keyHash, byte[] publicKey) {
    static final byte ED25519 = 0x01;

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
        return of(name, Ed25519Keys.raw(key));
    }

    /** Reads a verifier key written as name, key hash and key joined by plus signs. */
    public static NoteKey parse(String vkey) {
        Ed25519Keys.Parsed p = Ed25519Keys.parse(vkey, ED25519, "verifier key");
        return new NoteKey(p.name(), p.id(), p.raw());
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    public String text() {
        return Ed25519Keys.text(name, keyHash, ED25519, publicKey);
    }

    PublicKey jdkKey() {
        return Ed25519Keys.jdk(publicKey);
    }

    // The key hash of type 0x01 (line comment: see Ed25519Keys).
    static int hashOf(String name, byte[] publicKey) {
        return Ed25519Keys.id(name, ED25519, publicKey);
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

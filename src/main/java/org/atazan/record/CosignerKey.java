package org.atazan.record;

import java.security.PublicKey;
import java.util.Arrays;

/**
 * A witness's Ed25519 cosigning key (C2SP tlog-cosignature): its name, the key ID that its signature
 * lines carry (the first four bytes of SHA-256 of the name, a newline, 0x04 and the key) and the key.
 * Written as a vkey, {@code name+keyid+base64(0x04 || key)}, as a witness publishes it.
 */
public record CosignerKey(String name, int keyId, byte[] publicKey) {
    static final byte COSIGNATURE_V1 = 0x04;

    public CosignerKey {
        NoteKey.checkName(name);
        if (publicKey == null || publicKey.length != 32) throw new IllegalArgumentException("an Ed25519 public key has 32 bytes");
        publicKey = publicKey.clone();
        if (keyId != idOf(name, publicKey)) throw new IllegalArgumentException("key ID does not match the name and key");
    }

    public static CosignerKey of(String name, PublicKey key) {
        byte[] raw = Ed25519Keys.raw(key);
        return new CosignerKey(name, idOf(name, raw), raw);
    }

    /** Reads a vkey of signature type 0x04; anything else is refused with the reason. */
    public static CosignerKey parse(String vkey) {
        Ed25519Keys.Parsed p = Ed25519Keys.parse(vkey, COSIGNATURE_V1, "witness key");
        return new CosignerKey(p.name(), p.id(), p.raw());
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    public String text() {
        return Ed25519Keys.text(name, keyId, COSIGNATURE_V1, publicKey);
    }

    PublicKey jdkKey() {
        return Ed25519Keys.jdk(publicKey);
    }

    // The key ID of type 0x04 (line comment: see Ed25519Keys).
    static int idOf(String name, byte[] publicKey) {
        return Ed25519Keys.id(name, COSIGNATURE_V1, publicKey);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CosignerKey k && k.name.equals(name) && k.keyId == keyId && Arrays.equals(k.publicKey, publicKey);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + keyId;
    }
}

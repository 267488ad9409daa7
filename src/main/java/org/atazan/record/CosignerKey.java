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
 * A witness's Ed25519 cosigning key (C2SP tlog-cosignature): its name, the key ID that its signature
 * lines carry (the first four bytes of SHA-256 of the name, a newline, 0x04 and the key) and the key.
 * Written as a vkey, {@code name+keyid+base64(0x04 || key)}, as a witness publishes it.
 */
public record CosignerKey(String name, int keyId, byte[] publicKey) {
    static final byte COSIGNATURE_V1 = 0x04;
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    public CosignerKey {
        NoteKey.checkName(name);
        if (publicKey == null || publicKey.length != 32) throw new IllegalArgumentException("an Ed25519 public key has 32 bytes");
        publicKey = publicKey.clone();
        if (keyId != idOf(name, publicKey)) throw new IllegalArgumentException("key ID does not match the name and key");
    }

    public static CosignerKey of(String name, PublicKey key) {
        byte[] encoded = key.getEncoded();
        byte[] raw = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
        return new CosignerKey(name, idOf(name, raw), raw);
    }

    /** Reads a vkey of signature type 0x04; anything else is refused with the reason. */
    public static CosignerKey parse(String vkey) {
        String[] parts = vkey.strip().split("\\+", 3);
        if (parts.length != 3) throw new IllegalArgumentException("a witness key is name+keyid+key");
        byte[] key;
        try {
            key = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a witness key's last part is base64");
        }
        if (key.length != 33 || key[0] != COSIGNATURE_V1) {
            throw new IllegalArgumentException("not an Ed25519 cosignature/v1 key (type 0x04)");
        }
        int id;
        try {
            id = Integer.parseUnsignedInt(parts[1], 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a witness key's key ID is 8 hex digits");
        }
        return new CosignerKey(parts[0], id, Arrays.copyOfRange(key, 1, 33));
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    public String text() {
        byte[] typed = new byte[33];
        typed[0] = COSIGNATURE_V1;
        System.arraycopy(publicKey, 0, typed, 1, 32);
        return name + "+" + String.format("%08x", keyId) + "+" + Base64.getEncoder().encodeToString(typed);
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

    // SHA-256(name || '\n' || 0x04 || key), its first four bytes big-endian (line comment: see NoteKey).
    static int idOf(String name, byte[] publicKey) {
        var d = Merkle.sha256();
        d.update(name.getBytes(StandardCharsets.UTF_8));
        d.update((byte) '\n');
        d.update(COSIGNATURE_V1);
        byte[] h = d.digest(publicKey);
        return ((h[0] & 0xff) << 24) | ((h[1] & 0xff) << 16) | ((h[2] & 0xff) << 8) | (h[3] & 0xff);
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

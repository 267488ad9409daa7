package org.atazan.record;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Witness cosignatures of a checkpoint (C2SP tlog-cosignature, Ed25519 cosignature/v1): a signature
 * line whose signature is an 8-byte timestamp followed by the Ed25519 signature of
 * {@code "cosignature/v1\ntime <t>\n"} and the checkpoint's text. A witness signs that, as of that
 * time, this is the largest consistent tree it has seen of the log.
 */
public final class Cosignatures {
    private Cosignatures() {
    }

    /** A cosignature line by a witness's key over the note's text (what a witness returns). */
    public static SignedNote.Line sign(String noteText, CosignerKey key, PrivateKey privateKey, long timestamp) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(privateKey);
            s.update(message(noteText, timestamp));
            byte[] sig = s.sign();
            return new SignedNote.Line(key.name(), key.keyId(), ByteBuffer.allocate(8 + sig.length).putLong(timestamp).put(sig).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a line is a valid cosignature of the note's text by this witness key. */
    public static boolean verifies(String noteText, SignedNote.Line line, CosignerKey key) {
        if (!line.keyName().equals(key.name()) || line.keyHash() != key.keyId() || line.signature().length != 8 + 64) return false;
        ByteBuffer b = ByteBuffer.wrap(line.signature());
        long timestamp = b.getLong();
        if (timestamp < 0) return false;
        byte[] sig = new byte[64];
        b.get(sig);
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key.jdkKey());
            s.update(message(noteText, timestamp));
            return s.verify(sig);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The witnesses, among those trusted, whose valid cosignature the note carries. */
    public static List<CosignerKey> validBy(SignedNote note, Collection<CosignerKey> trusted) {
        List<CosignerKey> out = new ArrayList<>();
        for (CosignerKey k : trusted) {
            if (note.signatures().stream().anyMatch(l -> verifies(note.text(), l, k))) out.add(k);
        }
        return out;
    }

    private static byte[] message(String noteText, long timestamp) {
        return ("cosignature/v1\ntime " + timestamp + "\n" + noteText).getBytes(StandardCharsets.UTF_8);
    }
}

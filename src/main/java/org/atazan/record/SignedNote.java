package org.atazan.record;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A note in the C2SP signed-note format: its text (ending in a newline), an empty line, and one line
 * per signature, {@code — <key name> <base64(key hash || Ed25519 signature of the text)>}. Verifying
 * needs only the text, the lines and a published {@link NoteKey}; lines by unknown keys are ignored,
 * which is how a witness's cosignature travels with the log's own signature.
 */
public record SignedNote(String text, List<Line> signatures) {
    private static final String DASH = "\u2014 ";

    /** One signature line. */
    public record Line(String keyName, int keyHash, byte[] signature) {
        String text() {
            byte[] blob = ByteBuffer.allocate(4 + signature.length).putInt(keyHash).put(signature).array();
            return DASH + keyName + " " + Base64.getEncoder().encodeToString(blob) + "\n";
        }
    }

    public SignedNote {
        if (text == null || !text.endsWith("\n")) throw new IllegalArgumentException("a note's text ends with a newline");
        signatures = List.copyOf(signatures);
    }

    /** The note signed by one key. */
    public static SignedNote sign(String text, String keyName, PrivateKey key, NoteKey publicKey) {
        if (!publicKey.name().equals(keyName)) throw new IllegalArgumentException("the key's name is " + publicKey.name());
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key);
            s.update(text.getBytes(StandardCharsets.UTF_8));
            return new SignedNote(text, List.of(new Line(keyName, publicKey.keyHash(), s.sign())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same note with one more signature line (a cosignature). */
    public SignedNote with(Line line) {
        List<Line> all = new ArrayList<>(signatures);
        all.add(line);
        return new SignedNote(text, all);
    }

    /** Whether a line of this key signs the text. */
    public boolean verifiedBy(NoteKey key) {
        for (Line l : signatures) {
            if (!l.keyName().equals(key.name()) || l.keyHash() != key.keyHash()) continue;
            try {
                Signature s = Signature.getInstance("Ed25519");
                s.initVerify(key.jdkKey());
                s.update(text.getBytes(StandardCharsets.UTF_8));
                if (s.verify(l.signature())) return true;
            } catch (GeneralSecurityException e) {
                return false;
            }
        }
        return false;
    }

    /** The note as served: text, an empty line, the signature lines. */
    public String serialized() {
        StringBuilder b = new StringBuilder(text).append('\n');
        for (Line l : signatures) b.append(l.text());
        return b.toString();
    }

    /** Reads a served note; a malformed one is refused with the reason. */
    public static SignedNote parse(String note) {
        int split = note.lastIndexOf("\n\n");
        if (split < 0) throw new IllegalArgumentException("a signed note has its text, an empty line and signature lines");
        String text = note.substring(0, split + 1);
        List<Line> out = lines(note.substring(split + 2));
        if (out.isEmpty()) throw new IllegalArgumentException("a signed note has at least one signature");
        return new SignedNote(text, out);
    }

    /** Reads signature lines alone (a witness's answer): each "— name base64", ending in a newline. */
    public static List<Line> lines(String block) {
        String[] lines = block.split("\n", -1);
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() && i == lines.length - 1) break;
            if (!line.startsWith(DASH)) throw new IllegalArgumentException("signature line " + (i + 1) + " does not start with an em dash");
            String[] parts = line.substring(DASH.length()).split(" ");
            if (parts.length != 2) throw new IllegalArgumentException("signature line " + (i + 1) + ": name and signature");
            byte[] blob = Base64.getDecoder().decode(parts[1]);
            if (blob.length < 5) throw new IllegalArgumentException("signature line " + (i + 1) + ": too short");
            ByteBuffer b = ByteBuffer.wrap(blob);
            int hash = b.getInt();
            byte[] sig = new byte[blob.length - 4];
            b.get(sig);
            out.add(new Line(parts[0], hash, sig));
        }
        return out;
    }
}

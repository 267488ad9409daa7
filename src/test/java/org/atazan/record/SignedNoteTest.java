package org.atazan.record;

import org.junit.jupiter.api.Test;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Checkpoints and signed notes, against the example of Go's golang.org/x/mod/sumdb/note (the format's origin). */
class SignedNoteTest {
    static final String VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    static final String SKEY_SEED = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    static final String TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
    static final String SIGNED = TEXT + "\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    static PrivateKey seed(String base64) throws Exception {
        byte[] typed = Base64.getDecoder().decode(base64);
        return KeyFactory.getInstance("Ed25519").generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, Arrays.copyOfRange(typed, 1, 33)));
    }

    @Test
    void theFormatsExampleIsSignedAndVerifiedByteForByte() throws Exception {
        NoteKey key = NoteKey.parse(VKEY); // its constructor checks the key hash c74f20a3 against name and key
        assertThat(key.text()).isEqualTo(VKEY);
        SignedNote signed = SignedNote.sign(TEXT, "PeterNeumann", seed(SKEY_SEED), key);
        assertThat(signed.serialized()).isEqualTo(SIGNED);
        assertThat(SignedNote.parse(SIGNED).verifiedBy(key)).isTrue();
    }

    @Test
    void aChangedTextOrAnotherKeyDoesNotVerify() throws Exception {
        NoteKey key = NoteKey.parse(VKEY);
        assertThat(SignedNote.parse(SIGNED.replace("answer", "answers")).verifiedBy(key)).isFalse();
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        assertThat(SignedNote.parse(SIGNED).verifiedBy(NoteKey.of("PeterNeumann", other.getPublic()))).isFalse();
    }

    @Test
    void aCheckpointIsSignedReadAndVerified() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        NoteKey key = NoteKey.of("atazan.example/record", pair.getPublic());
        byte[] root = MerkleTreeTest.HEX.parseHex(MerkleTreeTest.ROOTS[6]);
        Checkpoint c = new Checkpoint("atazan.example/record", 7, root);
        assertThat(c.text()).isEqualTo("atazan.example/record\n7\n3bib5AOAnjJXUNPSY814kpwpQreUKjS3fhIslZSnTIw=\n");
        String served = SignedNote.sign(c.text(), key.name(), pair.getPrivate(), key).serialized();
        SignedNote read = SignedNote.parse(served);
        assertThat(read.verifiedBy(key)).isTrue();
        assertThat(Checkpoint.parse(read.text())).isEqualTo(c);
        assertThat(NoteKey.parse(key.text())).isEqualTo(key);
    }

    @Test
    void aCosignatureTravelsWithTheLogsSignature() throws Exception {
        KeyPair log = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPair witness = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        NoteKey logKey = NoteKey.of("log", log.getPublic());
        NoteKey witnessKey = NoteKey.of("witness", witness.getPublic());
        String text = new Checkpoint("log", 1, Merkle.leafHash(new byte[0])).text();
        SignedNote both = SignedNote.sign(text, "log", log.getPrivate(), logKey)
                .with(SignedNote.sign(text, "witness", witness.getPrivate(), witnessKey).signatures().get(0));
        SignedNote read = SignedNote.parse(both.serialized());
        assertThat(read.verifiedBy(logKey)).isTrue();
        assertThat(read.verifiedBy(witnessKey)).isTrue();
    }

    @Test
    void malformedNotesAndCheckpointsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> SignedNote.parse("no signature lines")).hasMessageContaining("empty line");
        assertThatThrownBy(() -> SignedNote.parse("text\n\n- dash name AAAA\n")).hasMessageContaining("em dash");
        assertThatThrownBy(() -> Checkpoint.parse("origin\nseven\nAAAA\n")).hasMessageContaining("line 2");
        assertThatThrownBy(() -> Checkpoint.parse("origin\n7\nAAAA\n")).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> NoteKey.of("a name", new byte[32])).hasMessageContaining("spaces");
    }
}

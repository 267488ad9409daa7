package org.atazan.record;

import org.atazan.kernel.BadInputException;
import org.atazan.record.ProtocolCheck.Outcome;
import org.atazan.record.ProtocolCheck.Published;
import org.atazan.voting.Protocol;
import org.atazan.voting.QuestionResult;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The printed protocol's code: written and read back, refused naming the field; held against published figures and the record. */
class ProtocolCodeTest {
    static final Protocol P = Protocol.single("XX/a/d/s1", 1000, 600, 600, 10, 450, 140);

    static ProtocolCode code(Protocol p, int revision, Long entry, String hash) {
        return new ProtocolCode("t-1", p.stationCode(), revision, ProtocolCode.figures(p), entry, hash);
    }

    @Test
    void thePayloadIsCompactAndReadsBack() {
        String hash = "ab".repeat(32);
        ProtocolCode c = code(P, 2, 17L, hash);
        assertThat(c.text()).isEqualTo("ATZP1;v=t-1;s=XX/a/d/s1;r=2;reg=1000;iss=600;box=600;inv=10;y.1=450;n.1=140;e=17;h=" + hash);
        assertThat(ProtocolCode.parse("  " + c.text() + "\n")).isEqualTo(c);
        ProtocolCode none = code(P, 1, null, null);
        assertThat(none.text()).doesNotContain(";e=").doesNotContain(";h=");
        assertThat(ProtocolCode.parse(none.text())).isEqualTo(none);
    }

    @Test
    void otherLettersAndSeparatorsArePercentEncoded() {
        Protocol p = new Protocol("Алматы;№5", 10, 5, 5, 0, List.of(new QuestionResult("q=1", 3, 2), new QuestionResult("2", 1, 4)));
        ProtocolCode c = new ProtocolCode("kz 2026", p.stationCode(), 1, ProtocolCode.figures(p), null, null);
        assertThat(c.text()).startsWith("ATZP1;v=kz%202026;s=%D0%90").contains(";y.q%3D1=3;n.q%3D1=2;y.2=1;n.2=4");
        ProtocolCode back = ProtocolCode.parse(c.text());
        assertThat(back.station()).isEqualTo("Алматы;№5");
        assertThat(back.vote()).isEqualTo("kz 2026");
        assertThat(back.figures()).isEqualTo(c.figures());
    }

    @Test
    void aBadPayloadIsRefusedNamingWhatIsWrong() {
        String ok = code(P, 1, null, null).text();
        assertRefused("", "code: empty");
        assertRefused("hello", "does not begin with ATZP1");
        assertRefused("ATZP2;v=x", "does not begin with ATZP1");
        assertRefused(ok.replace("iss=600", "iss=6x0"), "field iss: not a whole number");
        assertRefused(ok.replace(";iss=600", ""), "field iss: missing");
        assertRefused(ok.replace(";v=t-1", ""), "field v (the vote): missing");
        assertRefused(ok + ";reg=3", "field reg: given twice");
        assertRefused(ok + ";zz=3", "field zz: not a field of ATZP1");
        assertRefused(ok + ";h=abc", "field h: not 64 lower-case hex digits");
        assertRefused(ok + ";e=5", "field e: given without the entry's hash h");
        assertRefused(ok.replace(";n.1=140", ""), "field n.1: missing");
        assertRefused(ok.replace("r=1", "r=0"), "field r: a revision is 1 or more");
        assertRefused(ok.replace("v=t-1", "v=a%4"), "field v: a % without two hex digits");
        assertRefused(ok.replace("v=t-1", "v=a b"), "must be percent-encoded");
        assertRefused(ok + ";x".repeat(1000), "longer than 2000 characters");
    }

    static void assertRefused(String text, String message) {
        assertThatThrownBy(() -> ProtocolCode.parse(text)).isInstanceOf(BadInputException.class).hasMessageContaining(message);
    }

    static byte[] entry(String kind, int revision, long yes) {
        return ("{\"decision\":{\"at\":\"2026-03-15T20:00:00Z\",\"figures\":{\"inBoxes\":600,\"invalid\":10,\"issued\":600,\"no\":140,"
                + "\"registered\":1000,\"yes\":" + yes + "},\"referendum\":\"t-1\",\"revision\":" + revision + ",\"station\":\"XX/a/d/s1\"},"
                + "\"kind\":\"" + kind + "\",\"object\":\"t-1\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** A log of three entries, the protocol's at index 1, and its proof in the tree of 3. */
    /** The entry at index 200 of a log of 300 (past the small numbers a boxed comparison would get right by chance). */
    static final int AT = 200;

    static ProtocolCheck.Evidence evidence(byte[] entry) {
        List<byte[]> entries = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) entries.add(i == AT ? entry : ("e" + i).getBytes());
        List<byte[]> leaves = entries.stream().map(Merkle::leafHash).toList();
        MerkleTree tree = new MerkleTree(i -> leaves.get((int) i));
        Checkpoint cp = new Checkpoint("test/record", 300, tree.root(300));
        return new ProtocolCheck.Evidence(AT, entry, tree.inclusionProof(AT, 300), cp);
    }

    @Test
    void matchingFiguresWithAVerifiedEntryHold() {
        byte[] e = entry("voting.protocol-corrected", 2, 450);
        String leaf = HexFormat.of().formatHex(Merkle.leafHash(e));
        var v = ProtocolCheck.check(code(P, 2, (long) AT, leaf), List.of(new Published(1, ProtocolCode.figures(P)),
                new Published(2, ProtocolCode.figures(P))), evidence(e));
        assertThat(v.outcome()).isEqualTo(Outcome.HOLDS);
        assertThat(v.proofVerified()).isTrue();
        assertThat(v.entryIndex()).isEqualTo(AT);
        assertThat(v.exitStatus()).isZero();
    }

    @Test
    void aFigureThatDiffersIsNamedWithBothValues() {
        Protocol altered = Protocol.single("XX/a/d/s1", 1000, 600, 600, 10, 451, 140);
        var v = ProtocolCheck.check(code(altered, 1, null, null), List.of(new Published(1, ProtocolCode.figures(P))), null);
        assertThat(v.outcome()).isEqualTo(Outcome.DIFFERS);
        assertThat(v.differences()).containsExactly(new ProtocolCheck.Difference("y.1", 451L, 450L));
        assertThat(v.exitStatus()).isOne();
    }

    @Test
    void anOldRevisionIsSaidToBeCorrectedWithTheCurrentFigures() {
        Protocol old = Protocol.single("XX/a/d/s1", 1000, 600, 600, 10, 400, 190);
        byte[] e = entry("voting.protocol-accepted", 1, 400).clone();
        String json = new String(e, StandardCharsets.UTF_8).replace("\"no\":140", "\"no\":190");
        byte[] e1 = json.getBytes(StandardCharsets.UTF_8);
        var v = ProtocolCheck.check(code(old, 1, (long) AT, HexFormat.of().formatHex(Merkle.leafHash(e1))),
                List.of(new Published(1, ProtocolCode.figures(old)), new Published(2, ProtocolCode.figures(P))), evidence(e1));
        assertThat(v.outcome()).isEqualTo(Outcome.CORRECTED);
        assertThat(v.corrected()).isTrue();
        assertThat(v.current().revision()).isEqualTo(2);
        assertThat(v.proofVerified()).isTrue();
    }

    @Test
    void anEntryThatIsNotThePrintedOneOrNotInTheTreeFails() {
        byte[] e = entry("voting.protocol-accepted", 1, 450);
        var published = List.of(new Published(1, ProtocolCode.figures(P)));
        var otherHash = ProtocolCheck.check(code(P, 1, (long) AT, "00".repeat(32)), published, evidence(e));
        assertThat(otherHash.outcome()).isEqualTo(Outcome.DIFFERS);
        assertThat(otherHash.problems()).extracting(ProtocolCheck.Problem::code).containsExactly("otherHash");
        var ev = evidence(e);
        var tampered = new ProtocolCheck.Evidence(1, entry("voting.protocol-accepted", 1, 451), ev.proof(), ev.checkpoint());
        var v = ProtocolCheck.check(code(P, 1, null, null), published, tampered);
        assertThat(v.problems()).extracting(ProtocolCheck.Problem::code).containsExactly("proof", "entryContent");
        assertThat(v.proofVerified()).isFalse();
        var none = ProtocolCheck.check(code(P, 1, 1L, "00".repeat(32)), published, null);
        assertThat(none.problems()).extracting(ProtocolCheck.Problem::code).containsExactly("noEntry");
        assertThat(ProtocolCheck.check(code(P, 1, null, null), List.of(), null).outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(ProtocolCheck.check(code(P, 3, null, null), published, null).problems())
                .extracting(ProtocolCheck.Problem::code).containsExactly("noRevision");
    }

    @Test
    void anEntryOfSeveralQuestionsIsReadQuestionByQuestion() {
        Protocol two = new Protocol("XX/a/d/s1", 1000, 600, 600, 10, List.of(new QuestionResult("a", 450, 140), new QuestionResult("b", 300, 290)));
        String json = "{\"decision\":{\"figures\":{\"inBoxes\":600,\"invalid\":10,\"issued\":600,\"no\":140,\"questions\":["
                + "{\"no\":140,\"questionId\":\"a\",\"yes\":450},{\"no\":290,\"questionId\":\"b\",\"yes\":%d}],\"registered\":1000,"
                + "\"yes\":450},\"referendum\":\"t-1\",\"revision\":1,\"station\":\"XX/a/d/s1\"},\"kind\":\"voting.protocol-accepted\","
                + "\"object\":\"t-1\"}";
        var published = List.of(new Published(1, ProtocolCode.figures(two)));
        byte[] right = String.format(json, 300).getBytes(StandardCharsets.UTF_8);
        var v = ProtocolCheck.check(code(two, 1, null, null), published, evidence(right));
        assertThat(v.outcome()).isEqualTo(Outcome.HOLDS);
        assertThat(v.proofVerified()).isTrue();
        byte[] wrong = String.format(json, 301).getBytes(StandardCharsets.UTF_8);
        var w = ProtocolCheck.check(code(two, 1, null, null), published, evidence(wrong));
        assertThat(w.problems()).extracting(ProtocolCheck.Problem::english)
                .containsExactly("entry " + AT + " does not hold this protocol: its figure y.b is 301, published 300");
    }
}

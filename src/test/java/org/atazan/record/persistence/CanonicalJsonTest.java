package org.atazan.record.persistence;

import org.atazan.charter.CharterVersionPublished;
import org.atazan.charter.VersionStatus;
import org.atazan.commission.AmendmentDecided;
import org.atazan.commission.DraftConsolidated;
import org.atazan.commission.MinutesApproved;
import org.atazan.commission.PollClosed;
import org.atazan.consultation.ConsultationOpened;
import org.atazan.consultation.ProposalAnswered;
import org.atazan.consultation.ProposalHidden;
import org.atazan.consultation.ProposalStatusChanged;
import org.atazan.consultation.ProposalsImported;
import org.atazan.consultation.ProposalsMerged;
import org.atazan.record.MemoryStore;
import org.atazan.record.NoteKey;
import org.atazan.record.PublicRecord;
import org.atazan.record.TestLogs;
import org.atazan.voting.ProtocolAccepted;
import org.atazan.voting.ProtocolCorrected;
import org.atazan.voting.ProtocolsImported;
import org.atazan.voting.PublishedResult;
import org.atazan.voting.Question;
import org.atazan.voting.QuestionResult;
import org.atazan.voting.ResultPublished;
import org.atazan.voting.TallyFigures;
import org.atazan.voting.TerritoriesAdded;
import org.atazan.voting.TurnoutReported;
import org.atazan.voting.VoteCreated;
import org.atazan.voting.VotingEvent;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Canonical JSON written from the tree gives, byte for byte, what the former path gave: the tree written as text
 * and canonicalised by the JCS library ({@link JsonCanonicalizer}, kept here as the oracle). An entry's bytes are
 * its leaf hash: one byte of difference would make the same decision another entry.
 */
class CanonicalJsonTest {
    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final JsonNodeFactory NODES = JSON.getNodeFactory();
    private static final Instant AT = Instant.parse("2026-03-15T05:00:00.123456Z");

    /** The former path: the tree as text, parsed and written again by the JCS library. */
    static byte[] oracle(JsonNode node) {
        try {
            return new JsonCanonicalizer(JSON.writeValueAsString(node)).getEncodedString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertSameAsOracle(JsonNode node) {
        byte[] expected = oracle(node);
        assertThat(new String(CanonicalJson.bytes(node), StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(CanonicalJson.bytes(node)).isEqualTo(expected);
    }

    @Test
    void membersAreSortedByUtf16CodeUnitsNotByCodePoints() {
        ObjectNode o = NODES.objectNode();
        o.put("\uE000", 1);
        o.put("\uD83D\uDE00", 2); // U+1F600, a code point above U+E000 but its first code unit (D83D) below
        o.put("b", 3);
        o.put("a", 4);
        o.put("", 5);
        o.put("A", 6);
        o.put("é", 7);
        assertThat(new String(CanonicalJson.bytes(o), StandardCharsets.UTF_8))
                .isEqualTo("{\"\":5,\"A\":6,\"a\":4,\"b\":3,\"é\":7,\"\uD83D\uDE00\":2,\"\uE000\":1}");
        assertSameAsOracle(o);
    }

    @Test
    void stringsEscapeOnlyWhatJcsEscapes() {
        ObjectNode o = NODES.objectNode();
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) controls.append(c);
        o.put("controls", controls.toString() + "\u007f");
        o.put("quotes", "\"quoted\" \\ back/slash </script>");
        o.put("kazakh", "Қазақстан Республикасының Конституциясы: әңғүұқөһі ӘҢҒҮҰҚӨҺІ");
        o.put("emoji", "🇰🇿 😀 \uD83D\uDE00 € \u2028\u2029 \uFEFF \uFFFF");
        String written = new String(CanonicalJson.bytes(o), StandardCharsets.UTF_8);
        assertThat(written).contains("\"\\u0000\\u0001").contains("\\u001f\u007f\"").contains("\\b\\t\\n\\u000b\\f\\r")
                .contains("</script>").contains("Қазақстан").contains("🇰🇿");
        assertSameAsOracle(o);
    }

    @Test
    void numbersAreWrittenAsTheLibraryWritesDoubles() {
        ArrayNode a = NODES.arrayNode();
        for (long v : new long[]{0, 1, -1, 42, 1L << 53, -(1L << 53), (1L << 53) + 1, -(1L << 53) - 1, (1L << 53) + 3,
                1L << 60, 1_152_921_504_606_846_977L, Long.MAX_VALUE, Long.MIN_VALUE, 999_999_999_999_999_999L}) {
            a.add(v);
        }
        a.add(Integer.MAX_VALUE).add(Integer.MIN_VALUE).add((short) 7);
        a.add(new BigInteger("123456789012345678901234567890")).add(new BigInteger("-9223372036854775809"));
        for (double d : new double[]{0.0, -0.0, 1.0, 70.0, 70.5, 0.1, 1.0 / 3, 2.0 / 3, 1e21, 1e20, 123e18, 1e-6, 1e-7, 5e-324,
                Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 9007199254740993.0, 4.35, 0.000001234, 333333333.33333329,
                1424953923781206.2, 295147905179352830000.0, 1.0e+23, -1.5e-300}) {
            a.add(d);
        }
        for (String s : new String[]{"12.50", "12.5", "0", "0.000", "1E+3", "1.23456789012345678901234567890", "-0.1", "1E-8", "99.9"}) {
            a.add(new BigDecimal(s));
        }
        for (float f : new float[]{0.1f, 1.5f, 12.5f, 3.4e38f, 1e-10f}) a.add(f);
        a.add(true).add(false).addNull();
        assertSameAsOracle(a);
        assertThat(new String(CanonicalJson.bytes(a), StandardCharsets.UTF_8))
                .startsWith("[0,1,-1,42,9007199254740992,-9007199254740992,9007199254740992,-9007199254740992,9007199254740996,"
                        + "1152921504606847000,");
    }

    @Test
    void notANumberIsWrittenAsTheFormerPathWroteIt() {
        ArrayNode a = NODES.arrayNode().add(Double.NaN).add(Double.POSITIVE_INFINITY).add(Double.NEGATIVE_INFINITY);
        assertSameAsOracle(a);
    }

    @Test
    void generatedTreesGiveTheOraclesBytes() {
        Random random = new Random(20261203);
        for (int i = 0; i < 3_000; i++) assertSameAsOracle(object(random, 0));
    }

    /**
     * Every kind of decision's entry, built by {@link DecisionsToRecord} as the platform builds it: the events written
     * whole give the former path's bytes exactly; the ones built field by field are canonical as the library has them.
     */
    @Test
    void decisionsEntriesAreTheFormerPathsBytes() {
        KeyPair keys = TestLogs.keys();
        PublicRecord record = new PublicRecord(new MemoryStore(), TestLogs.ORIGIN, keys.getPrivate(), NoteKey.of(TestLogs.ORIGIN, keys.getPublic()));
        DecisionsToRecord decisions = new DecisionsToRecord(record, null);
        String title = "Устав «Атазан» — Жарғы: ӘҢҒҮҰҚӨҺІ 🇰🇿 \"quoted\"\n\ttab";
        TallyFigures figures = new TallyFigures(null, 1000, 700, 690, 10, 600, 80, 70.0, 86.95652173913044,
                List.of(new QuestionResult("1", 600, 80), new QuestionResult("2", 300, 380)));
        List<VotingEvent> voting = List.of(
                new VoteCreated("kz-2026", "referendum", title, LocalDate.of(2026, 3, 15), "kz", "KZ",
                        List.of(new Question("1", "Вы за? \u0001"), new Question("2", "Иә/Жоқ")), "admin", AT),
                new TerritoriesAdded("kz-2026", List.of("KZ-75", "KZ-75-000001", "Алматы"), "admin", AT),
                new TurnoutReported("kz-2026", List.of(new TurnoutReported.Report("KZ-75", "10:00", new BigDecimal("12.50"), null),
                        new TurnoutReported.Report("KZ-71", "12:00", new BigDecimal("33.333"), 123_456L)), "admin", AT),
                new ProtocolAccepted("kz-2026", "S-1", 1, "official", AT, figures),
                new ProtocolAccepted("kz-2026", "S-2", 1, "official", AT, new TallyFigures(null, 1000, 700, 690, 10, 600, 80, null, null, null)),
                new ProtocolCorrected("kz-2026", "S-1", 2, "official", AT, new TallyFigures(12L, Long.MAX_VALUE, 1L << 60, 690, 10, 600, 80,
                        0.1 + 0.2, 1e-7, null), "typo\r\n"),
                new ProtocolsImported("kz-2026", "protocols.csv", 2, "0".repeat(64), 1, "official", AT),
                new ResultPublished("kz-2026", 1, "chair", AT, figures,
                        List.of(new PublishedResult.QuestionVerdict("1", 600, 80, "kz", true, true),
                                new PublishedResult.QuestionVerdict("2", 300, 380, "kz", false, null))));
        for (VotingEvent e : voting) {
            String kind = "voting." + DecisionsToRecord.kebab(e.getClass().getSimpleName());
            assertThat(decisions.entry(kind, e.referendum(), e)).as(kind).isEqualTo(formerEntry(kind, e.referendum(), e));
        }
        CharterVersionPublished version = new CharterVersionPublished("charter-1", "v1", title, LocalDate.of(2026, 2, 12), "kk",
                VersionStatus.DRAFT, 95, "0".repeat(64), "secretary", AT);
        assertThat(decisions.entry("charter.version-published", "charter-1/v1", version))
                .isEqualTo(formerEntry("charter.version-published", "charter-1/v1", version));

        // Through the listeners' own methods, into a log in memory; each entry read back and canonicalised by the library.
        decisions.on(version);
        voting.stream().filter(e -> !(e instanceof ProtocolsImported)).forEach(decisions::on);
        decisions.on(new ConsultationOpened("c-1", title, "charter-1", "v1", 30, "admin", AT));
        decisions.on(new ProposalStatusChanged("c-1", "P-2026-000001", "new", "accepted", "Себебі: \u0007", "admin", AT));
        decisions.on(new ProposalAnswered("c-1", "P-2026-000001", "merged", "P-2026-000002", "Жауап 😀", "admin", AT));
        decisions.on(new ProposalHidden("c-1", "P-2026-000003", null, "admin", AT));
        decisions.on(new ProposalHidden("c-1", "P-2026-000003", "spam", "admin", AT));
        decisions.on(new ProposalsMerged("c-1", "P-2026-000002", List.of("P-2026-000004", "P-2026-000005"), 17, "same text", "admin", AT));
        decisions.on(new ProposalsImported("c-1", "paper", "file.csv", 10, 2, 3_000_000_000L, "f".repeat(64), "admin", AT));
        decisions.on(new PollClosed("m-1", "body-1", "poll-1", "named", "adopt", 7, 2, 1, 11, 10, 6, 10, 6, "adopted", "7 > 10/2",
                Map.of("acc-1", "for"), List.of(new PollClosed.PublicVote("Әлия Нұрланқызы", "for"), new PollClosed.PublicVote("Ivan", "against")), "chair"));
        decisions.on(new MinutesApproved("m-1", "body-1", "a".repeat(64), "m-2", "poll-9", null, AT, "chair"));
        decisions.on(new MinutesApproved("m-1", "body-1", "a".repeat(64), null, null, "act 12", AT, "chair"));
        decisions.on(new AmendmentDecided("body-1", "A-1", "charter-1", "v1", "replace", "5", null, "6", title, "b".repeat(64), "c-1",
                List.of("P-2026-000001"), List.of(3L, 1L << 40), 2, "answer", List.of("A-2"), "m-1", "poll-1", "adopted", 7, 2, 1, 6, "7 ≥ 6", AT));
        decisions.on(new DraftConsolidated("body-1", "charter-1", "v1", "v2", List.of("A-1", "A-3"), AT, "chair"));
        long size = record.checkpoint().text().lines().skip(1).findFirst().map(Long::parseLong).orElseThrow();
        assertThat(size).isEqualTo(20);
        for (long i = 0; i < size; i++) {
            byte[] entry = record.entry(i).orElseThrow();
            assertThat(entry).as("entry %d", i).isEqualTo(oracle(JSON.readTree(entry)));
            assertThat(new String(entry, StandardCharsets.UTF_8)).doesNotContain("\"by\"").doesNotContain("admin");
        }
    }

    /** The former DecisionsToRecord.entry: the event's tree without the accounts, in its envelope, through the library. */
    private static byte[] formerEntry(String kind, String objectId, Object event) {
        ObjectNode decision = JSON.valueToTree(event);
        for (Iterator<String> names = decision.propertyNames().iterator(); names.hasNext(); ) {
            String name = names.next();
            if (name.equals("by") || name.endsWith("By")) names.remove();
        }
        ObjectNode entry = NODES.objectNode();
        entry.put("kind", kind);
        entry.put("object", objectId);
        entry.set("decision", decision);
        return oracle(entry);
    }

    // Random trees: nested objects and arrays, names and strings from an alphabet of what can go wrong.

    private static final String[] NAMES = {"a", "b", "A", "Z", "_", "1", "10", "2", "", "é", "ä", "ж", "Ж", "ә", "қ", "\uE000", "\uFFFF",
            "\uD83D\uDE00", "\uD83C\uDDF0", "€", "kind", "decision", "object", "at", "\"", "\\", "\n", "\u0000", "a b", "aa", "ab"};
    private static final String[] PIECES = {"a", "Z", " ", "0", "\"", "\\", "/", "\b", "\f", "\n", "\r", "\t", "\u0000", "\u0001", "\u001f",
            "\u007f", "\u0080", "é", "Қазақстан", "Республика", "әңғүұқөһі", "😀", "🇰🇿", "\uD83D\uDE00", "\uE000", "\u2028", "€", "中",
            "<", ">", "&", "'", "\uFEFF", "\uFFFD"};

    private static ObjectNode object(Random r, int depth) {
        ObjectNode o = NODES.objectNode();
        int n = r.nextInt(depth == 0 ? 8 : 5);
        for (int i = 0; i < n; i++) o.set(name(r), value(r, depth + 1));
        return o;
    }

    private static JsonNode value(Random r, int depth) {
        int kind = r.nextInt(depth > 4 ? 9 : 11);
        return switch (kind) {
            case 0, 1 -> NODES.stringNode(text(r));
            case 2 -> NODES.numberNode(r.nextInt());
            case 3 -> NODES.numberNode(r.nextBoolean() ? r.nextLong() : r.nextLong() >> r.nextInt(64));
            case 4 -> NODES.numberNode(dbl(r));
            case 5 -> NODES.numberNode(new BigDecimal(BigInteger.valueOf(r.nextLong() >> r.nextInt(64)), r.nextInt(20) - 5));
            case 6 -> r.nextBoolean() ? NODES.numberNode(new BigInteger(r.nextInt(100) + 1, r).negate()) : NODES.numberNode(r.nextFloat() * 100);
            case 7 -> NODES.booleanNode(r.nextBoolean());
            case 8 -> NODES.nullNode();
            case 9 -> object(r, depth);
            default -> {
                ArrayNode a = NODES.arrayNode();
                int n = r.nextInt(5);
                for (int i = 0; i < n; i++) a.add(value(r, depth + 1));
                yield a;
            }
        };
    }

    private static double dbl(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> r.nextDouble();
            case 1 -> Math.round(r.nextDouble() * 10_000) / 100.0; // a percentage as the platform rounds it
            case 2 -> (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(60) - 30);
            default -> {
                double d;
                do d = Double.longBitsToDouble(r.nextLong()); while (Double.isNaN(d) || Double.isInfinite(d));
                yield d;
            }
        };
    }

    private static String name(Random r) {
        return r.nextInt(3) == 0 ? text(r) : NAMES[r.nextInt(NAMES.length)];
    }

    private static String text(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) b.append(PIECES[r.nextInt(PIECES.length)]);
        if (r.nextInt(20) == 0) b.append((char) r.nextInt(0x10000)); // now and then any code unit, a lone surrogate too
        return b.toString();
    }

    @Test
    void aLongTextIsCopiedWhole() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) parts.add("Бап " + i + ": \"мәтін\"\n");
        assertSameAsOracle(NODES.objectNode().put("text", String.join("", parts)));
    }
}

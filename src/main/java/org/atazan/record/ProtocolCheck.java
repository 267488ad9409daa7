package org.atazan.record;

import org.atazan.record.ProtocolCode.Figure;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A printed protocol's code held against what the platform published for that station: the figures of
 * the printed revision, whether a later revision corrected it, and the record's proof: the entry's
 * leaf hash is the printed one, the entry holds exactly these figures, and it is included in the tree
 * of the signed checkpoint. The same check runs on the server (the page, the API) and in the command
 * line, which fetches the published data and verifies the proof itself.
 */
public final class ProtocolCheck {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HexFormat HEX = HexFormat.of();

    private ProtocolCheck() {
    }

    /** The kinds of a protocol's entries: revision 1, and every correction after it. */
    public static final String ACCEPTED = "voting.protocol-accepted", CORRECTED = "voting.protocol-corrected";

    /**
     * The key a protocol's entry is appended under ({@link PublicRecord#entryFor}): {@code <vote>/<station>#<revision>};
     * unique, since the revision (digits) follows the last {@code #}. The entry's own {@code object} stays the vote.
     */
    public static String entryKey(String vote, String station, int revision) {
        return vote + "/" + station + "#" + revision;
    }

    /** The kind of a revision's entry. */
    public static String kindOf(int revision) {
        return revision == 1 ? ACCEPTED : CORRECTED;
    }

    /** HOLDS: everything printed is what counts; CORRECTED: it was published, then corrected; UNKNOWN: nothing published. */
    public enum Outcome { HOLDS, DIFFERS, CORRECTED, UNKNOWN }

    /** One published revision of the station's protocol. */
    public record Published(int revision, List<Figure> figures) {
        public Published {
            figures = List.copyOf(figures);
        }
    }

    /** The record entry of the printed revision with its inclusion proof in the tree of the checkpoint. */
    public record Evidence(long index, byte[] entry, List<byte[]> proof, Checkpoint checkpoint) {
        public Evidence {
            entry = entry.clone();
            proof = List.copyOf(proof);
        }
    }

    /** A figure whose printed value is not the published one; null where one side has no such figure. */
    public record Difference(String key, Long printed, Long published) {
    }

    /** Something about the record that does not hold, by a stable code (for messages) with its values. */
    public record Problem(String code, List<String> args, String english) {
    }

    /**
     * @param published                the printed revision as the platform published it (null when it has no such revision)
     * @param current                  the revision that counts now (null when nothing is published)
     * @param entryIndex               the record entry found for the printed revision, or null
     * @param proofVerified            the entry is in the checkpoint's tree and its hash is the printed one
     */
    public record Verdict(Outcome outcome, ProtocolCode code, Published published, List<Difference> differences,
                          List<Problem> problems, Published current, Long entryIndex, String leafHash, Long treeSize,
                          boolean proofVerified) {
        /** The platform has the printed revision. */
        public boolean printedRevisionPublished() {
            return published != null;
        }

        /** The printed revision was later corrected. */
        public boolean corrected() {
            return current != null && published != null && current.revision() > code.revision();
        }

        /** Exit status of the command line: 0 when everything holds, 1 otherwise. */
        public int exitStatus() {
            return outcome == Outcome.HOLDS ? 0 : 1;
        }
    }

    public static Verdict check(ProtocolCode code, List<Published> revisions, Evidence evidence) {
        if (revisions.isEmpty()) {
            return new Verdict(Outcome.UNKNOWN, code, null, List.of(), List.of(), null, null, null, null, false);
        }
        Published current = revisions.stream().max(java.util.Comparator.comparingInt(Published::revision)).orElseThrow();
        Optional<Published> printed = revisions.stream().filter(p -> p.revision() == code.revision()).findFirst();
        List<Problem> problems = new ArrayList<>();
        if (printed.isEmpty()) {
            problems.add(problem("noRevision", "the platform has no revision " + code.revision() + " of this protocol (the current is "
                    + current.revision() + ")", code.revision(), current.revision()));
            return new Verdict(Outcome.DIFFERS, code, null, List.of(), problems, current, null, null, null, false);
        }
        List<Difference> differences = differences(code.figures(), printed.get().figures());
        Long index = null;
        String leaf = null;
        Long size = null;
        boolean proved = false;
        if (evidence != null) {
            index = evidence.index();
            size = evidence.checkpoint().size();
            byte[] leafHash = Merkle.leafHash(evidence.entry());
            leaf = HEX.formatHex(leafHash);
            Optional<String> why = ProofCheck.inclusion(evidence.index(), size, leafHash, evidence.proof(),
                    evidence.checkpoint().rootHash());
            if (why.isPresent()) {
                problems.add(problem("proof", "the inclusion proof of entry " + index + " does not verify: " + why.get(), index, why.get()));
            }
            if (code.leafHash() != null && !code.leafHash().equals(leaf)) {
                problems.add(problem("otherHash", "the code's entry hash " + code.leafHash() + " is not the hash of the published entry "
                        + index + ", " + leaf, code.leafHash(), index, leaf));
            }
            if (code.entryIndex() != null && !code.entryIndex().equals(index)) {
                problems.add(problem("otherEntry", "the code names entry " + code.entryIndex() + "; the platform's entry for this revision is "
                        + index, code.entryIndex(), index));
            }
            String content = contentProblem(evidence.entry(), code, printed.get());
            if (content != null) {
                problems.add(problem("entryContent", "entry " + index + " does not hold this protocol: " + content, index, content));
            }
            proved = problems.isEmpty();
        } else if (code.leafHash() != null) {
            problems.add(problem("noEntry", "the code names a record entry, but the platform shows none for revision " + code.revision(),
                    code.revision()));
        }
        Outcome outcome = !differences.isEmpty() || !problems.isEmpty() ? Outcome.DIFFERS
                : current.revision() > code.revision() ? Outcome.CORRECTED : Outcome.HOLDS;
        return new Verdict(outcome, code, printed.get(), differences, problems, current, index, leaf, size, proved);
    }

    /** Figures printed and published, compared key by key in the printed order, then those only published. */
    public static List<Difference> differences(List<Figure> printed, List<Figure> published) {
        Map<String, Long> pub = new LinkedHashMap<>();
        published.forEach(f -> pub.put(f.key(), f.value()));
        List<Difference> out = new ArrayList<>();
        for (Figure f : printed) {
            Long p = pub.remove(f.key());
            if (!Objects.equals(p, f.value())) out.add(new Difference(f.key(), f.value(), p));
        }
        pub.forEach((k, v) -> out.add(new Difference(k, null, v)));
        return out;
    }

    private static Problem problem(String code, String english, Object... args) {
        return new Problem(code, Arrays.stream(args).map(String::valueOf).toList(), english);
    }

    /**
     * Reads the entry as voting's listener wrote it (kind voting.protocol-accepted or -corrected, the
     * vote as object, the decision's station, revision and figures) and says what does not match; null when all does.
     */
    static String contentProblem(byte[] entry, ProtocolCode code, Published published) {
        JsonNode n;
        try {
            n = JSON.readTree(entry);
        } catch (JacksonException e) {
            return "it is not JSON";
        }
        String kind = n.path("kind").asString("");
        if (!kind.equals("voting.protocol-accepted") && !kind.equals("voting.protocol-corrected")) return "its kind is '" + kind + "'";
        JsonNode d = n.path("decision");
        if (!code.vote().equals(d.path("referendum").asString(""))) return "its vote is '" + d.path("referendum").asString("") + "'";
        if (!code.station().equals(d.path("station").asString(""))) return "its station is '" + d.path("station").asString("") + "'";
        if (d.path("revision").asInt(-1) != code.revision()) return "its revision is " + d.path("revision").asInt(-1);
        List<Figure> inEntry = entryFigures(d.path("figures"), published.figures());
        List<Difference> diff = differences(published.figures(), inEntry);
        if (!diff.isEmpty()) {
            Difference first = diff.get(0);
            return "its figure " + first.key() + " is " + first.published() + ", published " + first.printed();
        }
        return null;
    }

    // TallyFigures writes the questions only when there are several; one question's yes and no are then
    // the top-level yes and no, keyed here as the published protocol's only question.
    private static List<Figure> entryFigures(JsonNode f, List<Figure> published) {
        List<Figure> out = new ArrayList<>();
        out.add(new Figure("reg", f.path("registered").asLong(-1)));
        out.add(new Figure("iss", f.path("issued").asLong(-1)));
        out.add(new Figure("box", f.path("inBoxes").asLong(-1)));
        out.add(new Figure("inv", f.path("invalid").asLong(-1)));
        JsonNode qs = f.get("questions");
        if (qs != null && qs.isArray()) {
            for (JsonNode q : qs) {
                out.add(new Figure("y." + q.path("questionId").asString(""), q.path("yes").asLong(-1)));
                out.add(new Figure("n." + q.path("questionId").asString(""), q.path("no").asLong(-1)));
            }
        } else {
            String yes = published.stream().map(Figure::key).filter(k -> k.startsWith("y.")).findFirst().orElse("y.1");
            out.add(new Figure(yes, f.path("yes").asLong(-1)));
            out.add(new Figure("n." + yes.substring(2), f.path("no").asLong(-1)));
        }
        return out;
    }
}

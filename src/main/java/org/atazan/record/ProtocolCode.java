package org.atazan.record;

import org.atazan.kernel.BadInputException;
import org.atazan.voting.Protocol;
import org.atazan.voting.QuestionResult;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the QR code of a printed protocol holds: the vote, the station, the revision, every figure by a
 * stable key, and (once the protocol is in the public record) its entry's index and RFC 9162 leaf hash.
 * Version 1 is one line of fields separated by {@code ;}, so that it fits a small code and can be read
 * aloud or typed:
 * <pre>
 * ATZP1;v=ref-2026;s=XX/a/d/s1;r=2;reg=1000;iss=600;box=600;inv=10;y.1=450;n.1=140;e=1234;h=9f86…(64 hex)
 * </pre>
 * {@code v}, {@code s} and the question ids are percent-encoded UTF-8 (letters, digits, {@code -._~/}
 * stay as they are); {@code e} and {@code h} are absent while the entry is not appended yet. The keys
 * of the figures: {@code reg} registered voters, {@code iss} ballots issued, {@code box} ballots in
 * the boxes, {@code inv} invalid, {@code y.Q} and {@code n.Q} the yes and no votes of question Q.
 *
 * @param entryIndex the record entry's index, or null when not known
 * @param leafHash   the entry's leaf hash as 64 lower-case hex digits, or null when not appended
 */
public record ProtocolCode(String vote, String station, int revision, List<Figure> figures, Long entryIndex,
                           String leafHash) {
    public static final String HEADER = "ATZP1";
    /** The longest payload read: a version 1 payload of a few questions is a few hundred characters. */
    public static final int MAX_CHARS = 2000;
    private static final int MAX_ID = 200;
    private static final int MAX_QUESTIONS = 50;
    private static final long MAX_FIGURE = 1_000_000_000_000L;
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    /**
     * A payload refused: the reason by a stable name (for the pages' messages: empty, tooLong, header,
     * format, missing, twice, unknown, number, hash, encoding) and the field, if one is to blame.
     */
    public static final class BadCode extends BadInputException {
        private final String reason;
        private final String field;

        BadCode(String reason, String field, String message) {
            super(message);
            this.reason = reason;
            this.field = field;
        }

        public String reason() {
            return reason;
        }

        /** The field to blame or null. */
        public String field() {
            return field;
        }
    }

    /** One figure of a protocol under its stable key. */
    public record Figure(String key, long value) {
    }

    public ProtocolCode {
        figures = List.copyOf(figures);
        if (leafHash != null && !HEX64.matcher(leafHash).matches()) throw new IllegalArgumentException("a leaf hash is 64 hex digits");
    }

    /** The figures of a protocol in the payload's order, by their keys. */
    public static List<Figure> figures(Protocol p) {
        List<Figure> out = new ArrayList<>();
        out.add(new Figure("reg", p.registered()));
        out.add(new Figure("iss", p.issued()));
        out.add(new Figure("box", p.inBoxes()));
        out.add(new Figure("inv", p.invalid()));
        for (QuestionResult q : p.questions()) {
            out.add(new Figure("y." + q.questionId(), q.yes()));
            out.add(new Figure("n." + q.questionId(), q.no()));
        }
        return out;
    }

    /** The figures as a map from key to value, in order. */
    public Map<String, Long> figureMap() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Figure f : figures) m.put(f.key(), f.value());
        return m;
    }

    /** The payload text, version 1. */
    public String text() {
        StringBuilder b = new StringBuilder(HEADER);
        b.append(";v=").append(encode(vote)).append(";s=").append(encode(station)).append(";r=").append(revision);
        for (Figure f : figures) {
            String k = f.key();
            if (k.startsWith("y.") || k.startsWith("n.")) k = k.substring(0, 2) + encode(k.substring(2));
            b.append(';').append(k).append('=').append(f.value());
        }
        if (entryIndex != null) b.append(";e=").append(entryIndex);
        if (leafHash != null) b.append(";h=").append(leafHash);
        return b.toString();
    }

    /**
     * Reads a payload (surrounding white space ignored); anything else is refused naming the field, as
     * bad input: a payload is typed or pasted by people.
     */
    public static ProtocolCode parse(String text) {
        if (text == null) throw new BadCode("empty", null, "code: empty");
        String t = text.strip();
        if (t.isEmpty()) throw new BadCode("empty", null, "code: empty");
        if (t.length() > MAX_CHARS) throw new BadCode("tooLong", null, "code: longer than " + MAX_CHARS + " characters; not a protocol's code");
        String[] parts = t.split(";", -1);
        if (!parts[0].equals(HEADER)) {
            throw new BadCode("header", null, "code: does not begin with " + HEADER + "; not the code of a printed protocol"
                    + (parts[0].startsWith("ATZP") ? " of a version this program reads" : ""));
        }
        String vote = null, station = null;
        Integer revision = null;
        Long entry = null;
        String hash = null;
        Map<String, Long> base = new LinkedHashMap<>();
        Map<String, long[]> questions = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            int eq = p.indexOf('=');
            if (eq <= 0) throw new BadCode("format", null, "code, part " + (i + 1) + ": not key=value");
            String key = p.substring(0, eq);
            String value = p.substring(eq + 1);
            String field = key.startsWith("y.") || key.startsWith("n.") ? key.substring(0, 2) + decode(key.substring(2), key) : key;
            if (!seen.add(field)) throw new BadCode("twice", field, "code, field " + field + ": given twice");
            switch (key) {
                case "v" -> vote = id(value, "v");
                case "s" -> station = id(value, "s");
                case "r" -> {
                    long r = number(value, "r");
                    if (r < 1 || r > Integer.MAX_VALUE) throw new BadCode("number", "r", "code, field r: a revision is 1 or more");
                    revision = (int) r;
                }
                case "reg", "iss", "box", "inv" -> base.put(key, number(value, key));
                case "e" -> entry = number(value, "e");
                case "h" -> {
                    if (!HEX64.matcher(value).matches()) throw new BadCode("hash", "h", "code, field h: not 64 lower-case hex digits");
                    hash = value;
                }
                default -> {
                    if (!(key.startsWith("y.") || key.startsWith("n.")) || key.length() == 2) {
                        throw new BadCode("unknown", key, "code, field " + key + ": not a field of " + HEADER);
                    }
                    String q = field.substring(2);
                    if (!questions.containsKey(q) && questions.size() == MAX_QUESTIONS) {
                        throw new BadCode("format", null, "code: more than " + MAX_QUESTIONS + " questions");
                    }
                    questions.computeIfAbsent(q, x -> new long[]{-1, -1})[key.charAt(0) == 'y' ? 0 : 1] = number(value, field);
                }
            }
        }
        if (vote == null) throw new BadCode("missing", "v", "code, field v (the vote): missing");
        if (station == null) throw new BadCode("missing", "s", "code, field s (the station): missing");
        if (revision == null) throw new BadCode("missing", "r", "code, field r (the revision): missing");
        for (String k : List.of("reg", "iss", "box", "inv")) {
            if (!base.containsKey(k)) throw new BadCode("missing", k, "code, field " + k + ": missing");
        }
        if (questions.isEmpty()) throw new BadCode("missing", "y.1", "code: no question's figures (y.1, n.1)");
        if (entry != null && hash == null) throw new BadCode("missing", "h", "code, field e: given without the entry's hash h");
        List<Figure> figures = new ArrayList<>();
        base.forEach((k, v) -> figures.add(new Figure(k, v)));
        // Always reg, iss, box, inv first, then each question's yes and no: the order the platform writes.
        figures.sort(java.util.Comparator.comparingInt(f -> List.of("reg", "iss", "box", "inv").indexOf(f.key())));
        for (Map.Entry<String, long[]> q : questions.entrySet()) {
            if (q.getValue()[0] < 0) throw new BadCode("missing", "y." + q.getKey(), "code, field y." + q.getKey() + ": missing");
            if (q.getValue()[1] < 0) throw new BadCode("missing", "n." + q.getKey(), "code, field n." + q.getKey() + ": missing");
            figures.add(new Figure("y." + q.getKey(), q.getValue()[0]));
            figures.add(new Figure("n." + q.getKey(), q.getValue()[1]));
        }
        return new ProtocolCode(vote, station, revision, figures, entry, hash);
    }

    private static String id(String value, String field) {
        String v = decode(value, field);
        if (v.isEmpty()) throw new BadCode("missing", field, "code, field " + field + ": empty");
        if (v.length() > MAX_ID) throw new BadCode("tooLong", field, "code, field " + field + ": longer than " + MAX_ID + " characters");
        if (v.chars().anyMatch(Character::isISOControl)) throw new BadCode("encoding", field, "code, field " + field + ": holds a control character");
        return v;
    }

    private static long number(String value, String field) {
        if (!value.matches("0|[1-9][0-9]{0,12}")) throw new BadCode("number", field, "code, field " + field + ": not a whole number: " + shorten(value));
        long n = Long.parseLong(value);
        if (n > MAX_FIGURE) throw new BadCode("number", field, "code, field " + field + ": larger than any count of votes");
        return n;
    }

    private static String shorten(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }

    private static boolean plain(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
                || c == '~' || c == '/';
    }

    static String encode(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (plain(c)) b.append((char) c);
            else b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
        }
        return b.toString();
    }

    static String decode(String s, String where) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) throw new BadCode("encoding", where, "code, field " + where + ": a % without two hex digits");
                int hi = Character.digit(s.charAt(i + 1), 16), lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) throw new BadCode("encoding", where, "code, field " + where + ": a % without two hex digits");
                out.write(hi * 16 + lo);
                i += 2;
            } else if (plain(c)) {
                out.write(c);
            } else {
                throw new BadCode("encoding", where, "code, field " + where + ": the character '" + c + "' must be percent-encoded");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(out.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new BadCode("encoding", where, "code, field " + where + ": not UTF-8 once decoded");
        }
    }
}

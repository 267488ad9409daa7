package org.atazan.systematization.polis;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.atazan.kernel.BadInputException;
import org.atazan.kernel.BoundedReader;
import org.atazan.systematization.Reaction;
import org.atazan.systematization.ReactionMatrix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a conversation exported from Pol.is (the compdemocracy/openData layout): {@code comments.csv}
 * for the statements and which were moderated out, {@code votes.csv} for every vote in time order
 * (the latest of a person on a statement counts), or {@code participants-votes.csv} where votes.csv is
 * absent, which also carries the group Pol.is itself placed each participant in. Authors stay anonymous:
 * only their Pol.is numbers are read.
 */
public final class PolisExport {
    public static final String COMMENTS = "comments.csv";
    public static final String VOTES = "votes.csv";
    public static final String PARTICIPANT_VOTES = "participants-votes.csv";
    /** The fixed columns of participants-votes.csv before one column per statement. */
    private static final Set<String> PARTICIPANT_COLUMNS = Set.of("participant", "group-id", "n-comments", "n-votes", "n-agree", "n-disagree");

    private PolisExport() {
    }

    /** Bounds of each file read: bytes, and characters on one physical line. */
    public record Limits(long bytes, int lineChars) {
        public static final Limits DEFAULT = new Limits(2L << 30, 1 << 20);
    }

    /**
     * A conversation as read.
     *
     * @param reactions  who reacted how to which statement
     * @param hidden     statements the moderator hid (Pol.is: moderated = -1)
     * @param texts      each statement's text, where comments.csv gives it
     * @param published  the group Pol.is placed each participant in, where the export says (empty otherwise)
     */
    public record Conversation(ReactionMatrix reactions, Set<String> hidden, Map<String, String> texts,
                               Map<String, String> published) {
    }

    public static Conversation read(Path dir, Limits limits) {
        if (!Files.isDirectory(dir)) throw new BadInputException(dir + ": not a folder (a Pol.is export is a folder of CSV files)");
        Path votes = dir.resolve(VOTES), wide = dir.resolve(PARTICIPANT_VOTES), comments = dir.resolve(COMMENTS);
        if (!Files.isRegularFile(votes) && !Files.isRegularFile(wide)) {
            throw new BadInputException(dir + ": neither " + VOTES + " nor " + PARTICIPANT_VOTES + " is there");
        }
        ReactionMatrix.Builder builder = ReactionMatrix.builder();
        Set<String> hidden = new HashSet<>();
        Map<String, String> texts = new LinkedHashMap<>();
        if (Files.isRegularFile(comments)) readComments(comments, limits, builder, hidden, texts);
        Map<String, String> published = new LinkedHashMap<>();
        if (Files.isRegularFile(votes)) {
            readVotes(votes, limits, builder);
            if (Files.isRegularFile(wide)) readWide(wide, limits, null, published);
        } else {
            readWide(wide, limits, builder, published);
        }
        return new Conversation(builder.build(), Set.copyOf(hidden), texts, published);
    }

    /**
     * A statement as comments.csv gives it.
     *
     * @param moderated 1 shown, 0 not yet moderated, -1 hidden by the moderator
     * @param at        when it was written, in milliseconds since 1970 (0 where the file does not say)
     */
    public record Comment(String id, String authorId, long at, int moderated, String text) {
    }

    /** The statements of an export folder's comments.csv, in the file's order; none when the file is absent. */
    public static List<Comment> comments(Path dir, Limits limits) {
        Path file = dir.resolve(COMMENTS);
        List<Comment> out = new java.util.ArrayList<>();
        if (!Files.isRegularFile(file)) return out;
        try (Csv csv = Csv.open(file, limits)) {
            int id = csv.column("comment-id"), author = csv.columnOrMinus("author-id"), time = csv.columnOrMinus("timestamp"),
                    moderated = csv.columnOrMinus("moderated"), body = csv.columnOrMinus("comment-body");
            for (CSVRecord r : csv) {
                String c = csv.cell(r, id, "comment-id");
                if (c.isEmpty()) throw csv.bad(r, "comment-id", "empty");
                String m = moderated < 0 ? "1" : csv.cell(r, moderated, "moderated").trim();
                out.add(new Comment(c, author < 0 ? "" : csv.cell(r, author, "author-id"), time < 0 ? 0 : csv.number(r, time, "timestamp"),
                        "-1".equals(m) ? -1 : "0".equals(m) ? 0 : 1, body < 0 ? "" : csv.cell(r, body, "comment-body")));
            }
        }
        return out;
    }

    private static void readComments(Path file, Limits limits, ReactionMatrix.Builder builder, Set<String> hidden,
                                     Map<String, String> texts) {
        try (Csv csv = Csv.open(file, limits)) {
            int id = csv.column("comment-id"), moderated = csv.columnOrMinus("moderated"), body = csv.columnOrMinus("comment-body");
            for (CSVRecord r : csv) {
                String c = csv.cell(r, id, "comment-id");
                if (c.isEmpty()) throw csv.bad(r, "comment-id", "empty");
                builder.statement(c);
                if (moderated >= 0 && "-1".equals(csv.cell(r, moderated, "moderated").trim())) hidden.add(c);
                if (body >= 0) texts.put(c, csv.cell(r, body, "comment-body"));
            }
        }
    }

    /** Every vote, replayed in time order so that a person's latest vote on a statement is the one kept. */
    private static void readVotes(Path file, Limits limits, ReactionMatrix.Builder builder) {
        try (Csv csv = Csv.open(file, limits)) {
            int time = csv.columnOrMinus("timestamp"), comment = csv.column("comment-id"), voter = csv.column("voter-id"),
                    vote = csv.column("vote");
            Map<String, Integer> voters = new HashMap<>(), statements = new HashMap<>();
            List<String> voterIds = new java.util.ArrayList<>(), statementIds = new java.util.ArrayList<>();
            long[] at = new long[1024];
            int[] who = new int[1024], what = new int[1024];
            byte[] how = new byte[1024];
            int n = 0;
            boolean ordered = true;
            for (CSVRecord r : csv) {
                if (n == at.length) {
                    int size = Math.multiplyExact(n, 2);
                    at = Arrays.copyOf(at, size);
                    who = Arrays.copyOf(who, size);
                    what = Arrays.copyOf(what, size);
                    how = Arrays.copyOf(how, size);
                }
                at[n] = time < 0 ? n : csv.number(r, time, "timestamp");
                who[n] = index(csv.cell(r, voter, "voter-id"), voters, voterIds, csv, r, "voter-id");
                what[n] = index(csv.cell(r, comment, "comment-id"), statements, statementIds, csv, r, "comment-id");
                how[n] = (byte) csv.reaction(r, vote, "vote").value();
                if (n > 0 && at[n] < at[n - 1]) ordered = false;
                n++;
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) order[i] = i;
            if (!ordered) {
                long[] times = at;
                Arrays.sort(order, (a, b) -> Long.compare(times[a], times[b])); // stable: file order breaks ties
            }
            for (int i : order) builder.react(voterIds.get(who[i]), statementIds.get(what[i]), Reaction.of(how[i]));
        }
    }

    private static int index(String id, Map<String, Integer> ids, List<String> list, Csv csv, CSVRecord r, String column) {
        if (id.isEmpty()) throw csv.bad(r, column, "empty");
        return ids.computeIfAbsent(id, k -> {
            list.add(k);
            return list.size() - 1;
        });
    }

    /** participants-votes.csv: one row per participant, one column per statement; its group-id is Pol.is's own grouping. */
    private static void readWide(Path file, Limits limits, ReactionMatrix.Builder builder, Map<String, String> published) {
        try (Csv csv = Csv.open(file, limits)) {
            int participant = csv.column("participant"), group = csv.columnOrMinus("group-id");
            List<String> header = csv.parser.getHeaderNames();
            for (CSVRecord r : csv) {
                String p = csv.cell(r, participant, "participant");
                if (p.isEmpty()) throw csv.bad(r, "participant", "empty");
                if (group >= 0) {
                    String g = csv.cell(r, group, "group-id").trim();
                    if (!g.isEmpty()) published.put(p, g);
                }
                if (builder == null) continue;
                for (int c = 0; c < header.size() && c < r.size(); c++) {
                    String name = header.get(c);
                    if (PARTICIPANT_COLUMNS.contains(name)) continue;
                    String v = r.get(c).trim();
                    if (v.isEmpty()) continue;
                    builder.react(p, name, csv.reaction(r, c, name));
                }
            }
        }
    }

    /** One CSV file with a header, its limits checked while read, its errors naming file, line and column. */
    private static final class Csv implements AutoCloseable, Iterable<CSVRecord> {
        final String name;
        final CSVParser parser;
        final Map<String, Integer> columns;

        private Csv(String name, CSVParser parser) {
            this.name = name;
            this.parser = parser;
            this.columns = parser.getHeaderMap();
        }

        static Csv open(Path file, Limits limits) {
            String name = file.getFileName().toString();
            try {
                InputStream in = Files.newInputStream(file);
                BoundedReader text = new BoundedReader(in, StandardCharsets.UTF_8, limits.bytes(), "bytes per file",
                        limits.lineChars(), "characters per line", name);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                        .get().parse(text);
                return new Csv(name, parser);
            } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                throw new BadInputException(name + ": not a CSV file with a header (" + e.getMessage() + ")");
            }
        }

        /** The records; a malformed one (an unclosed quote, say) is refused with its line. */
        @Override
        public java.util.Iterator<CSVRecord> iterator() {
            java.util.Iterator<CSVRecord> records = parser.iterator();
            return new java.util.Iterator<>() {
                @Override
                public boolean hasNext() {
                    try {
                        return records.hasNext();
                    } catch (UncheckedIOException | IllegalStateException e) {
                        throw new BadInputException(name + " line " + parser.getCurrentLineNumber() + ": not valid CSV ("
                                + e.getMessage() + ")");
                    }
                }

                @Override
                public CSVRecord next() {
                    hasNext();
                    return records.next();
                }
            };
        }

        int column(String column) {
            Integer at = columns == null ? null : columns.get(column);
            if (at == null) throw new BadInputException(name + ": no column '" + column + "' in the header " + parser.getHeaderNames());
            return at;
        }

        int columnOrMinus(String column) {
            Integer at = columns == null ? null : columns.get(column);
            return at == null ? -1 : at;
        }

        String cell(CSVRecord r, int at, String column) {
            if (at >= r.size()) throw bad(r, column, "missing (the row has " + r.size() + " cells)");
            return r.get(at);
        }

        long number(CSVRecord r, int at, String column) {
            String v = cell(r, at, column).trim();
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw bad(r, column, "not a whole number: '" + shorten(v) + "'");
            }
        }

        Reaction reaction(CSVRecord r, int at, String column) {
            String v = cell(r, at, column).trim();
            return switch (v) {
                case "1", "1.0" -> Reaction.AGREE;
                case "-1", "-1.0" -> Reaction.DISAGREE;
                case "0", "0.0" -> Reaction.PASS;
                default -> throw bad(r, column, "a vote is 1 (agree), -1 (disagree) or 0 (pass), not '" + shorten(v) + "'");
            };
        }

        BadInputException bad(CSVRecord r, String column, String what) {
            return new BadInputException(name + " line " + parser.getCurrentLineNumber() + ", column " + column + ": " + what);
        }

        private static String shorten(String v) {
            return v.length() > 40 ? v.substring(0, 40) + "…" : v;
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

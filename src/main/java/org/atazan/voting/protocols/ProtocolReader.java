package org.atazan.voting.protocols;

import org.atazan.voting.ImportLimits;
import org.atazan.voting.RowIssue;
import org.atazan.voting.RowIssues;
import org.atazan.voting.ImportMode;
import org.atazan.voting.ColumnMapping;
import org.atazan.kernel.BadInputException;
import org.atazan.voting.ControlRelations;
import org.atazan.voting.Protocol;
import org.atazan.voting.Territory;
import org.atazan.voting.Violation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Streams polling-station protocols out of a (possibly zipped) CSV file with a {@link ColumnMapping}.
 * Territory codes are the path of names, e.g. {@code RU/Республика Адыгея (Адыгея)/1 Адыгейская/УИК №1},
 * so the same file always yields the same codes. A "line" in reports is the physical line where the
 * row starts, as a text editor shows it (the header is line 1 unless blank lines come before it).
 */
public final class ProtocolReader {
    private static final String[] FIGURES = {"registered", "issued", "inBoxes", "invalid", "yes", "no"};

    private ProtocolReader() {
    }

    /** Reads the whole file in the given mode with the default limits; messages name the file by its path. */
    public static ImportResult read(Path file, ColumnMapping m, ImportMode mode) {
        return read(file, file.toString(), m, mode, ImportLimits.DEFAULTS);
    }

    /**
     * Reads the whole file in the given mode; strict mode throws {@link BadInputException} at the first
     * bad row. Every limit is checked while reading: nothing larger than allowed is held in memory.
     *
     * @param name what messages call the file (its name as uploaded, not where it was stored)
     */
    public static ImportResult read(Path file, String name, ColumnMapping m, ImportMode mode, ImportLimits limits) {
        try (InputStream raw = open(file, name, m, limits);
             BoundedText text = new BoundedText(raw, m.encoding(), limits, name)) {
            return read(name, m, mode, limits, text, new CsvRecords(text, m.delimiter()));
        } catch (NoSuchFileException e) {
            throw new BadInputException(name + " line 0, station -, field -: file not found", e);
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // The CSV reader says where ("(line 7) the text ends inside the quoted field that starts there").
            Throwable cause = e instanceof java.io.UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
            throw new BadInputException(name + ": not a readable CSV file: " + cause.getMessage(), e);
        }
    }

    private static ImportResult read(String fname, ColumnMapping m, ImportMode mode, ImportLimits limits, BoundedText text,
                                     CsvRecords rec) throws IOException {
        // The header: the first line that is not blank.
        boolean found = false;
        while (rec.next()) {
            if (!rec.blank()) {
                found = true;
                break;
            }
        }
        Columns cols = Columns.locate(fname, found ? rec.toList() : null, m);
        Map<String, Territory> territories = new LinkedHashMap<>();
        territories.put(m.country(), new Territory(m.country(), "country", m.countryNames(), null, 0));
        Places places = new Places(territories, m, cols);
        List<Protocol> protocols = new ArrayList<>();
        LineList lines = new LineList();
        RowIssues skipped = new RowIssues(limits.reportedRows());
        RowIssues warnings = new RowIssues(limits.reportedRows());
        String title = null;
        long rows = 0;
        // Lines as in a text editor: every line is a record (blank lines too), so the next one starts
        // on the line after the one where the reader stopped, whatever quoted fields spanned lines.
        long lastLine = rec.lines();
        String[] place = new String[cols.levels.length];
        long[] v = new long[FIGURES.length];
        while (true) {
            text.startRecord();
            if (!rec.next()) break;
            long line = lastLine + 1;
            lastLine = rec.lines();
            if (rec.blank()) continue;
            if (++rows > limits.rows()) {
                throw new BadInputException(fname + " line " + line + ": more than " + String.format("%,d", limits.rows())
                        + " rows (limit atazan.limits.csv-rows)");
            }
            if (title == null && cols.title >= 0 && rec.isSet(cols.title)) title = rec.get(cols.title);
            RowIssue issue = parse(fname, line, rec, cols, place, v);
            String reason = issue == null ? null : issue.reason().startsWith("not a whole number") ? "not a whole number"
                    : issue.reason().startsWith("negative figure") ? "negative figure" : issue.reason();
            String code = issue == null ? places.code(place) : null;
            if (issue == null && territories.containsKey(code)) {
                issue = new RowIssue(fname, line, code, "station", "duplicate station");
                reason = issue.reason();
            }
            if (issue != null) {
                if (mode != ImportMode.SKIP_INVALID) throw new BadInputException(issue.message());
                skipped.add(issue, reason);
                continue;
            }
            Protocol p = Protocol.single(code, v[0], v[1], v[2], v[3], v[4], v[5]);
            List<Violation> bad = ControlRelations.check(p);
            if (!bad.isEmpty()) {
                RowIssue vi = new RowIssue(fname, line, code, bad.get(0).field(),
                        String.join("; ", bad.stream().map(ProtocolReader::describe).toList()));
                if (mode == ImportMode.STRICT) throw new BadInputException(vi.message());
                String relation = bad.get(0).relation();
                if (mode == ImportMode.SKIP_INVALID) {
                    skipped.add(vi, relation);
                    continue;
                }
                warnings.add(vi, relation);
            }
            places.add(place, code, v[0]);
            protocols.add(p);
            lines.add(line);
        }
        return new ImportResult(title, List.copyOf(territories.values()), protocols, lines.toArray(), skipped, warnings);
    }

    /** A growing array of line numbers, one per protocol, without boxing two million of them. */
    private static final class LineList {
        private long[] a = new long[1024];
        private int n;

        void add(long line) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = line;
        }

        long[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }

    private static String describe(Violation v) {
        return v.relation() + " fails " + v.figures();
    }

    private static InputStream open(Path file, String name, ColumnMapping m, ImportLimits limits) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (!m.zipped() && !file.toString().endsWith(".zip")) return in;
        ZipInputStream zip = new ZipInputStream(in);
        try {
            int entries = 0;
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++entries > limits.zipEntries()) {
                    throw new BadInputException(name + " line 0, station -, field -: the zip file lists more than "
                            + limits.zipEntries() + " entries before its CSV file (limit atazan.limits.zip-entries)");
                }
                if (!e.isDirectory()) return zip;
            }
        } catch (RuntimeException | IOException e) {
            zip.close();
            if (e instanceof BadInputException b) throw b;
            throw new BadInputException(name + " line 0, station -, field -: not a readable zip file: " + e.getMessage(), e);
        }
        zip.close();
        throw new BadInputException(name + " line 0, station -, field -: zip file holds no file");
    }

    private static RowIssue parse(String fname, long line, CsvRecords rec, Columns cols, String[] place, long[] v) {
        for (int i = 0; i < cols.levels.length; i++) {
            int idx = cols.levels[i];
            if (!rec.isSet(idx) || rec.blank(idx)) {
                return new RowIssue(fname, line, "-", cols.levelKinds[i] + " (" + cols.header(idx) + ")", "missing value");
            }
            // Rows come grouped by region and district: the name of the row before is kept while it repeats.
            if (!rec.trimmedEquals(idx, place[i])) place[i] = rec.get(idx).trim();
        }
        for (int i = 0; i < FIGURES.length; i++) {
            int idx = cols.figures[i];
            if (!rec.isSet(idx)) return new RowIssue(fname, line, String.join("/", place), field(cols, i), "missing value");
            long n = rec.number(idx);
            if (n == Long.MIN_VALUE) {
                return new RowIssue(fname, line, String.join("/", place), field(cols, i), "not a whole number: '" + rec.get(idx) + "'");
            }
            if (n < 0) return new RowIssue(fname, line, String.join("/", place), field(cols, i), "negative figure " + n);
            v[i] = n;
        }
        return null;
    }

    private static String field(Columns cols, int figure) {
        return FIGURES[figure] + " (" + cols.header(cols.figures[figure]) + ")";
    }

    /** Parses a plain decimal integer; Long.MIN_VALUE if it is not one (no locale, no exceptions in the hot loop). */
    static long parseLong(String s) {
        return CsvRecords.number(s.toCharArray(), 0, s.length());
    }

    /**
     * The territories above the stations, made as rows name them. Rows come grouped by region and
     * district, so the codes of the last row's places are kept and reused while the names repeat:
     * most rows build one code, their station's.
     */
    private static final class Places {
        private final Map<String, Territory> territories;
        private final String lang;
        private final String country;
        private final String[] kinds;
        private final String[] names;
        private final String[] codes;
        /** Whether a place above the station may be new: only when its name changed since the row before. */
        private final boolean[] changed;

        Places(Map<String, Territory> territories, ColumnMapping m, Columns cols) {
            this.territories = territories;
            this.lang = m.language();
            this.country = m.country();
            this.kinds = cols.levelKinds;
            this.names = new String[cols.levels.length - 1];
            this.codes = new String[cols.levels.length - 1];
            this.changed = new boolean[cols.levels.length - 1];
        }

        /** The code of the station the place names: the path of names from the country down. */
        String code(String[] place) {
            String parent = country;
            boolean same = true;
            for (int i = 0; i < names.length; i++) {
                same = same && place[i].equals(names[i]);
                changed[i] |= !same;
                if (!same) {
                    names[i] = place[i];
                    codes[i] = parent + "/" + place[i];
                }
                parent = codes[i];
            }
            return parent + "/" + place[place.length - 1];
        }

        /** Adds the station and any place above it not yet known; {@link #code} was called last for this place. */
        void add(String[] place, String code, long registered) {
            String parent = country;
            for (int i = 0; i < names.length; i++) {
                String unit = codes[i];
                if (changed[i] && !territories.containsKey(unit)) {
                    territories.put(unit, new Territory(unit, kinds[i], Map.of(lang, place[i]), parent, 0));
                }
                changed[i] = false;
                parent = unit;
            }
            territories.put(code, new Territory(code, "station", Map.of(lang, place[place.length - 1]), parent, registered));
        }
    }
}

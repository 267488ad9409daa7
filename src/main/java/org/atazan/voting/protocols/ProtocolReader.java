package org.atazan.voting.protocols;

import org.atazan.voting.RowIssue;
import org.atazan.voting.ImportMode;
import org.atazan.voting.ColumnMapping;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.atazan.kernel.BadInputException;
import org.atazan.voting.ControlRelations;
import org.atazan.voting.Protocol;
import org.atazan.voting.Territory;
import org.atazan.voting.Violation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Streams polling-station protocols out of a (possibly zipped) CSV file with a {@link ColumnMapping}.
 * Territory codes are the path of names, e.g. {@code RU/Республика Адыгея (Адыгея)/1 Адыгейская/УИК №1},
 * so the same file always yields the same codes. A "line" in reports is the record number + 1 (the
 * header is line 1), which equals the physical line as long as no field spans lines.
 */
public final class ProtocolReader {
    private static final String[] FIGURES = {"registered", "issued", "inBoxes", "invalid", "yes", "no"};

    private ProtocolReader() {
    }

    /** Reads the whole file in the given mode; strict mode throws {@link BadInputException} at the first bad row. */
    public static ImportResult read(Path file, ColumnMapping m, ImportMode mode) {
        String fname = file.toString();
        try (InputStream raw = open(file, m);
             BufferedReader reader = new BufferedReader(new InputStreamReader(raw, m.encoding()), 1 << 16);
             CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(m.delimiter()).setHeader()
                     .setSkipHeaderRecord(true).get().parse(reader)) {
            Columns cols = Columns.locate(fname, parser.getHeaderMap(), m);
            Map<String, Territory> territories = new LinkedHashMap<>();
            territories.put(m.country(), new Territory(m.country(), "country", m.countryNames(), null, 0));
            List<Protocol> protocols = new ArrayList<>();
            List<RowIssue> skipped = new ArrayList<>();
            List<RowIssue> warnings = new ArrayList<>();
            String title = null;
            for (CSVRecord rec : parser) {
                long line = rec.getRecordNumber() + 1;
                if (title == null && cols.title >= 0 && rec.isSet(cols.title)) title = rec.get(cols.title);
                String[] place = new String[cols.levels.length];
                long[] v = new long[FIGURES.length];
                RowIssue issue = parse(fname, line, rec, cols, place, v);
                String code = issue == null ? m.country() + "/" + String.join("/", place) : null;
                if (issue == null && territories.containsKey(code)) {
                    issue = new RowIssue(fname, line, code, "station", "duplicate station");
                }
                if (issue != null) {
                    if (mode != ImportMode.SKIP_INVALID) throw new BadInputException(issue.message());
                    skipped.add(issue);
                    continue;
                }
                Protocol p = Protocol.single(code, v[0], v[1], v[2], v[3], v[4], v[5]);
                List<Violation> bad = ControlRelations.check(p);
                if (!bad.isEmpty()) {
                    RowIssue vi = new RowIssue(fname, line, code, bad.get(0).field(),
                            String.join("; ", bad.stream().map(ProtocolReader::describe).toList()));
                    if (mode == ImportMode.STRICT) throw new BadInputException(vi.message());
                    if (mode == ImportMode.SKIP_INVALID) {
                        skipped.add(vi);
                        continue;
                    }
                    warnings.add(vi);
                }
                addPlaces(territories, m, cols, place, code, v[0]);
                protocols.add(p);
            }
            return new ImportResult(title, List.copyOf(territories.values()), protocols, skipped, warnings);
        } catch (NoSuchFileException e) {
            throw new BadInputException(fname + " line 0, station -, field -: file not found", e);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BadInputException(fname + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static String describe(Violation v) {
        return v.relation() + " fails " + v.figures();
    }

    private static InputStream open(Path file, ColumnMapping m) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (!m.zipped() && !file.toString().endsWith(".zip")) return in;
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (!e.isDirectory()) return zip;
        }
        zip.close();
        throw new BadInputException(file + " line 0, station -, field -: zip file holds no file");
    }

    private static RowIssue parse(String fname, long line, CSVRecord rec, Columns cols, String[] place, long[] v) {
        for (int i = 0; i < cols.levels.length; i++) {
            int idx = cols.levels[i];
            if (!rec.isSet(idx) || rec.get(idx).isBlank()) {
                return new RowIssue(fname, line, "-", cols.levelKinds[i] + " (" + cols.header(idx) + ")", "missing value");
            }
            place[i] = rec.get(idx).trim();
        }
        String station = String.join("/", place);
        for (int i = 0; i < FIGURES.length; i++) {
            int idx = cols.figures[i];
            String field = FIGURES[i] + " (" + cols.header(idx) + ")";
            if (!rec.isSet(idx)) return new RowIssue(fname, line, station, field, "missing value");
            String s = rec.get(idx);
            long n = parseLong(s);
            if (n == Long.MIN_VALUE) return new RowIssue(fname, line, station, field, "not a whole number: '" + s + "'");
            if (n < 0) return new RowIssue(fname, line, station, field, "negative figure " + n);
            v[i] = n;
        }
        return null;
    }

    /** Parses a plain decimal integer; Long.MIN_VALUE if it is not one (no locale, no exceptions in the hot loop). */
    static long parseLong(String s) {
        int len = s.length();
        int i = 0;
        while (i < len && s.charAt(i) == ' ') i++;
        while (len > i && s.charAt(len - 1) == ' ') len--;
        if (i == len) return Long.MIN_VALUE;
        boolean neg = s.charAt(i) == '-';
        if (neg || s.charAt(i) == '+') i++;
        if (i == len || len - i > 18) return Long.MIN_VALUE;
        long n = 0;
        for (; i < len; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return Long.MIN_VALUE;
            n = n * 10 + (c - '0');
        }
        return neg ? -n : n;
    }

    private static void addPlaces(Map<String, Territory> t, ColumnMapping m, Columns cols, String[] place, String code,
                                  long registered) {
        String lang = m.language();
        String parent = m.country();
        for (int i = 0; i < place.length - 1; i++) {
            String unit = parent + "/" + place[i];
            if (!t.containsKey(unit)) t.put(unit, new Territory(unit, cols.levelKinds[i], Map.of(lang, place[i]), parent, 0));
            parent = unit;
        }
        t.put(code, new Territory(code, "station", Map.of(lang, place[place.length - 1]), parent, registered));
    }
}

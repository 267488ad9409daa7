package org.atazan.voting.protocols;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.atazan.kernel.BadInputException;
import org.atazan.voting.Territory;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a territory tree from CSV: columns {@code code}, {@code parent} (empty for the root),
 * {@code kind}, {@code registered} (the electorate of a station; may be empty elsewhere) and one
 * {@code name_XX} column per language (name_kk, name_ru, name_en, ...). Parents come before their
 * children. All or nothing: the first bad row stops the read with its line and field.
 */
public final class TerritoryCsv {
    private TerritoryCsv() {
    }

    public static List<Territory> read(String source, Reader reader) {
        reader = withoutByteOrderMark(source, reader);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        try (CSVParser csv = CSVParser.parse(reader, format)) {
            Map<String, String> columns = new LinkedHashMap<>();
            for (String h : csv.getHeaderNames()) columns.put(h.strip().toLowerCase(Locale.ROOT), h);
            for (String required : List.of("code", "parent", "kind")) {
                if (!columns.containsKey(required)) {
                    throw new BadInputException(source + ":1: missing column '" + required + "' (header: " + csv.getHeaderNames() + ")");
                }
            }
            List<String> nameColumns = columns.keySet().stream().filter(c -> c.startsWith("name_")).toList();
            if (nameColumns.isEmpty()) throw new BadInputException(source + ":1: no name column (name_kk, name_ru, name_en, ...)");
            List<Territory> out = new ArrayList<>();
            for (CSVRecord r : csv) {
                out.add(territory(source, r, columns, nameColumns));
            }
            if (out.isEmpty()) throw new BadInputException(source + ": no territory in the file");
            return out;
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            throw new BadInputException(source + ": not a readable CSV file: " + e.getMessage(), e);
        }
    }

    /** Drops a byte-order mark at the start (spreadsheets write one), so that the first column is found. */
    private static Reader withoutByteOrderMark(String source, Reader reader) {
        java.io.PushbackReader in = new java.io.PushbackReader(reader, 1);
        try {
            int first = in.read();
            if (first >= 0 && first != '\uFEFF') in.unread(first);
        } catch (IOException e) {
            throw new BadInputException(source + ": not a readable CSV file: " + e.getMessage(), e);
        }
        return in;
    }

    private static Territory territory(String source, CSVRecord r, Map<String, String> columns, List<String> nameColumns) {
        String where = source + ":" + (r.getRecordNumber() + 1) + ": ";
        if (!r.isConsistent()) throw new BadInputException(where + "expected " + columns.size() + " fields, found " + r.size());
        String code = r.get(columns.get("code"));
        if (code.isEmpty()) throw new BadInputException(where + "field code: empty");
        String parent = r.get(columns.get("parent"));
        String kind = r.get(columns.get("kind"));
        if (kind.isEmpty()) throw new BadInputException(where + "territory " + code + ", field kind: empty");
        long registered = 0;
        if (columns.containsKey("registered") && !r.get(columns.get("registered")).isEmpty()) {
            String v = r.get(columns.get("registered"));
            try {
                registered = Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw new BadInputException(where + "territory " + code + ", field registered: '" + v + "' is not a whole number");
            }
            if (registered < 0) throw new BadInputException(where + "territory " + code + ", field registered: negative (" + v + ")");
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (String c : nameColumns) {
            String n = r.get(columns.get(c));
            if (!n.isEmpty()) names.put(c.substring("name_".length()), n);
        }
        return new Territory(code, kind, names, parent.isEmpty() ? null : parent, registered);
    }
}

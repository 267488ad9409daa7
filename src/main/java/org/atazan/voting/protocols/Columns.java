package org.atazan.voting.protocols;

import org.atazan.voting.ColumnMapping;
import org.atazan.kernel.BadInputException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Column positions of one file, located once from its header so that rows are read by index. */
final class Columns {
    final int title;
    final int region;
    final int district;
    final int station;
    /** The place columns present, from the top (region) down to the station, and their kinds. */
    final int[] levels;
    final String[] levelKinds;
    final int[] figures;
    private final String[] headers;

    private Columns(Map<String, Integer> header, int title, int region, int district, int station, int[] figures) {
        this.title = title;
        this.region = region;
        this.district = district;
        this.station = station;
        java.util.List<Integer> idx = new java.util.ArrayList<>();
        java.util.List<String> kinds = new java.util.ArrayList<>();
        if (region >= 0) { idx.add(region); kinds.add("region"); }
        if (district >= 0) { idx.add(district); kinds.add("district"); }
        idx.add(station);
        kinds.add("station");
        this.levels = idx.stream().mapToInt(Integer::intValue).toArray();
        this.levelKinds = kinds.toArray(String[]::new);
        this.figures = figures;
        this.headers = new String[header.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
        header.forEach((k, v) -> headers[v] = k);
    }

    String header(int idx) {
        return headers[idx];
    }

    /**
     * Locates the mapping's columns in a header row. Every column must have a name (an empty one is
     * refused with its position); a name the mapping uses must appear once.
     */
    static Columns locate(String file, List<String> names, ColumnMapping m) {
        if (names == null || names.isEmpty() || names.size() == 1 && names.get(0).isBlank()) {
            throw new BadInputException(file + " line 1, station -, field -: no header row");
        }
        Map<String, Integer> header = new LinkedHashMap<>();
        Map<String, Integer> repeated = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isBlank()) {
                throw new BadInputException(file + " line 1, station -, field -: column " + (i + 1) + " of the header has no name"
                        + (i > 0 ? " (it follows '" + names.get(i - 1) + "')" : "") + "; every column needs one");
            }
            Integer before = header.putIfAbsent(name, i);
            if (before != null) repeated.putIfAbsent(name, before);
        }
        int title = m.title() == null ? -1 : header.getOrDefault(m.title(), -1);
        int[] figures = {
                find(file, header, repeated, "registered", m.registered()), find(file, header, repeated, "issued", m.issued()),
                find(file, header, repeated, "inBoxes", m.inBoxes()), find(file, header, repeated, "invalid", m.invalid()),
                find(file, header, repeated, "yes", m.yes()), find(file, header, repeated, "no", m.no())};
        // Region and district are optional: a file may list stations under regions only, or alone.
        int region = m.region() == null ? -1 : find(file, header, repeated, "region", m.region());
        int district = m.district() == null ? -1 : find(file, header, repeated, "district", m.district());
        return new Columns(header, title, region, district, find(file, header, repeated, "station", m.station()), figures);
    }

    private static int find(String file, Map<String, Integer> header, Map<String, Integer> repeated, String key, String column) {
        Integer idx = header.get(column);
        if (idx == null) {
            throw new BadInputException(file + " line 1, station -, field " + key + ": missing column '" + column + "'");
        }
        if (repeated.containsKey(column)) {
            throw new BadInputException(file + " line 1, station -, field " + key + ": column '" + column
                    + "' appears more than once in the header");
        }
        return idx;
    }
}

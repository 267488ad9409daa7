package org.atazan.voting.protocols;

import org.atazan.voting.ColumnMapping;
import org.atazan.kernel.BadInputException;

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
        this.headers = new String[header.size()];
        header.forEach((k, v) -> headers[v] = k);
    }

    String header(int idx) {
        return headers[idx];
    }

    static Columns locate(String file, Map<String, Integer> header, ColumnMapping m) {
        if (header == null || header.isEmpty()) {
            throw new BadInputException(file + " line 1, station -, field -: no header row");
        }
        int title = m.title() == null ? -1 : header.getOrDefault(m.title(), -1);
        int[] figures = {
                find(file, header, "registered", m.registered()), find(file, header, "issued", m.issued()),
                find(file, header, "inBoxes", m.inBoxes()), find(file, header, "invalid", m.invalid()),
                find(file, header, "yes", m.yes()), find(file, header, "no", m.no())};
        // Region and district are optional: a file may list stations under regions only, or alone.
        int region = m.region() == null ? -1 : find(file, header, "region", m.region());
        int district = m.district() == null ? -1 : find(file, header, "district", m.district());
        return new Columns(header, title, region, district, find(file, header, "station", m.station()), figures);
    }

    private static int find(String file, Map<String, Integer> header, String key, String column) {
        Integer idx = header.get(column);
        if (idx == null) {
            throw new BadInputException(file + " line 1, station -, field " + key + ": missing column '" + column + "'");
        }
        return idx;
    }
}

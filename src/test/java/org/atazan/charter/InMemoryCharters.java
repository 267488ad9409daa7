package org.atazan.charter;

import org.atazan.kernel.BadInputException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The storage port in memory, for plain-Java tests of the use cases; counts the version reads. */
class InMemoryCharters implements Charters {
    final Map<String, Charter> charters = new LinkedHashMap<>();
    final Map<String, CharterVersion> versions = new LinkedHashMap<>();
    final Map<String, String> layouts = new LinkedHashMap<>();
    int versionReads;

    @Override
    public void saveLayout(String charterId, String versionId, String lines) {
        layouts.put(charterId + "/" + versionId, lines);
    }

    @Override
    public Optional<String> layout(String charterId, String versionId) {
        return Optional.ofNullable(layouts.get(charterId + "/" + versionId));
    }

    @Override
    public void save(Charter charter) {
        if (charters.putIfAbsent(charter.id(), charter) != null) {
            throw new BadInputException("charter '" + charter.id() + "' already exists");
        }
    }

    @Override
    public Optional<Charter> find(String charterId) {
        return Optional.ofNullable(charters.get(charterId));
    }

    @Override
    public List<Charter> all() {
        return List.copyOf(charters.values());
    }

    @Override
    public void save(VersionSummary summary, CharterText text) {
        if (versions.putIfAbsent(summary.charterId() + "/" + summary.id(), new CharterVersion(summary, text)) != null) {
            throw new BadInputException("charter '" + summary.charterId() + "' already has a version '" + summary.id() + "'");
        }
    }

    @Override
    public Optional<CharterVersion> version(String charterId, String versionId) {
        versionReads++;
        return Optional.ofNullable(versions.get(charterId + "/" + versionId));
    }

    @Override
    public List<VersionSummary> versions(String charterId) {
        List<VersionSummary> out = new ArrayList<>();
        for (CharterVersion v : versions.values()) if (v.summary().charterId().equals(charterId)) out.add(v.summary());
        out.sort(Comparator.comparing(VersionSummary::date).thenComparing(VersionSummary::id));
        return out;
    }

    @Override
    public List<TextMatch> search(String charterId, String versionId, String query, int limit) {
        return List.of();
    }
}

package org.atazan.charter;

import org.atazan.charter.compare.CharterComparator;
import org.atazan.charter.text.CharterReader;
import org.atazan.charter.text.HeadingPatterns;
import org.atazan.kernel.BadInputException;
import org.atazan.kernel.NotFoundException;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Charter module's use cases: add charters and versions (parsed and checked before anything is
 * stored), read them, search them and compare two versions of one charter.
 */
public class CharterLibrary {

    private final Charters charters;
    private final Map<String, Comparison> comparisons = new ConcurrentHashMap<>();

    public CharterLibrary(Charters charters) {
        this.charters = charters;
    }

    public void create(Charter charter) {
        charters.save(charter);
    }

    /** Parses the text first, so that bad input stores nothing; then stores the version whole. */
    public VersionSummary addVersion(NewVersion request) {
        VersionSummary s = request.summary();
        charter(s.charterId());
        CharterReader reader = request.patterns() == null || request.patterns().isBlank()
                ? new CharterReader()
                : new CharterReader(shippedPatterns(request.patterns()));
        CharterText text = reader.read(request.sourceName(), request.content());
        if (charters.versions(s.charterId()).stream().anyMatch(v -> v.id().equals(s.id()))) {
            throw new BadInputException("charter '" + s.charterId() + "' already has a version '" + s.id() + "'");
        }
        String title = s.title().isBlank() ? text.title() : s.title();
        VersionSummary stored = new VersionSummary(s.charterId(), s.id(), s.date(), s.language(), s.status(), title,
                s.source(), text.articles().size());
        charters.save(stored, text);
        return stored;
    }

    // Only shipped pattern sets by name: a path would let a web request read the server's files.
    private static HeadingPatterns shippedPatterns(String name) {
        try {
            return HeadingPatterns.shipped(name);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    public Charter charter(String charterId) {
        return charters.find(charterId).orElseThrow(() -> new NotFoundException("No charter '" + charterId + "'"));
    }

    public List<Charter> charters() {
        return charters.all();
    }

    public List<VersionSummary> versions(String charterId) {
        charter(charterId);
        return charters.versions(charterId);
    }

    public CharterVersion version(String charterId, String versionId) {
        return charters.version(charterId, versionId).orElseThrow(
                () -> new NotFoundException("Charter '" + charterId + "' has no version '" + versionId + "'"));
    }

    public Article article(String charterId, String versionId, String number) {
        return version(charterId, versionId).article(number).orElseThrow(() -> new NotFoundException(
                "Version '" + versionId + "' of charter '" + charterId + "' has no article " + number));
    }

    public List<TextMatch> search(String charterId, String versionId, String query, int limit) {
        version(charterId, versionId);
        return charters.search(charterId, versionId, query, Math.max(1, Math.min(limit, 200)));
    }

    /** Compares two versions of one charter; the same version twice is refused. */
    public Comparison compare(String charterId, String fromVersion, String toVersion) {
        return compare(charterId, fromVersion, charterId, toVersion);
    }

    /** Compares two versions; both must belong to the same charter and differ. */
    public Comparison compare(String fromCharter, String fromVersion, String toCharter, String toVersion) {
        if (!fromCharter.equals(toCharter)) {
            throw new BadInputException("cannot compare versions of two different charters ('" + fromCharter
                    + "' and '" + toCharter + "'): compare two versions of one charter");
        }
        if (fromVersion.equals(toVersion)) {
            throw new BadInputException("version '" + fromVersion + "' of charter '" + fromCharter
                    + "' is compared with itself: choose two different versions");
        }
        CharterVersion from = version(fromCharter, fromVersion);
        CharterVersion to = version(toCharter, toVersion);
        return comparisons.computeIfAbsent(fromCharter + "/" + fromVersion + ".." + toVersion,
                k -> CharterComparator.compare(from.text(), to.text()));
    }
}

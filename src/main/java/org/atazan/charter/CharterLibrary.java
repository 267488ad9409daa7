package org.atazan.charter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.atazan.charter.akn.AknMetadata;
import org.atazan.charter.akn.AknWriter;
import org.atazan.charter.compare.CharterComparator;
import org.atazan.charter.text.CharterReader;
import org.atazan.charter.text.HeadingPatterns;
import org.atazan.charter.text.TextConsolidation;
import org.atazan.charter.text.TextLayout;
import org.atazan.kernel.BadInputException;
import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.NotFoundException;
import org.atazan.kernel.UnitOfWork;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

/**
 * The Charter module's use cases, and its door for other modules: add charters and versions (parsed
 * and checked before anything is stored), read them, search them and compare two versions of one
 * charter. Every write is one unit of work with the event it publishes ({@link CharterCreated},
 * {@link CharterVersionPublished}); a refused write publishes nothing.
 */
public class CharterLibrary {

    /** Comparisons kept: a few pairs are read over and over (start page, article pages). */
    static final int CACHED_COMPARISONS = 32;

    private final Charters charters;
    private final UnitOfWork work;
    private final DomainEvents events;
    private final Clock clock;
    private final Cache<VersionPair, Comparison> comparisons;
    private final CharterLimits limits;

    /** For plain-Java use (command line, unit tests): no transaction, nobody listens. */
    public CharterLibrary(Charters charters) {
        this(charters, UnitOfWork.DIRECT, DomainEvents.NONE);
    }

    public CharterLibrary(Charters charters, UnitOfWork work, DomainEvents events) {
        this(charters, work, events, CharterLimits.DEFAULT);
    }

    /** With the limits that every text added is read within. */
    public CharterLibrary(Charters charters, UnitOfWork work, DomainEvents events, CharterLimits limits) {
        this(charters, work, events, Clock.systemUTC(), CACHED_COMPARISONS, limits);
    }

    CharterLibrary(Charters charters, UnitOfWork work, DomainEvents events, Clock clock, int cachedComparisons) {
        this(charters, work, events, clock, cachedComparisons, CharterLimits.DEFAULT);
    }

    CharterLibrary(Charters charters, UnitOfWork work, DomainEvents events, Clock clock, int cachedComparisons,
                   CharterLimits limits) {
        this.charters = charters;
        this.work = work;
        this.events = events;
        this.clock = clock;
        this.comparisons = Caffeine.newBuilder().maximumSize(cachedComparisons).build();
        this.limits = java.util.Objects.requireNonNull(limits, "limits");
    }

    /** The limits every text added is read within. */
    public CharterLimits limits() {
        return limits;
    }

    public void create(Charter charter) {
        work.run(() -> {
            charters.save(charter);
            events.publish(CharterCreated.of(charter, clock.instant()));
        });
    }

    /**
     * Parses the text first, so that bad input stores nothing; then stores the version whole and
     * publishes {@link CharterVersionPublished} in the same unit of work.
     */
    public VersionSummary addVersion(NewVersion request) {
        VersionSummary s = request.summary();
        Charter charter = charter(s.charterId());
        CharterReader reader = request.patterns() == null || request.patterns().isBlank()
                ? new CharterReader(limits)
                : new CharterReader(shippedPatterns(request.patterns()), limits);
        CharterText text = reader.read(request.sourceName(), request.content());
        String title = s.title().isBlank() ? text.title() : s.title();
        VersionSummary stored = new VersionSummary(s.charterId(), s.id(), s.date(), s.language(), s.status(), title,
                s.source(), text.articles().size());
        String hash = sha256(AknWriter.write(text, AknMetadata.of(charter.country(), stored)));
        String lines = layoutLines(request);
        return work.call(() -> {
            if (charters.versions(s.charterId()).stream().anyMatch(v -> v.id().equals(s.id()))) {
                throw new BadInputException("charter '" + s.charterId() + "' already has a version '" + s.id() + "'");
            }
            charters.save(stored, text);
            if (lines != null) charters.saveLayout(s.charterId(), s.id(), lines);
            events.publish(new CharterVersionPublished(stored.charterId(), stored.id(), stored.title(), stored.date(),
                    stored.language(), stored.status(), stored.articleCount(), hash, request.publishedBy(),
                    clock.instant()));
            return stored;
        });
    }

    /** The lines of a text version as read, kept for consolidating amendments into it; null for Akoma Ntoso. */
    private String layoutLines(NewVersion request) {
        try {
            HeadingPatterns given = request.patterns() == null || request.patterns().isBlank() ? null : shippedPatterns(request.patterns());
            return String.join("\n", TextLayout.read(request.sourceName(), new ByteArrayInputStream(request.content()), given, limits).lines());
        } catch (CharterInputException e) {
            return null;
        }
    }

    /**
     * A new version made from {@code baseVersion} by consolidating {@code amendments} into its text, in that
     * text's own layout (as {@code charter amend} does), then read and stored like any version added as text,
     * publishing {@link CharterVersionPublished}. A set that breaks a rule of consolidation is refused with an
     * {@link AmendmentConflict} naming the rule, and nothing is stored; so is a base version added as Akoma Ntoso.
     */
    public VersionSummary consolidate(String charterId, String baseVersion, VersionSummary draft, List<Amendment> amendments,
                                      String publishedBy) {
        version(charterId, baseVersion);
        if (!draft.charterId().equals(charterId)) {
            throw new BadInputException("the draft belongs to charter '" + charterId + "', not '" + draft.charterId() + "'");
        }
        String lines = charters.layout(charterId, baseVersion).orElseThrow(() -> new BadInputException("version '" + baseVersion
                + "' of charter '" + charterId + "' was not added as text: amendments are consolidated into a text layout"));
        String source = charterId + "-" + baseVersion + ".txt";
        TextLayout base = TextLayout.read(source, new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), null, limits);
        TextLayout result = TextConsolidation.apply(base, amendments, source);
        return addVersion(new NewVersion(draft, charterId + "-" + draft.id() + ".txt",
                String.join("\n", result.lines()).getBytes(StandardCharsets.UTF_8),
                HeadingPatterns.SHIPPED.contains(result.patterns().name()) ? result.patterns().name() : null, publishedBy));
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

    /** The versions of a charter, oldest first. */
    public List<VersionSummary> versions(String charterId) {
        charter(charterId);
        return charters.versions(charterId);
    }

    /**
     * The two versions a reader is shown compared first, older first: the last two that are not drafts (a
     * draft is compared on request), or the last two when fewer than two are not; empty with fewer than two.
     */
    public List<VersionSummary> defaultPair(String charterId) {
        List<VersionSummary> all = versions(charterId);
        List<VersionSummary> settled = all.stream().filter(v -> v.status() != VersionStatus.DRAFT).toList();
        List<VersionSummary> from = settled.size() >= 2 ? settled : all;
        return from.size() < 2 ? List.of() : List.of(from.get(from.size() - 2), from.get(from.size() - 1));
    }

    public CharterVersion version(String charterId, String versionId) {
        return charters.version(charterId, versionId).orElseThrow(
                () -> new NotFoundException("Charter '" + charterId + "' has no version '" + versionId + "'"));
    }

    /** The articles of a version in reading order, whatever division they sit in. */
    public List<Article> articles(String charterId, String versionId) {
        return version(charterId, versionId).text().articles();
    }

    /** One article by its number as written ("1", "3-1", "91a"); its text is {@link Article#plainText()}. */
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
        // Versions never change once stored, so a comparison stays true; the cache is bounded all the same.
        return comparisons.get(new VersionPair(fromCharter, fromVersion, toVersion),
                k -> CharterComparator.compare(from.text(), to.text()));
    }

    /**
     * How one article changed from one version to a later one, with its redline, without reading the
     * whole comparison: the article is named by its number in {@code toVersion}, or, if that version
     * has no such article, by its number in {@code fromVersion} (a repealed article, or one moved away
     * from that number).
     */
    public ArticleChange articleChange(String charterId, String fromVersion, String toVersion, String articleNumber) {
        return compare(charterId, fromVersion, toVersion).article(articleNumber).orElseThrow(() -> new NotFoundException(
                "Neither version '" + fromVersion + "' nor version '" + toVersion + "' of charter '" + charterId
                        + "' has an article " + articleNumber));
    }

    /** Comparisons held in memory now, for tests of the bound. */
    long cachedComparisons() {
        comparisons.cleanUp();
        return comparisons.estimatedSize();
    }

    private record VersionPair(String charterId, String from, String to) {
    }

    /** Lower-case hex SHA-256 of a text's UTF-8 bytes. */
    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

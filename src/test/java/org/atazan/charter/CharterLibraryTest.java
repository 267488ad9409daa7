package org.atazan.charter;

import org.atazan.charter.akn.AknMetadata;
import org.atazan.charter.akn.AknWriter;
import org.atazan.kernel.BadInputException;
import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.NotFoundException;
import org.atazan.kernel.UnitOfWork;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Charter use cases in plain Java: what they store, what they publish and when, what they keep. */
class CharterLibraryTest {
    static final Instant NOW = Instant.parse("2026-02-12T09:00:00Z");

    static final String V1 = """
            Examplia Constitution

            Article 1
            Everyone has the right to life, liberty and security of person and to a fair trial.

            Article 2
            The National Assembly is the highest representative body and exercises legislative power.

            Article 3
            The Senate reviews every law passed by the National Assembly within thirty days.
            """;
    // Article 1 amended, article 3 repealed, article 4 added.
    static final String V2 = """
            Examplia Constitution

            Article 1
            Everyone has the right to life, liberty and security of person and to a fair and public hearing.

            Article 2
            The National Assembly is the highest representative body and exercises legislative power.

            Article 4
            The Constitutional Court reviews laws for their conformity with the constitution.
            """;

    /** A unit of work that says whether a decision is running, and events that note where they were published. */
    static final class Recorder implements UnitOfWork, DomainEvents {
        boolean inside;
        final List<Object> published = new ArrayList<>();
        final List<Boolean> publishedInside = new ArrayList<>();

        @Override
        public <T> T call(Supplier<T> decision) {
            inside = true;
            try {
                return decision.get();
            } finally {
                inside = false;
            }
        }

        @Override
        public void publish(Object event) {
            published.add(event);
            publishedInside.add(inside);
        }
    }

    final InMemoryCharters store = new InMemoryCharters();
    final Recorder recorder = new Recorder();
    final CharterLibrary library = new CharterLibrary(store, recorder, recorder, Clock.fixed(NOW, ZoneOffset.UTC), 3);

    static VersionSummary summary(String id, LocalDate date) {
        return new VersionSummary("ex", id, date, "en", VersionStatus.DRAFT, "", "test", 0);
    }

    void createWithTwoVersions() {
        library.create(new Charter("ex", "Examplia Constitution", "ex", Map.of("ru", "Конституция Экзамплии")));
        library.addVersion(NewVersion.ofText(summary("v1", LocalDate.of(2026, 1, 31)), "v1.txt", V1, "secretary"));
        library.addVersion(NewVersion.ofText(summary("v2", LocalDate.of(2026, 2, 12)), "v2.txt", V2, "secretary"));
    }

    static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(UTF_8)));
    }

    @Test
    void consolidatingAmendmentsMakesADraftWhoseComparisonListsExactlyThoseArticles() {
        createWithTwoVersions();
        VersionSummary draft = library.consolidate("ex", "v1", summary("d1", LocalDate.of(2026, 2, 20)), List.of(
                Amendment.replace("A-1", "1", "Everyone has the right to life and to a fair and public hearing."),
                Amendment.insert("A-2", "2", "2a", "The Ombudsman protects the rights of everyone."),
                Amendment.repeal("A-3", "3")), "secretary");
        assertThat(draft.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(library.article("ex", "d1", "1").plainText()).contains("Everyone has the right to life and to a fair and public hearing.");
        assertThat(library.article("ex", "d1", "2a").plainText()).contains("The Ombudsman protects the rights of everyone.");
        assertThat(library.articles("ex", "d1")).extracting(Article::number).containsExactly("1", "2", "2a");
        Comparison c = library.compare("ex", "v1", "d1");
        assertThat(c.changes().stream().filter(a -> a.kind() != ChangeKind.UNCHANGED).map(a -> a.kind() + " " + a.number()))
                .containsExactlyInAnyOrder("AMENDED 1", "ADDED 2a", "REPEALED 3");
        assertThat(recorder.published.get(recorder.published.size() - 1)).isInstanceOf(CharterVersionPublished.class);
    }

    @Test
    void aConflictingSetIsRefusedWithTheRuleNamedAndNothingStored() {
        createWithTwoVersions();
        int before = recorder.published.size();
        assertThatThrownBy(() -> library.consolidate("ex", "v1", summary("d1", LocalDate.of(2026, 2, 20)), List.of(
                Amendment.repeal("A-1", "3"), Amendment.insert("A-2", "3", "3a", "New wording of an article.")), "secretary"))
                .isInstanceOf(AmendmentConflict.class).hasMessageContaining("A-2");
        assertThatThrownBy(() -> library.consolidate("ex", "v1", summary("d1", LocalDate.of(2026, 2, 20)), List.of(
                Amendment.replace("A-1", "1", "One wording."), Amendment.replace("A-2", "1", "Another wording.")), "secretary"))
                .isInstanceOf(AmendmentConflict.class).hasMessageContaining("A-2");
        assertThat(library.versions("ex")).extracting(VersionSummary::id).containsExactly("v1", "v2");
        assertThat(recorder.published).hasSize(before);
    }

    @Test
    void creatingACharterPublishesCharterCreatedInTheSameUnitOfWork() {
        library.create(new Charter("ex", "Examplia Constitution", "ex", Map.of("ru", "Конституция Экзамплии")));
        assertThat(store.find("ex")).isPresent();
        assertThat(recorder.published).containsExactly(new CharterCreated("ex", "Examplia Constitution", "ex",
                Map.of("ru", "Конституция Экзамплии"), NOW));
        assertThat(recorder.publishedInside).containsExactly(true);
    }

    @Test
    void addingAVersionPublishesWhatItIsWhoAddedItAndTheHashOfItsStoredText() throws Exception {
        createWithTwoVersions();
        CharterVersionPublished e = (CharterVersionPublished) recorder.published.get(1);
        assertThat(e.charterId()).isEqualTo("ex");
        assertThat(e.versionId()).isEqualTo("v1");
        assertThat(e.title()).isEqualTo("Examplia Constitution");
        assertThat(e.date()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(e.language()).isEqualTo("en");
        assertThat(e.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(e.articleCount()).isEqualTo(3);
        assertThat(e.publishedBy()).isEqualTo("secretary");
        assertThat(e.publishedAt()).isEqualTo(NOW);
        CharterVersion stored = library.version("ex", "v1");
        assertThat(e.contentSha256()).hasSize(64)
                .isEqualTo(sha256(AknWriter.write(stored.text(), AknMetadata.of("ex", stored.summary()))));
        assertThat(((CharterVersionPublished) recorder.published.get(2)).contentSha256()).isNotEqualTo(e.contentSha256());
        assertThat(recorder.publishedInside).containsOnly(true);
    }

    @Test
    void aRefusedVersionStoresAndPublishesNothing() {
        library.create(new Charter("ex", "Examplia Constitution", "ex"));
        library.addVersion(NewVersion.ofText(summary("v1", LocalDate.of(2026, 1, 31)), "v1.txt", V1, ""));
        int before = recorder.published.size();

        assertThatThrownBy(() -> library.addVersion(NewVersion.ofText(summary("v2", LocalDate.of(2026, 2, 1)),
                "prose.txt", "Only prose.\nNo article here.\n", ""))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("prose.txt");
        assertThatThrownBy(() -> library.addVersion(NewVersion.ofText(summary("v1", LocalDate.of(2026, 2, 1)),
                "again.txt", V2, ""))).isInstanceOf(BadInputException.class).hasMessageContaining("already has a version 'v1'");
        assertThatThrownBy(() -> library.addVersion(new NewVersion(summary("v3", LocalDate.of(2026, 2, 1)),
                "v3.txt", V2.getBytes(UTF_8), "/etc/passwd"))).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> library.addVersion(NewVersion.ofText(
                new VersionSummary("nope", "v1", LocalDate.of(2026, 2, 1), "en", VersionStatus.DRAFT, "", "", 0),
                "v.txt", V1, ""))).isInstanceOf(NotFoundException.class);

        assertThat(recorder.published).hasSize(before);
        assertThat(store.versions("ex")).extracting(VersionSummary::id).containsExactly("v1");
    }

    @Test
    void aVersionRefusedByTheStorePublishesNothing() {
        // The store is the last word on taken ids (two requests may race past the library's check).
        Charters racing = new InMemoryCharters() {
            @Override
            public void save(VersionSummary summary, CharterText text) {
                throw new BadInputException("charter 'ex' already has a version '" + summary.id() + "'");
            }
        };
        racing.save(new Charter("ex", "Examplia Constitution", "ex"));
        Recorder r = new Recorder();
        CharterLibrary l = new CharterLibrary(racing, r, r);
        assertThatThrownBy(() -> l.addVersion(NewVersion.ofText(summary("v1", LocalDate.of(2026, 1, 31)), "v1.txt", V1, "")))
                .isInstanceOf(BadInputException.class);
        assertThat(r.published).isEmpty();
    }

    @Test
    void thePlainJavaLibraryNeedsNoPlatform() {
        CharterLibrary plain = new CharterLibrary(new InMemoryCharters());
        plain.create(new Charter("ex", "Examplia Constitution", "ex"));
        VersionSummary s = plain.addVersion(NewVersion.ofText(summary("v1", LocalDate.of(2026, 1, 31)), "v1.txt", V1, null));
        assertThat(s.articleCount()).isEqualTo(3);
        assertThat(s.title()).isEqualTo("Examplia Constitution");
    }

    @Test
    void articlesByNumberAndInReadingOrder() {
        createWithTwoVersions();
        assertThat(library.articles("ex", "v2")).extracting(Article::number).containsExactly("1", "2", "4");
        assertThat(library.article("ex", "v2", "4").plainText()).contains("Constitutional Court");
        assertThatThrownBy(() -> library.article("ex", "v2", "3")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> library.articles("ex", "v9")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void howOneArticleChangedByItsNewOrItsOldNumber() {
        createWithTwoVersions();
        ArticleChange amended = library.articleChange("ex", "v1", "v2", "1");
        assertThat(amended.kind()).isEqualTo(ChangeKind.AMENDED);
        assertThat(amended.redline().toText()).contains("[-trial-]{+and public hearing+}");
        assertThat(library.articleChange("ex", "v1", "v2", "2").kind()).isEqualTo(ChangeKind.UNCHANGED);
        assertThat(library.articleChange("ex", "v1", "v2", "4").kind()).isEqualTo(ChangeKind.ADDED);
        ArticleChange repealed = library.articleChange("ex", "v1", "v2", "3");
        assertThat(repealed.kind()).isEqualTo(ChangeKind.REPEALED);
        assertThat(repealed.oldNumber()).isEqualTo("3");
        assertThatThrownBy(() -> library.articleChange("ex", "v1", "v2", "99")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("99");
    }

    @Test
    void aComparisonIsComputedOnceAndTheCacheIsBounded() {
        createWithTwoVersions();
        for (int i = 3; i <= 6; i++) {
            library.addVersion(NewVersion.ofText(summary("v" + i, LocalDate.of(2026, 3, i)), "v.txt",
                    i % 2 == 0 ? V1 : V2, ""));
        }
        Comparison first = library.compare("ex", "v1", "v2");
        assertThat(library.compare("ex", "v1", "v2")).isSameAs(first);
        for (int i = 3; i <= 6; i++) library.compare("ex", "v1", "v" + i);
        assertThat(library.cachedComparisons()).isLessThanOrEqualTo(3);
    }
}

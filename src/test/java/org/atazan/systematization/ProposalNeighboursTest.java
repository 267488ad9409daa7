package org.atazan.systematization;

import org.atazan.consultation.Language;
import org.atazan.consultation.ProposalFinder;
import org.atazan.consultation.ProposalFinder.Found;
import org.atazan.consultation.ProposalFinder.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalNeighboursTest {
    /** Runs the background build only when the test says so. */
    final Queue<Runnable> builds = new ArrayDeque<>();
    final List<Text> stored = new ArrayList<>();
    /** The keys each catch-up asked after: what the store was asked for. */
    final List<Long> askedAfter = new ArrayList<>();
    final ProposalFinder.Texts texts = (after, max) -> {
        askedAfter.add(after);
        return stored.stream().filter(t -> t.id() > after).limit(max).toList();
    };
    ProposalNeighbours neighbours = new ProposalNeighbours(null, builds::add, 4);

    @AfterEach
    void close() {
        neighbours.close();
    }

    void store(String wording, Language language) {
        stored.add(new Text(stored.size() + 1, wording, language));
    }

    List<Long> ids(Optional<List<Found>> found) {
        assertThat(found).as("the index answers").isPresent();
        return found.get().stream().map(Found::id).toList();
    }

    void build(String consultation) {
        assertThat(neighbours.nearest(consultation, texts, "anything at all here", 5)).as("not built yet: the store answers").isEmpty();
        while (!builds.isEmpty()) builds.poll().run();
        assertThat(neighbours.ready(consultation)).isTrue();
    }

    @Test
    void theNearestComeFirstAndTheUnrelatedNotAtAll() {
        store("Ограничить срок полномочий Президента одним семилетним сроком без права переизбрания.", Language.RU); // 1
        store("Закрепить право граждан на чистую питьевую воду и охрану озёр.", Language.RU); // 2
        store("Ограничить срок полномочий Президента двумя пятилетними сроками.", Language.RU); // 3
        store("Limit the President to a single term of seven years.", Language.EN); // 4
        build("c");

        List<Long> found = ids(neighbours.nearest("c", texts, "Ограничить срок полномочий Президента одним сроком в семь лет без переизбрания", 5));
        assertThat(found).as("nearest first; water and the English text are not near").containsExactly(1L, 3L);
        assertThat(ids(neighbours.nearest("c", texts, "Право граждан на чистую питьевую воду", 5))).containsExactly(2L);
        assertThat(ids(neighbours.nearest("c", texts, "Совершенно другая тема про спорт и футбол", 5))).isEmpty();
        assertThat(ids(neighbours.nearest("c", texts, "Limit the president to one term of seven years", 5))).containsExactly(4L);
    }

    @Test
    void kazakhWordFormsMeetTheirStem() {
        store("Президенттің өкілеттік мерзімін бір мерзіммен шектеу керек.", Language.KK);
        store("Ауыл шаруашылығы жерлерін шетелдіктерге сатуға тыйым салу.", Language.KK);
        build("kk");
        assertThat(ids(neighbours.nearest("kk", texts, "Президент өкілеттігінің мерзімдерін шектеу", 5))).containsExactly(1L);
    }

    @Test
    void eachLookupAsksTheStoreOnlyForProposalsAfterTheLastIndexed() {
        store("Ограничить срок полномочий Президента одним семилетним сроком.", Language.RU);
        build("c");
        askedAfter.clear();
        store("Сократить срок полномочий Президента до пяти лет.", Language.RU);
        assertThat(ids(neighbours.nearest("c", texts, "Срок полномочий Президента пять лет", 5))).as("a proposal sent since is found")
                .startsWith(2L);
        neighbours.nearest("c", texts, "Срок полномочий Президента пять лет", 5);
        assertThat(askedAfter).containsExactly(1L, 2L);
    }

    @Test
    void theLimitIsKeptAndTiesGoByKey() {
        for (int i = 0; i < 8; i++) store("Ограничить срок полномочий Президента одним сроком.", Language.RU);
        build("c");
        assertThat(ids(neighbours.nearest("c", texts, "Ограничить срок полномочий Президента одним сроком", 3))).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aConsultationLookedUpLeastRecentlyLosesItsIndexBeyondTheBound(@TempDir Path dir) throws Exception {
        neighbours.close();
        neighbours = new ProposalNeighbours(dir, builds::add, 1);
        store("Ограничить срок полномочий Президента одним сроком.", Language.RU);
        build("a");
        assertThat(Files.list(dir).count()).as("the index is kept on disk").isEqualTo(1);
        build("b");
        assertThat(neighbours.ready("a")).isFalse();
        assertThat(Files.list(dir).count()).as("the dropped index's files are removed").isEqualTo(1);
    }

    @Test
    void aStoreThatFailsLeavesTheLookupToTheStoreAndTheNextLookupBuildsAgain() {
        store("Ограничить срок полномочий Президента одним сроком.", Language.RU);
        ProposalFinder.Texts failing = (after, max) -> {
            throw new IllegalStateException("database down");
        };
        assertThat(neighbours.nearest("c", failing, "Ограничить срок полномочий", 5)).isEmpty();
        while (!builds.isEmpty()) builds.poll().run();
        assertThat(neighbours.ready("c")).isFalse();
        build("c");
        assertThat(ids(neighbours.nearest("c", texts, "Ограничить срок полномочий Президента", 5))).containsExactly(1L);
    }
}

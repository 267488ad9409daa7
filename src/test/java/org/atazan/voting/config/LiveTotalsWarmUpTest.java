package org.atazan.voting.config;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class LiveTotalsWarmUpTest {

    @Test
    void everyVoteIsLoadedAndOneThatFailsDoesNotStopTheOthers() {
        List<String> loaded = new ArrayList<>();
        int n = LiveTotalsWarmUp.load(() -> List.of("a", "broken", "c"), id -> {
            if (id.equals("broken")) throw new IllegalStateException("no such table");
            loaded.add(id);
        }, () -> false);

        assertThat(n).isEqualTo(2);
        assertThat(loaded).containsExactly("a", "c");
    }

    @Test
    void aStopEndsTheLoadingQuietlyEvenWhenThePoolClosesUnderIt() {
        AtomicBoolean stopping = new AtomicBoolean();
        List<String> loaded = new ArrayList<>();
        int n = LiveTotalsWarmUp.load(() -> List.of("a", "b", "c"), id -> {
            if (id.equals("b")) {
                stopping.set(true);
                throw new IllegalStateException("HikariDataSource has been closed");
            }
            loaded.add(id);
        }, stopping::get);

        assertThat(n).isEqualTo(1);
        assertThat(loaded).containsExactly("a");
    }

    @Test
    void votesThatCannotBeListedAtAStopEndItWithoutAnException() {
        int n = LiveTotalsWarmUp.load(() -> {
            throw new IllegalStateException("HikariDataSource has been closed");
        }, id -> {
        }, () -> true);

        assertThat(n).isZero();
    }
}

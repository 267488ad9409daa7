package org.atazan.voting.forensics;

import org.atazan.voting.Protocol;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

class IntegerPercentagesTest {
    @Test
    void integerTestIsExactWithAnInclusiveTolerance() {
        assertThat(IntegerPercentages.integer(1, 100)).isTrue();
        assertThat(IntegerPercentages.integer(1, 3)).isFalse();
        assertThat(IntegerPercentages.integer(1999, 2000)).isTrue();   // 99.95 %: exactly 0.05 off
        assertThat(IntegerPercentages.integer(1998, 2000)).isFalse();  // 99.90 %
        assertThat(IntegerPercentages.integer(1659, 1950)).isFalse();  // 85.08 %
        assertThat(IntegerPercentages.integer(1658, 1950)).isTrue();   // 85.03 %
        assertThat(IntegerPercentages.integer(0, 0)).isFalse();
    }

    @Test
    void binomialDrawsHaveTheRightMeanAndVarianceInBothRegimes() {
        SplittableRandom rnd = new SplittableRandom(1);
        for (int[] np : new int[][]{{2000, 70}, {150, 97}, {300, 10}}) {
            int n = np[0];
            double p = np[1] / 100.0;
            double sum = 0, sq = 0;
            int reps = 40_000;
            for (int i = 0; i < reps; i++) {
                int x = Binomial.draw(rnd, n, p);
                assertThat(x).isBetween(0, n);
                sum += x;
                sq += (double) x * x;
            }
            double mean = sum / reps;
            double var = sq / reps - mean * mean;
            assertThat(mean).isCloseTo(n * p, offset(0.02 * n * p + 0.5));
            assertThat(var).isCloseTo(n * p * (1 - p), offset(0.08 * n * p * (1 - p) + 0.5));
        }
        assertThat(Binomial.draw(rnd, 10, 0)).isZero();
        assertThat(Binomial.draw(rnd, 10, 1)).isEqualTo(10);
    }

    static StationData synthetic(int stations, int roundEvery) {
        List<Protocol> ps = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < stations; i++) {
            int reg = 500 + rnd.nextInt(2000);
            int voters = roundEvery > 0 && i % roundEvery == 0 ? reg * 3 / 5 : (int) (reg * (0.4 + 0.3 * rnd.nextDouble()));
            if (roundEvery > 0 && i % roundEvery == 0) reg = reg / 5 * 5;
            voters = roundEvery > 0 && i % roundEvery == 0 ? reg / 5 * 3 : voters;
            int yes = (int) (voters * (0.5 + 0.3 * rnd.nextDouble()));
            ps.add(Protocol.single("s" + i, reg, voters, voters, 0, yes, voters - yes));
        }
        return StationData.of(ps);
    }

    @Test
    void plantedRoundTurnoutsShowAsExcessAndNaturalDataDoesNot() {
        IntegerReport planted = IntegerPercentages.analyse(synthetic(5000, 10), 200, 42);
        assertThat(planted.integerStations()).isGreaterThanOrEqualTo(500);
        assertThat(planted.excess()).isGreaterThan(400);
        assertThat(planted.integerStations()).isGreaterThan((int) planted.percentile999());
        assertThat(planted.stations()).anySatisfy(s -> {
            assertThat(s.integerTurnout()).isTrue();
            assertThat(s.turnoutPercent()).isEqualTo(60.0);
        });
        IntegerReport natural = IntegerPercentages.analyse(synthetic(5000, 0), 200, 42);
        assertThat(Math.abs(natural.excess())).isLessThan(4 * natural.stddev() + 1);
        assertThat(natural.eligibleStations()).isEqualTo(5000);
    }

    @Test
    void resultsDependOnTheSeedNotOnTheNumberOfThreads() throws Exception {
        StationData d = synthetic(2000, 7);
        IntegerReport parallel = IntegerPercentages.analyse(d, 50, 99);
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            IntegerReport single = one.submit(() -> IntegerPercentages.analyse(d, 50, 99)).get();
            assertThat(single).isEqualTo(parallel);
        } finally {
            one.shutdown();
        }
        assertThat(IntegerPercentages.analyse(d, 50, 100).expectedIntegerStations())
                .isNotEqualTo(parallel.expectedIntegerStations());
        assertThatThrownBy(() -> IntegerPercentages.analyse(d, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void smallAndFullStationsAreLeftOut() {
        StationData d = StationData.of(List.of(
                Protocol.single("small", 99, 50, 50, 0, 25, 25),
                Protocol.single("full", 200, 200, 200, 0, 100, 100),
                Protocol.single("allYes", 200, 100, 100, 0, 100, 0),
                Protocol.single("ok", 200, 101, 101, 0, 50, 51)));
        IntegerReport r = IntegerPercentages.analyse(d, 10, 1);
        assertThat(r.eligibleStations()).isEqualTo(1);
        assertThat(r.integerStations()).isZero();
    }

    @Test
    void thePapersSelectionCountsRegisteredVotersAndTakesTurnoutFromBallotsIssued() {
        StationData d = StationData.of(List.of(
                // 150 registered but 90 in the boxes: in the paper's test, not in the other.
                Protocol.single("fewVoted", 150, 91, 91, 0, 45, 46),
                // 40 % issued, 39.5 % in the boxes: integer turnout only when it is taken from ballots issued.
                Protocol.single("issuedRound", 1000, 400, 395, 0, 201, 194),
                // 99.5 % issued but 98.5 % in the boxes: above 99 % only when turnout is from ballots issued.
                Protocol.single("highIssued", 1000, 995, 985, 0, 501, 484)));
        IntegerReport paper = IntegerPercentages.analyse(d, Selection.PAPER, 10, 1);
        IntegerReport voted = IntegerPercentages.analyse(d, Selection.VOTED, 10, 1);
        assertThat(paper.selection()).isEqualTo(Selection.PAPER);
        assertThat(paper.eligibleStations()).isEqualTo(2);
        assertThat(paper.stations()).extracting(IntegerStation::station).containsExactly("issuedRound");
        assertThat(paper.stations().get(0).turnoutPercent()).isEqualTo(40.0);
        assertThat(paper.stations().get(0).voters()).isEqualTo(400);
        assertThat(voted.selection()).isEqualTo(Selection.VOTED);
        assertThat(voted.eligibleStations()).isEqualTo(2);
        assertThat(voted.integerStations()).isZero();
        assertThat(IntegerPercentages.analyse(d, 10, 1)).isEqualTo(paper);
    }

    @Test
    void selectionsAreNamedAsTheCommandLineAndFormsGiveThem() {
        assertThat(Selection.named("paper")).isEqualTo(Selection.PAPER);
        assertThat(Selection.named("VOTED")).isEqualTo(Selection.VOTED);
        assertThat(Selection.named("both")).isNull();
        assertThat(Selection.PAPER.cliName()).isEqualTo("paper");
    }

    @Test
    void bothSelectionsSeeNoExcessInNaturalDataWhereBallotsIssuedAndInTheBoxesDiffer() {
        List<Protocol> ps = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < 5000; i++) {
            int reg = 300 + rnd.nextInt(2000);
            int issued = (int) (reg * (0.4 + 0.3 * rnd.nextDouble()));
            int inBoxes = issued - rnd.nextInt(4);
            int yes = (int) (inBoxes * (0.5 + 0.3 * rnd.nextDouble()));
            ps.add(Protocol.single("s" + i, reg, issued, inBoxes, 0, yes, inBoxes - yes));
        }
        StationData d = StationData.of(ps);
        for (Selection s : Selection.values()) {
            IntegerReport r = IntegerPercentages.analyse(d, s, 200, 42);
            assertThat(Math.abs(r.excess())).as(s.name()).isLessThan(4 * r.stddev() + 1);
        }
    }

    @org.junit.jupiter.api.Test
    void theSpreadOfTheSimulatedCountsIsTheUnbiasedSampleVariance() {
        org.assertj.core.api.Assertions.assertThat(IntegerPercentages.sampleVariance(new int[]{2, 4, 4, 4, 5, 5, 7, 9}, 5.0))
                .isCloseTo(32.0 / 7, org.assertj.core.api.Assertions.within(1e-12));
        org.assertj.core.api.Assertions.assertThat(IntegerPercentages.sampleVariance(new int[]{7}, 7.0)).isZero();
    }
}

package org.atazan.systematization;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AdjustedRandTest {

    @Test
    void theSamePartitionUnderOtherNamesIsOne() {
        assertThat(AdjustedRand.index(new int[]{0, 0, 1, 1, 2}, new int[]{5, 5, 3, 3, 9})).isEqualTo(1.0);
    }

    @Test
    void matchesTheWorkedValues() {
        // Hubert and Arabie's formula by hand: contingency cells 2,1,1 → index 1; row pairs 2; column pairs 1;
        // expected 2·1/6; maximum 1.5; (1 - 1/3) / (1.5 - 1/3) = 4/7.
        assertThat(AdjustedRand.index(new int[]{0, 0, 1, 1}, new int[]{0, 0, 1, 2})).isCloseTo(4.0 / 7, within(1e-12));
        // A partition that cuts across the other: below chance.
        assertThat(AdjustedRand.index(new int[]{0, 0, 1, 1}, new int[]{0, 1, 0, 1})).isCloseTo(-0.5, within(1e-12));
    }
}

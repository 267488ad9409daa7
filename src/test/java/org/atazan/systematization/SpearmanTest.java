package org.atazan.systematization;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

class SpearmanTest {
    @Test
    void monotoneReversedAndTied() {
        assertThat(Spearman.of(new double[]{1, 2, 3, 4}, new double[]{10, 20, 25, 100})).isEqualTo(1.0);
        assertThat(Spearman.of(new double[]{1, 2, 3, 4}, new double[]{4, 3, 2, 1})).isEqualTo(-1.0);
        // scipy.stats.spearmanr([1, 2, 2, 3], [1, 3, 2, 4]) = 0.9486832980505138: ties share their mean rank
        assertThat(Spearman.of(new double[]{1, 2, 2, 3}, new double[]{1, 3, 2, 4})).isCloseTo(0.9486833, offset(1e-6));
        assertThat(Spearman.of(new double[]{1, 1, 1}, new double[]{1, 2, 3})).isNaN();
    }
}

package org.atazan.platform.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottleRuleTest {

    @Test
    void theLockStartsAtTheThresholdAndDoublesUpToTheCap() {
        ThrottleRule rule = ThrottleRule.ACCOUNT;
        assertThat(rule.lockAfter(4)).isZero();
        assertThat(rule.lockAfter(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(rule.lockAfter(6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(rule.lockAfter(10)).isEqualTo(Duration.ofMinutes(32));
        assertThat(rule.lockAfter(11)).isEqualTo(Duration.ofHours(1));
        assertThat(rule.lockAfter(300)).as("no overflow, however many").isEqualTo(Duration.ofHours(1));
    }

    @Test
    void anAddressHasMoreRoomThanAnAccount() {
        assertThat(ThrottleRule.ADDRESS.lockAfter(19)).isZero();
        assertThat(ThrottleRule.ADDRESS.lockAfter(20)).isEqualTo(Duration.ofMinutes(1));
    }
}

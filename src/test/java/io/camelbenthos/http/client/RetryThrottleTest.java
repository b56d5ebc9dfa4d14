package io.camelbenthos.http.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Benthos's throttle: linear waits the period, back-off doubles from the second consecutive retry, capped. */
class RetryThrottleTest {

    @Test
    void backoffDoublesFromTheSecondConsecutiveRetryUpToTheCap() {
        RetryThrottle t = new RetryThrottle(1000, 5000);
        assertThat(t.backoff()).isEqualTo(1000);
        assertThat(t.backoff()).isEqualTo(2000);
        assertThat(t.backoff()).isEqualTo(4000);
        assertThat(t.backoff()).isEqualTo(5000);
    }

    @Test
    void linearRetriesKeepTheDoubledPeriodUntilASuccessResets() {
        RetryThrottle t = new RetryThrottle(1000, 300_000);
        assertThat(t.linear()).isEqualTo(1000);
        assertThat(t.backoff()).isEqualTo(2000);
        assertThat(t.linear()).isEqualTo(2000); // issue #415 quirk, kept
        t.reset();
        assertThat(t.linear()).isEqualTo(1000);
        assertThat(t.backoff()).isEqualTo(2000);
    }
}

package io.camelbenthos.components.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** The {@code retry} output (connectors §9.3) in real Camel. */
class RetryOutputTest {
    private static String retry(String fields, int failFirst) {
        return """
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - test_append: "+"
                output:
                  retry:
                %s
                    backoff:
                      initial_interval: 10ms
                      max_interval: 20ms
                    output:
                      test_sink: {name: out, fail_first: %d}
                      processors:
                        - test_append: "!"
                """.formatted(fields, failFirst);
    }

    /** The pipeline processors ran once; the child's own processors run on every attempt, from the message as sent. */
    @Test
    void retriesTheChildUntilItWrites() throws Exception {
        try (StreamHarness h = new StreamHarness(retry("", 3))) {
            Exchange result = h.send("in", "msg");
            assertThat(result.getException()).isNull();
            assertThat(TestComponents.ATTEMPTS.get("out").get()).isEqualTo(4);
            assertThat(TestComponents.sink("out")).containsExactly("msg+!");
        }
    }

    @Test
    void maxRetriesBoundsTheRetriesAndThenNacks() throws Exception {
        try (StreamHarness h = new StreamHarness(retry("    max_retries: 2", 100))) {
            Exchange result = h.send("in", "msg");
            assertThat(result.getException()).hasMessage("message failed to reach a target destination");
            assertThat(TestComponents.ATTEMPTS.get("out").get()).isEqualTo(3);
            assertThat(TestComponents.sink("out")).isEmpty();
        }
    }

    @Test
    void maxElapsedTimeBoundsTheRetriesAndThenNacks() throws Exception {
        try (StreamHarness h = new StreamHarness(retry("", 1_000_000)
                .replace("      max_interval: 20ms", "      max_interval: 20ms\n      max_elapsed_time: 100ms"))) {
            Exchange result = h.send("in", "msg");
            assertThat(result.getException()).hasMessage("message failed to reach a target destination");
            assertThat(TestComponents.ATTEMPTS.get("out").get()).isGreaterThan(1);
        }
    }

    /**
     * Every attempt starts from the message as it reached the retry: the error flag too (a {@code catch} in the
     * child clears it on each attempt), and Camel's redelivery headers never show up as metadata.
     */
    @Test
    void everyAttemptStartsFromTheMessageAsItEntered() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - test_fail: {}
                output:
                  retry:
                    backoff: {initial_interval: 1ms, max_interval: 1ms}
                    output:
                      test_sink: {name: out, fail_first: 2}
                      processors:
                        - catch:
                            - mapping: 'root = content().string() + " caught, metadata: " + metadata().keys().sort().join(",")'
                """)) {
            h.send("in", "msg");
            assertThat(TestComponents.ATTEMPTS.get("out").get()).isEqualTo(3);
            assertThat(TestComponents.sink("out")).containsExactly("msg caught, metadata: ");
        }
    }

    @Test
    void theWaitsGrowByHalfUpToTheMaximum() {
        RetryBackoff backoff = new RetryBackoff(500, 3000, 0, 0);
        assertThat(new long[] {backoff.waitBefore(1), backoff.waitBefore(2), backoff.waitBefore(3),
                backoff.waitBefore(4), backoff.waitBefore(5), backoff.waitBefore(6), backoff.waitBefore(50)})
                .containsExactly(500, 750, 1125, 1687, 2531, 3000, 3000);
    }
}

package io.camelbenthos.components.buffers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camelbenthos.buffer.BufferSpace;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** {@code buffer: memory}, processors reference §21.1: early ack, back-pressure, retries, batch policy. */
class MemoryBufferTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static String config(String buffer, String processors, String output) {
        return """
                input:
                  test_direct: {name: in}
                buffer:
                %s
                pipeline:
                  processors:
                %s
                output:
                %s
                """.formatted(buffer.indent(2).stripTrailing(), processors.indent(4).stripTrailing(),
                output.indent(2).stripTrailing());
    }

    private static BufferSpace space(StreamHarness h) {
        return h.camel().getRegistry().lookupByNameAndType("test.buffer.space", BufferSpace.class);
    }

    @Test
    void theInputIsAckedOnceTheBatchIsBufferedBeforeTheOutputRuns() throws Exception {
        try (StreamHarness h = new StreamHarness(config("memory: {}", "- test_gate: {name: g}", "test_sink: {name: out}"))) {
            Exchange e = h.send("in", "a");
            // send() returned: the input's transaction completed while the pipeline holds the message at the gate
            assertThat(e.getException()).isNull();
            assertThat(TestComponents.gate("g").awaitEntered(1)).isTrue();
            assertThat(TestComponents.sink("out")).isEmpty();
            assertThat(space(h).used()).isEqualTo(1);
            TestComponents.gate("g").open();
            await().atMost(WAIT).until(() -> TestComponents.sink("out").equals(java.util.List.of("a")));
            await().atMost(WAIT).until(() -> space(h).used() == 0);
        }
    }

    @Test
    void aFullBufferBackPressuresTheInputUntilTheOutputAckedEnough() throws Exception {
        try (StreamHarness h = new StreamHarness(config("memory: {limit: 5}", "- test_gate: {name: g}",
                "test_sink: {name: out}"))) {
            assertThat(h.send("in", "abcd").getException()).isNull();
            assertThat(TestComponents.gate("g").awaitEntered(1)).isTrue();
            CompletableFuture<Exchange> second = CompletableFuture.supplyAsync(() -> h.send("in", "efgh"));
            // 4 + 4 bytes do not fit in 5: the second write waits for space
            await().atMost(WAIT).until(() -> space(h).waitingWriters() == 1);
            assertThat(second).isNotDone();
            TestComponents.gate("g").open();
            assertThat(second.get().getException()).isNull();
            await().atMost(WAIT).until(() -> TestComponents.sink("out").size() == 2);
            assertThat(TestComponents.sink("out")).containsExactly("abcd", "efgh");
        }
    }

    @Test
    void aBatchLargerThanTheBufferIsAckedAndLost() throws Exception {
        try (StreamHarness h = new StreamHarness(config("memory: {limit: 3}", "[]", "test_sink: {name: out}"))) {
            assertThat(h.send("in", "abcd").getException()).isNull();
            assertThat(h.send("in", "ab").getException()).isNull();
            await().atMost(WAIT).until(() -> !TestComponents.sink("out").isEmpty());
            assertThat(TestComponents.sink("out")).containsExactly("ab");
        }
    }

    @Test
    void aNackedBatchIsSentAgainNotLost() throws Exception {
        try (StreamHarness h = new StreamHarness(config("memory: {}", "[]", "test_sink: {name: out, fail_first: 2}"))) {
            assertThat(h.send("in", "a").getException()).isNull();
            await().atMost(WAIT).until(() -> TestComponents.sink("out").equals(java.util.List.of("a")));
            assertThat(TestComponents.ATTEMPTS.get("out").get()).isEqualTo(3);
        }
    }

    @Test
    void aStoredBatchStaysOneTransaction() throws Exception {
        try (StreamHarness h = new StreamHarness(config("memory: {}", "[]", "test_sink: {name: out}"))) {
            assertThat(h.sendBatch("in", "a", "b").getException()).isNull();
            await().atMost(WAIT).until(() -> TestComponents.sink("out").equals(java.util.List.of("a|b")));
        }
    }

    @Test
    void theBatchPolicyMergesWholeStoredBatches() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                memory:
                  batch_policy:
                    enabled: true
                    count: 3
                    processors:
                      - mapping: 'root = content().uppercase()'
                """, "[]", "test_sink: {name: out}"))) {
            assertThat(h.sendBatch("in", "a", "b").getException()).isNull();
            assertThat(h.sendBatch("in", "c", "d").getException()).isNull();
            // count is a minimum: the second stored batch is added whole before the trigger is checked
            await().atMost(WAIT).until(() -> TestComponents.sink("out").equals(java.util.List.of("A|B|C|D")));
        }
    }

    @Test
    void aDisabledBatchPolicyKeepsStoredBatchesApart() throws Exception {
        try (StreamHarness h = new StreamHarness(config("memory: {batch_policy: {count: 3}}", "[]",
                "test_sink: {name: out}"))) {
            h.send("in", "a");
            await().atMost(WAIT).until(() -> TestComponents.sink("out").equals(java.util.List.of("a")));
        }
    }
}

package io.camelbenthos.components.processors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.export.ExportRoundTripTest;
import io.camelbenthos.message.Message;
import io.camelbenthos.testing.StreamHarness;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.camel.Exchange;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.Test;

/**
 * {@code for_each}, {@code parallel}, {@code while} and the {@code retry} processor in real Camel: the rules of
 * processors reference §11 and §12 (and §25.3, §25.5).
 */
class FlowProcessorsTest {

    private static String config(String processors) {
        return """
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                %s
                output:
                  test_sink: {name: out}
                """.formatted(processors.indent(4));
    }

    private static Exchange run(StreamHarness h, String... batch) {
        Exchange e = h.sendBatch("in", batch);
        assertThat(e.getException()).isNull();
        return e;
    }

    private static List<String> errors(Exchange e) {
        return BenthosExchange.batch(e).messages().stream()
                .map(m -> m.error() == null ? null : m.error().getMessage()).toList();
    }

    @Test
    void forEachRunsBatchProcessorsOnEachMessageAsABatchOfOne() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                - for_each:
                    - archive: {format: lines}
                    - mapping: 'root = content().string() + "/" + batch_size().string()'
                """))) {
            assertThat(StreamHarness.bodies(run(h, "a", "b", "c"))).containsExactly("a/1", "b/1", "c/1");
        }
    }

    @Test
    void forEachFlattensWhatItsProcessorsSplitAndDropsWhatTheyDrop() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                - for_each:
                    - unarchive: {format: lines}
                    - mapping: 'root = if content() == "x" { deleted() } else { content() }'
                """))) {
            assertThat(StreamHarness.bodies(run(h, "a\nx\nb", "x", "c"))).containsExactly("a", "b", "c");
        }
    }

    @Test
    void parallelKeepsTheOrderOfTheMessagesWithAndWithoutACap() throws Exception {
        for (String cap : List.of("0", "2")) {
            try (StreamHarness h = new StreamHarness(config("""
                    - parallel:
                        cap: %s
                        processors:
                          - mapping: 'root = content().uppercase().string() + batch_size().string()'
                    """.formatted(cap)))) {
                assertThat(StreamHarness.bodies(run(h, "a", "b", "c", "d", "e")))
                        .containsExactly("A1", "B1", "C1", "D1", "E1");
            }
        }
    }

    @Test
    void whileLoopsWhileTheCheckOnMessageZeroHolds() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                - while:
                    check: 'this.n < 3'
                    processors:
                      - mapping: 'root.n = this.n + 1'
                """))) {
            assertThat(StreamHarness.bodies(run(h, "{\"n\":0}", "{\"n\":10}"))).containsExactly("{\"n\":3}", "{\"n\":13}");
            assertThat(StreamHarness.bodies(run(h, "{\"n\":5}"))).containsExactly("{\"n\":5}");
        }
    }

    @Test
    void whileAtLeastOnceMaxLoopsAndAFailingCheck() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                - while:
                    at_least_once: true
                    check: 'this.n < 3'
                    processors:
                      - mapping: 'root.n = this.n + 1'
                - while:
                    max_loops: 4
                    check: 'true'
                    processors:
                      - mapping: 'root.n = this.n + 1'
                - while:
                    check: 'this.missing.number() > 0'
                    processors:
                      - mapping: 'root = "looped"'
                """))) {
            assertThat(StreamHarness.bodies(run(h, "{\"n\":5}"))).containsExactly("{\"n\":10}");
        }
    }

    @Test
    void whileEndsWhenItsProcessorsDropEverythingAndTheTransactionIsAcked() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                - while:
                    check: 'true'
                    processors:
                      - mapping: 'root = deleted()'
                """))) {
            Exchange e = run(h, "a");
            assertThat(BenthosExchange.batch(e).isEmpty()).isTrue();
        }
    }

    @Test
    void retryStartsEachAttemptFromTheEntryStateAndCountsTheFailures() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                - mapping: 'root = throw("before")'
                - retry:
                    backoff: {initial_interval: 1ms, max_interval: 10s}
                    processors:
                      - mutation: 'root.attempts = this.attempts.or(0) + 1'
                      - mapping: 'root = if counter() < 3 { throw("flaky") } else { this }'
                """))) {
            Exchange e = run(h, "{}");
            assertThat(StreamHarness.bodies(e)).containsExactly("{\"attempts\":1}");
            assertThat(errors(e)).as("the entry's flag is cleared").containsExactly((String) null);
            Message m = BenthosExchange.batch(e).get(0);
            assertThat(m.metadata()).containsEntry("retry_count", 2L).containsEntry("backoff_duration", 2_500_000L);
        }
    }

    @Test
    void maxRetriesCountsAttemptsAndMaxElapsedTimeStopsWithMinusOneNanosecond() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                - retry:
                    max_retries: 2
                    backoff: {initial_interval: 1ms}
                    processors:
                      - mapping: 'root = throw("always")'
                """))) {
            Exchange e = run(h, "a");
            assertThat(errors(e)).containsExactly("failed assignment (line 1): always");
            assertThat(BenthosExchange.batch(e).get(0).metadata())
                    .containsEntry("retry_count", 2L).containsEntry("backoff_duration", 1_000_000L);
        }
        try (StreamHarness h = new StreamHarness(config("""
                - retry:
                    max_retries: 1
                    processors:
                      - mapping: 'root = throw("always")'
                - retry:
                    backoff: {max_elapsed_time: 1ns}
                    processors:
                      - mapping: 'root = throw("again")'
                """))) {
            Exchange e = run(h, "a");
            assertThat(errors(e)).containsExactly("failed assignment (line 1): again");
            assertThat(BenthosExchange.batch(e).get(0).metadata())
                    .containsEntry("retry_count", 1L).containsEntry("backoff_duration", -1L);
        }
    }

    @Test
    void retryInParallelKeepsTheOrderAndRetriesOnlyTheFailingMessage() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                - retry:
                    parallel: true
                    backoff: {initial_interval: 1ms}
                    processors:
                      - mapping: 'root = if content() != "b" { content() } else if counter() < 2 { throw("flaky") } else { content() }'
                """))) {
            Exchange e = run(h, "a", "b", "c");
            assertThat(StreamHarness.bodies(e)).containsExactly("a", "b", "c");
            assertThat(BenthosExchange.batch(e).messages()).extracting(m -> m.metadata().get("retry_count"))
                    .containsExactly(0L, 1L, 0L);
        }
    }

    @Test
    void aRetryWaitingForItsBackoffHoldsNoThreadAndIsFlaggedWhenTheStepStops() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                - retry:
                    backoff: {initial_interval: 1h, max_elapsed_time: 0s}
                    processors:
                      - mapping: 'root = throw("down")'
                """))) {
            RetryWaitStep step = h.camel().getRegistry()
                    .lookupByNameAndType("test.pipeline.processors.0.wait", RetryWaitStep.class);
            CompletableFuture<Exchange> sent = CompletableFuture.supplyAsync(() -> h.sendBatch("in", "a"));
            await().atMost(Duration.ofSeconds(30)).until(() -> step.waitingMessages() == 1);
            // The thread that scheduled the wait leaves the step: no thread stays inside it while the message waits.
            await().atMost(Duration.ofSeconds(30)).until(() -> Thread.getAllStackTraces().values().stream()
                    .noneMatch(stack -> Arrays.stream(stack)
                            .anyMatch(frame -> frame.getClassName().startsWith(WaitingStep.class.getName())
                                    || frame.getClassName().startsWith(RetryWaitStep.class.getName()))));
            assertThat(sent).isNotDone();
            ServiceHelper.stopService(step);
            Exchange e = sent.get();
            assertThat(errors(e)).containsExactly("context canceled");
            assertThat(BenthosExchange.batch(e).get(0).metadata()).containsEntry("retry_count", 1L)
                    .containsEntry("backoff_duration", 3_600_000_000_000L);
        }
    }

    @Test
    void theFlowProcessorsExportAndLoadBack() throws Exception {
        ExportRoundTripTest.assertExportLoadsBackAsTheTranslation("flow.yaml", config("""
                - for_each:
                    - mapping: 'root = content()'
                - parallel:
                    cap: 2
                    processors:
                      - mapping: 'root = content()'
                - while:
                    check: 'false'
                    processors:
                      - mapping: 'root = content()'
                - retry:
                    processors:
                      - mapping: 'root = content()'
                """));
    }
}

package io.camelbenthos.components.processors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.camel.Exchange;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.Test;

/** {@code noop} and {@code sleep}, rules from the processors reference §13.1 and §13.2. */
class UtilityProcessorsTest {

    private static String config(String processors) {
        return """
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                %s
                output:
                  test_sink: {name: out}
                """.formatted(processors.indent(4).stripTrailing());
    }

    private static Exchange send(StreamHarness h, String body, Map<String, Object> metadata) {
        return h.camel().createProducerTemplate().send("direct:test.in", e -> {
            e.getMessage().setBody(body.getBytes(StandardCharsets.UTF_8));
            e.getMessage().getHeaders().putAll(metadata);
        });
    }

    @Test
    void noopPassesTheMessageOnUnchanged() throws Exception {
        try (StreamHarness h = new StreamHarness(config("- noop: {}"))) {
            Exchange e = send(h, "hello", Map.of("k", "v"));
            assertThat(StreamHarness.metadata(e).get("k")).isEqualTo("v");
            assertThat(TestComponents.sink("out")).containsExactly("hello");
        }
    }

    @Test
    void sleepWaitsForTheInterpolatedDurationOfEachMessage() throws Exception {
        try (StreamHarness h = new StreamHarness(config("- sleep: {duration: '${! meta(\"wait\") }'}"))) {
            Exchange e = send(h, "a", Map.of("wait", "20ms"));
            assertThat(BenthosExchange.error(e)).isNull();
            assertThat(TestComponents.sink("out")).containsExactly("a");
        }
    }

    @Test
    void aDurationThatDoesNotParseIsLoggedAndTheMessageGoesOnUnflagged() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                - sleep: {duration: '${! meta("wait") }'}
                - sleep: {duration: '${! this.missing.not_null() }'}
                """))) {
            Exchange e = send(h, "{}", Map.of("wait", "soon"));
            assertThat(BenthosExchange.error(e)).isNull();
            assertThat(TestComponents.sink("out")).containsExactly("{}");
        }
    }

    @Test
    void aSleepingMessageHoldsNoThreadAndIsFlaggedWhenTheStepStops() throws Exception {
        try (StreamHarness h = new StreamHarness(config("- sleep: {duration: 1h}"))) {
            SleepStep step = h.camel().getRegistry().lookupByNameAndType("test.pipeline.processors.0", SleepStep.class);
            CompletableFuture<Exchange> sent = CompletableFuture.supplyAsync(() -> send(h, "late", Map.of()));
            await().atMost(Duration.ofSeconds(30)).until(() -> step.waitingMessages() == 1);
            // The pipeline thread that brought the message is free again: no thread is inside the step.
            assertThat(Thread.getAllStackTraces().values()).noneMatch(stack -> Arrays.stream(stack)
                    .anyMatch(frame -> frame.getClassName().startsWith(WaitingStep.class.getName())
                            || frame.getClassName().startsWith(SleepStep.class.getName())));
            ServiceHelper.stopService(step);
            Exchange e = sent.get();
            assertThat(BenthosExchange.error(e).getMessage()).isEqualTo("processor stopped");
            assertThat(TestComponents.sink("out")).containsExactly("late [error: processor stopped]");
        }
    }

    @Test
    void eachMessageOfABatchSleepsItsOwnDurationInTurn() throws Exception {
        try (StreamHarness h = new StreamHarness(config("- sleep: {duration: '${! content() }'}"))) {
            SleepStep step = h.camel().getRegistry().lookupByNameAndType("test.pipeline.processors.0", SleepStep.class);
            CompletableFuture<Exchange> sent = CompletableFuture.supplyAsync(() -> h.sendBatch("in", "1ms", "1h"));
            // message 0 slept its millisecond, message 1 now sleeps its hour: the transaction still waits
            await().atMost(Duration.ofSeconds(30)).until(() -> step.waitingMessages() == 1);
            assertThat(sent).isNotDone();
            ServiceHelper.stopService(step);
            assertThat(StreamHarness.bodies(sent.get())).containsExactly("1ms", "1h");
        }
    }
}

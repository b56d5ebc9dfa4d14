package io.camelbenthos.translate;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.config.ConfigLoader;
import io.camelbenthos.runtime.StreamsRunner;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import io.camelbenthos.testing.TestComponents.Gate;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.model.ProcessDefinition;
import org.apache.camel.model.RouteDefinition;
import org.junit.jupiter.api.Test;

/** {@code pipeline.threads} (config §8.1): N pipeline threads shared by the inputs; replies stay with their requests. */
class PipelineThreadsTest {

    private static String config(int threads) {
        return """
                input:
                  test_direct: {name: in}
                pipeline:
                  threads: %d
                  processors:
                    - test_gate: {name: g}
                    - test_upper: {}
                output:
                  test_sink: {name: out}
                """.formatted(threads);
    }

    private static CompletableFuture<Exchange> sendAsync(StreamHarness h, String body) {
        ProducerTemplate producer = h.camel().createProducerTemplate();
        return producer.asyncSend("direct:test.in", e -> e.getMessage().setBody(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static PipelineThreadsStep step(StreamHarness h) {
        return h.camel().getRegistry().lookupByNameAndType("test.pipeline.threads", PipelineThreadsStep.class);
    }

    @Test
    void twoThreadsProcessTwoMessagesAtOnce() throws Exception {
        try (StreamHarness h = new StreamHarness(config(2))) {
            Gate gate = TestComponents.gate("g");
            CompletableFuture<Exchange> a = sendAsync(h, "a");
            CompletableFuture<Exchange> b = sendAsync(h, "b");

            assertThat(gate.awaitEntered(2)).as("both messages inside the processor before either finished").isTrue();
            assertThat(gate.inside()).isEqualTo(2);
            gate.open();

            assertThat(StreamHarness.body(a.get(30, TimeUnit.SECONDS))).isEqualTo("A");
            assertThat(StreamHarness.body(b.get(30, TimeUnit.SECONDS))).isEqualTo("B");
            assertThat(TestComponents.sink("out")).containsExactlyInAnyOrder("A", "B");
        }
    }

    @Test
    void oneThreadHoldsTheNextMessageAtTheHandOverUntilTheThreadIsFree() throws Exception {
        try (StreamHarness h = new StreamHarness(config(1))) {
            assertTheSecondSenderWaitsForTheOnlyThread(h, PipelineThreadsTest::sendAsync);
        }
    }

    /** As http_server sends: the exchange is marked as coming from an input with many threads of its own. */
    private static CompletableFuture<Exchange> sendFromConcurrentInput(StreamHarness h, String body) {
        ProducerTemplate producer = h.camel().createProducerTemplate();
        return producer.asyncSend("direct:test.in", e -> {
            e.setProperty(BenthosExchange.CONCURRENT_INPUT, Boolean.TRUE);
            e.getMessage().setBody(body.getBytes(StandardCharsets.UTF_8));
        });
    }

    @Test
    void aConcurrentInputRunsThePipelineOnItsOwnThreadWithinTheLimitAndGivesThePermitBackAtTheOutput()
            throws Exception {
        try (StreamHarness h = new StreamHarness(config(1))) {
            assertTheSecondSenderWaitsForTheOnlyThread(h, PipelineThreadsTest::sendFromConcurrentInput);
            // no permit leaked: with the only one back, a third message and a handed-over one still go through
            assertThat(StreamHarness.body(sendFromConcurrentInput(h, "third").get(30, TimeUnit.SECONDS)))
                    .isEqualTo("THIRD");
            assertThat(StreamHarness.body(sendAsync(h, "fourth").get(30, TimeUnit.SECONDS))).isEqualTo("FOURTH");
        }
    }

    /** With one pipeline thread, a second message waits at the hand-over until the first left the processors. */
    private static void assertTheSecondSenderWaitsForTheOnlyThread(
            StreamHarness h, BiFunction<StreamHarness, String, CompletableFuture<Exchange>> send) throws Exception {
        Gate gate = TestComponents.gate("g");
        CompletableFuture<Exchange> first = send.apply(h, "first");
        assertThat(gate.awaitEntered(1)).isTrue();
        CompletableFuture<Exchange> second = send.apply(h, "second");
        awaitWaitingSenders(step(h), 1);

        assertThat(gate.seen()).containsExactly("first");
        assertThat(second).isNotDone();
        gate.open();

        assertThat(StreamHarness.body(first.get(30, TimeUnit.SECONDS))).isEqualTo("FIRST");
        assertThat(StreamHarness.body(second.get(30, TimeUnit.SECONDS))).isEqualTo("SECOND");
        assertThat(gate.mostInside()).isEqualTo(1);
    }

    @Test
    void aMessageWaitingForASlotHoldsNoThread() throws Exception {
        // The thread that brings a message must be free again while the message waits: http_server's Vert.x workers
        // are also what the slot holders need to finish their HTTP calls (the wedge of the hardening issue).
        try (StreamHarness h = new StreamHarness(config(1))) {
            Gate gate = TestComponents.gate("g");
            CompletableFuture<Exchange> held = sendAsync(h, "held");
            assertThat(gate.awaitEntered(1)).isTrue();
            org.apache.camel.Endpoint endpoint = h.camel().getEndpoint("direct:test.in");
            org.apache.camel.AsyncProducer producer = endpoint.createAsyncProducer();
            producer.start();
            java.util.concurrent.ExecutorService input = java.util.concurrent.Executors.newSingleThreadExecutor();
            List<Exchange> done = java.util.Collections.synchronizedList(new ArrayList<>());
            try {
                for (int i = 0; i < 3; i++) {
                    String body = "queued-" + i;
                    input.submit(() -> {
                        Exchange e = endpoint.createExchange();
                        e.setProperty(BenthosExchange.CONCURRENT_INPUT, Boolean.TRUE);
                        e.getMessage().setBody(body.getBytes(StandardCharsets.UTF_8));
                        producer.process(e, doneSync -> done.add(e));
                    });
                }
                assertThat(input.submit(() -> "free").get(30, TimeUnit.SECONDS))
                        .as("the input's only thread is free while its three messages wait").isEqualTo("free");
                awaitWaitingSenders(step(h), 3);
                gate.open();
                org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> done.size() == 3);
                assertThat(done).extracting(StreamHarness::body)
                        .containsExactlyInAnyOrder("QUEUED-0", "QUEUED-1", "QUEUED-2");
                assertThat(StreamHarness.body(held.get(30, TimeUnit.SECONDS))).isEqualTo("HELD");
            } finally {
                input.shutdownNow();
                producer.stop();
            }
        }
    }

    @Test
    void aMessageDeletedBeforeTheOutputGivesItsPermitBackWhenItEnds() throws Exception {
        String deleting = """
                input:
                  test_direct: {name: in}
                pipeline:
                  threads: 1
                  processors:
                    - mapping: 'root = deleted()'
                output:
                  test_sink: {name: out}
                """;
        try (StreamHarness h = new StreamHarness(deleting)) {
            // each stops routing before the output; with one permit, a leak would block the second message forever
            for (int i = 0; i < 3; i++) {
                Exchange done = sendFromConcurrentInput(h, "m" + i).get(30, TimeUnit.SECONDS);
                assertThat(done.getException()).as("message %d", i).isNull();
            }
            assertThat(TestComponents.sink("out")).isEmpty();
        }
    }

    @Test
    void everyReplyBelongsToTheRequestThatSentItUnderConcurrency() throws Exception {
        try (StreamHarness h = new StreamHarness(config(4))) {
            TestComponents.gate("g").open();
            List<CompletableFuture<Exchange>> replies = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                replies.add(sendAsync(h, "msg-" + i));
            }
            for (int i = 0; i < replies.size(); i++) {
                Exchange reply = replies.get(i).get(30, TimeUnit.SECONDS);
                assertThat(reply.getException()).isNull();
                assertThat(StreamHarness.body(reply)).isEqualTo(("msg-" + i).toUpperCase(Locale.ROOT));
            }
            assertThat(TestComponents.sink("out")).hasSize(200);
        }
    }

    @Test
    void zeroOrLessMeansOneThreadPerCpu() throws Exception {
        try (StreamHarness h = new StreamHarness(config(-1))) {
            assertThat(step(h).effectiveThreads()).isEqualTo(Runtime.getRuntime().availableProcessors());
            TestComponents.gate("g").open();
            assertThat(StreamHarness.body(h.send("in", "x"))).isEqualTo("X");
        }
    }

    @Test
    void theHandOverIsANamedStepOfThePipelineRoute() throws Exception {
        try (StreamHarness h = new StreamHarness(config(3))) {
            assertThat(step(h).getThreads()).isEqualTo(3);
            RouteDefinition pipeline = h.builder().streams().get(0).routes().stream()
                    .filter(r -> r.getRouteId().equals("test.pipeline")).findFirst().orElseThrow();
            assertThat(pipeline.getOutputs().get(0)).isInstanceOfSatisfying(ProcessDefinition.class,
                    p -> assertThat(p.getRef()).isEqualTo("test.pipeline.threads"));
        }
    }

    @Test
    void aPipelineThreadRunningItsInputsNextSendCarriesOnInsteadOfDeadlocking() throws Exception {
        // an input's split sends its next batch from the thread that completed the previous one: with one pipeline
        // thread, taking a second permit there would wait for itself forever.
        ConfigLoader loader = new ConfigLoader(ComponentRegistry.defaultRegistry(), Map.of(), List.of());
        TestComponents.reset();
        TranslatedStream stream = StreamTranslator.translate(loader.parse("gen.yaml", """
                input:
                  generate:
                    mapping: 'root = "tick"'
                    interval: 1ms
                    count: 2
                    batch_size: 3
                  processors:
                    - split: {}
                pipeline:
                  threads: 1
                output:
                  test_sink: {name: gen}
                """), ComponentRegistry.defaultRegistry());
        try (StreamsRunner runner = new StreamsRunner(List.of(stream))) {
            runner.start();
            assertThat(runner.awaitTermination(30, TimeUnit.SECONDS)).as("stream ended by itself").isTrue();
        }
        assertThat(TestComponents.sink("gen")).hasSize(6);
    }

    /** Waits for a condition, not a duration: senders queue at the hand-over while the only thread is busy. */
    private static void awaitWaitingSenders(PipelineThreadsStep step, int n) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (step.waitingSenders() < n) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no sender waited at the hand-over");
            }
            Thread.onSpinWait();
            Thread.sleep(1);
        }
    }
}

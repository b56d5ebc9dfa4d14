package io.camelbenthos.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.components.outputs.BatchPolicyStep;
import io.camelbenthos.components.outputs.GreedyLoadBalancer;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import io.camelbenthos.testing.TestComponents.Gate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** Broker output patterns and the broker input (semantics §3) in real Camel. */
class BrokerRuntimeTest {

    @Test
    void fanOutSendsACopyToEveryChildAndKeepsTheUpstreamMessage() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                output:
                  broker:
                    pattern: fan_out
                    outputs:
                      - test_sink: {name: a}
                        processors:
                          - test_upper: {}
                      - test_sink: {name: b}
                        processors:
                          - test_append: "-b"
                """)) {
            Exchange result = h.send("in", "msg");
            assertThat(result.getException()).isNull();
            assertThat(StreamHarness.body(result)).isEqualTo("msg");
            assertThat(TestComponents.sink("a")).containsExactly("MSG");
            assertThat(TestComponents.sink("b")).containsExactly("msg-b");
        }
    }

    @Test
    void fanOutRetriesAFailingChildUntilItAcks() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                output:
                  broker:
                    pattern: fan_out
                    outputs:
                      - test_sink: {name: flaky, fail_first: 2}
                      - test_sink: {name: steady}
                """)) {
            Exchange result = h.send("in", "msg");
            assertThat(result.getException()).isNull();
            assertThat(TestComponents.ATTEMPTS.get("flaky").get()).isEqualTo(3);
            assertThat(TestComponents.sink("flaky")).containsExactly("msg");
            assertThat(TestComponents.sink("steady")).containsExactly("msg");
        }
    }

    /**
     * A retried child starts every attempt from its copy as the broker sent it: with the error flag it had (a
     * {@code catch} in the child clears it on each attempt) and without Camel's redelivery headers as metadata.
     */
    @Test
    void fanOutRetriesStartFromTheMessageAsItEntered() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - test_fail: {}
                output:
                  broker:
                    pattern: fan_out
                    outputs:
                      - test_sink: {name: flaky, fail_first: 1}
                        processors:
                          - catch:
                              - mapping: 'root = content().string() + " caught, metadata: " + metadata().keys().sort().join(",")'
                      - test_sink: {name: steady}
                """)) {
            assertThat(h.send("in", "msg").getException()).isNull();
            assertThat(TestComponents.ATTEMPTS.get("flaky").get()).isEqualTo(2);
            assertThat(TestComponents.sink("flaky")).containsExactly("msg caught, metadata: ");
        }
    }

    @Test
    void fanOutSequentialRetriesToo() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                output:
                  broker:
                    pattern: fan_out_sequential
                    outputs:
                      - test_sink: {name: first, fail_first: 1}
                      - test_sink: {name: second}
                """)) {
            assertThat(h.send("in", "msg").getException()).isNull();
            assertThat(TestComponents.ATTEMPTS.get("first").get()).isEqualTo(2);
            assertThat(TestComponents.sink("second")).containsExactly("msg");
        }
    }

    @Test
    void failFastPatternsNackWithTheChildsError() throws Exception {
        for (String pattern : new String[] {"fan_out_fail_fast", "fan_out_sequential_fail_fast"}) {
            try (StreamHarness h = new StreamHarness("""
                    input:
                      test_direct: {name: in}
                    output:
                      broker:
                        pattern: %s
                        outputs:
                          - reject: "child said no"
                          - test_sink: {name: other}
                    """.formatted(pattern))) {
                Exchange result = h.send("in", "msg");
                assertThat(result.getException()).as(pattern).hasMessage("child said no");
                if (pattern.contains("sequential")) {
                    assertThat(TestComponents.sink("other")).as("stops at the first failure").isEmpty();
                }
            }
        }
    }

    @Test
    void roundRobinAlternatesAndPassesErrorsUpstream() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                output:
                  broker:
                    pattern: round_robin
                    outputs:
                      - test_sink: {name: a}
                      - reject: "b is down"
                """)) {
            assertThat(h.send("in", "1").getException()).isNull();
            assertThat(h.send("in", "2").getException()).hasMessage("b is down");
            assertThat(h.send("in", "3").getException()).isNull();
            assertThat(TestComponents.sink("a")).containsExactly("1", "3");
        }
    }

    @Test
    void copiesInstantiateTheOutputsSeveralTimes() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                output:
                  broker:
                    copies: 2
                    outputs:
                      - test_sink: {name: a}
                """)) {
            h.send("in", "x");
            assertThat(TestComponents.sink("a")).containsExactly("x", "x");
        }
    }

    @Test
    void aSingleOutputIsUsedDirectly() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                output:
                  broker:
                    outputs:
                      - test_sink: {name: only}
                """)) {
            h.send("in", "x");
            assertThat(TestComponents.sink("only")).containsExactly("x");
            assertThat(h.camel().getRoutes()).hasSize(2);
        }
    }

    @Test
    void zeroOutputsIsAConfigError() {
        assertThatThrownBy(() -> new StreamHarness("""
                input:
                  test_direct: {name: in}
                output:
                  broker:
                    outputs: []
                """)).isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:5:14: attempting to create broker output type with no outputs");
    }

    @Test
    void aChildDeletingItsCopyDoesNotStopTheOthers() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                output:
                  broker:
                    outputs:
                      - test_sink: {name: a}
                        processors:
                          - test_delete: {}
                      - test_sink: {name: b}
                """)) {
            Exchange result = h.send("in", "x");
            assertThat(result.getException()).isNull();
            assertThat(result.isRouteStop()).isFalse();
            assertThat(TestComponents.sink("a")).isEmpty();
            assertThat(TestComponents.sink("b")).containsExactly("x");
        }
    }

    @Test
    void brokerInputChildrenAreRoutesOfTheirOwnAndBrokerProcessorsRunAfterTheirs() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  broker:
                    inputs:
                      - test_direct: {name: one}
                        processors:
                          - test_append: "-one"
                      - test_direct: {name: two}
                  processors:
                    - test_upper: {}
                output:
                  test_sink: {name: out}
                """)) {
            h.send("one", "a");
            h.send("two", "b");
            assertThat(TestComponents.sink("out")).containsExactly("A-ONE", "B");
            assertThat(h.camel().getRoute("test.input.broker.inputs.0")).isNotNull();
            assertThat(h.camel().getRoute("test.input.broker.inputs.1")).isNotNull();
        }
    }

    private static final String GREEDY = """
            input:
              test_direct: {name: in}
            pipeline:
              threads: 8
            output:
              broker:
                pattern: greedy
                outputs:
                  - test_sink: {name: a, max_in_flight: %d}
                    processors:
                      - test_gate: {name: a}
                  - test_sink: {name: b}
                    processors:
                      - test_gate: {name: b}
            """;

    private static CompletableFuture<Exchange> sendAsync(StreamHarness h, String body) {
        return h.camel().createProducerTemplate().asyncSend("direct:test.in",
                e -> e.getMessage().setBody(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void greedySendsEachMessageToAFreeChildNeverToABusyOne() throws Exception {
        try (StreamHarness h = new StreamHarness(GREEDY.formatted(1))) {
            Gate a = TestComponents.gate("a");
            TestComponents.gate("b").open();
            CompletableFuture<Exchange> first = sendAsync(h, "1");
            assertThat(a.awaitEntered(1)).isTrue();

            // a is busy with "1": everything else goes to b, however many messages come.
            for (String body : List.of("2", "3", "4")) {
                assertThat(h.send("in", body).getException()).isNull();
            }
            assertThat(TestComponents.sink("b")).containsExactly("2", "3", "4");
            assertThat(a.seen()).containsExactly("1");

            a.open();
            assertThat(first.get(30, TimeUnit.SECONDS).getException()).isNull();
            assertThat(TestComponents.sink("a")).containsExactly("1");
        }
    }

    @Test
    void greedyHoldsTheSenderWhileEveryChildIsBusyAndHandsTheMessageToTheFirstThatFreesUp() throws Exception {
        try (StreamHarness h = new StreamHarness(GREEDY.formatted(1))) {
            Gate a = TestComponents.gate("a");
            Gate b = TestComponents.gate("b");
            CompletableFuture<Exchange> one = sendAsync(h, "1");
            assertThat(a.awaitEntered(1)).isTrue();
            CompletableFuture<Exchange> two = sendAsync(h, "2");
            assertThat(b.awaitEntered(1)).isTrue();
            GreedyLoadBalancer balancer = h.camel().getRegistry()
                    .lookupByNameAndType("test.output.greedy", GreedyLoadBalancer.class);
            assertThat(balancer.freeSlots()).isZero();

            CompletableFuture<Exchange> three = sendAsync(h, "3");
            assertThat(three).isNotDone();
            b.open();

            assertThat(three.get(30, TimeUnit.SECONDS).getException()).isNull();
            assertThat(two.get(30, TimeUnit.SECONDS).getException()).isNull();
            assertThat(b.seen()).containsExactly("2", "3");
            assertThat(a.seen()).containsExactly("1");
            a.open();
            assertThat(one.get(30, TimeUnit.SECONDS).getException()).isNull();
        }
    }

    @Test
    void greedyGivesAChildAsManySlotsAsItsMaxInFlight() throws Exception {
        try (StreamHarness h = new StreamHarness(GREEDY.formatted(2))) {
            Gate a = TestComponents.gate("a");
            Gate b = TestComponents.gate("b");
            List<CompletableFuture<Exchange>> sent = new ArrayList<>();
            for (String body : List.of("1", "2", "3")) {
                sent.add(sendAsync(h, body));
            }
            // Three slots (a, b, a): all three messages are in flight at once, two of them in a.
            assertThat(a.awaitEntered(2)).isTrue();
            assertThat(b.awaitEntered(1)).isTrue();
            assertThat(a.seen()).hasSize(2);
            assertThat(b.seen()).hasSize(1);
            a.open();
            b.open();
            for (CompletableFuture<Exchange> f : sent) {
                assertThat(f.get(30, TimeUnit.SECONDS).getException()).isNull();
            }
        }
    }

    @Test
    void greedyPassesAChildsErrorUpstream() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                output:
                  broker:
                    pattern: greedy
                    outputs:
                      - reject: "a is down"
                      - test_sink: {name: b}
                """)) {
            assertThat(h.send("in", "1").getException()).hasMessage("a is down");
            assertThat(h.send("in", "2").getException()).isNull();
            assertThat(TestComponents.sink("b")).containsExactly("2");
        }
    }

    @Test
    void brokerBatchingHoldsMessagesInFrontOfTheChildrenUntilTheBatchIsComplete() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                output:
                  broker:
                    pattern: fan_out
                    batching:
                      count: 2
                    outputs:
                      - test_sink: {name: a}
                      - test_sink: {name: b}
                """)) {
            BatchPolicyStep batch = h.camel().getRegistry().lookupByNameAndType("test.output.batching", BatchPolicyStep.class);
            CompletableFuture<Exchange> first = sendAsync(h, "1");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (batch.heldMessages() < 1 && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            assertThat(batch.heldMessages()).isEqualTo(1);
            assertThat(TestComponents.sink("a")).isEmpty();
            assertThat(first).isNotDone();

            assertThat(h.send("in", "2").getException()).isNull();
            assertThat(first.get(30, TimeUnit.SECONDS).getException()).isNull();
            // Released together, the two then cross fan_out's parallel multicast each on its own: no order between them.
            assertThat(TestComponents.sink("a")).containsExactlyInAnyOrder("1", "2");
            assertThat(TestComponents.sink("b")).containsExactlyInAnyOrder("1", "2");
        }
    }
}

package io.camelbenthos.components.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The batching policy (Benthos {@code internal/batch/policy}) as a Camel step: held exchanges, released together. */
class BatchPolicyStepTest {
    private final List<String> written = new CopyOnWriteArrayList<>();
    private CamelContext camel;
    private BatchPolicyStep step;

    private void start(BatchPolicyStep policy) throws Exception {
        step = policy;
        if (camel == null) {
            camel = new DefaultCamelContext();
        }
        camel.getRegistry().bind("batch", policy);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:out").process("batch").process(e -> written.add(e.getMessage().getBody(String.class)));
            }
        });
        camel.start();
    }

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
    }

    private CompletableFuture<Exchange> send(String body) {
        return camel.createProducerTemplate().asyncSend("direct:out",
                e -> e.getMessage().setBody(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static BatchPolicyStep policy(long count, long byteSize, long periodMs, String check) {
        BatchPolicyStep p = new BatchPolicyStep();
        p.setCount(count);
        p.setByteSize(byteSize);
        p.setPeriodMs(periodMs);
        p.setCheck(check);
        return p;
    }

    /** Waits for a condition, not a duration: the asynchronous sends reach the step in their own time. */
    private void awaitHeld(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (step.heldMessages() < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + n + " held messages, have " + step.heldMessages());
            }
            Thread.sleep(1);
        }
        assertThat(step.heldMessages()).isEqualTo(n);
    }

    private static void assertAllDone(List<CompletableFuture<Exchange>> sent) throws Exception {
        for (CompletableFuture<Exchange> f : sent) {
            assertThat(f.get(30, TimeUnit.SECONDS).getException()).isNull();
        }
    }

    @Test
    void countHoldsMessagesUntilTheBatchIsFullThenReleasesThemInOrder() throws Exception {
        start(policy(3, 0, 0, ""));
        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        sent.add(send("1"));
        awaitHeld(1);
        sent.add(send("2"));
        awaitHeld(2);
        assertThat(sent).noneMatch(CompletableFuture::isDone);
        assertThat(written).isEmpty();

        sent.add(send("3"));
        assertAllDone(sent);
        assertThat(written).containsExactly("1", "2", "3");
        assertThat(step.heldMessages()).isZero();
    }

    @Test
    void byteSizeFlushesOnceTheContentsReachIt() throws Exception {
        start(policy(0, 10, 0, ""));
        List<CompletableFuture<Exchange>> sent = new ArrayList<>(List.of(send("aaaa")));
        awaitHeld(1);
        sent.add(send("bbbb"));
        awaitHeld(2);

        sent.add(send("cc"));
        assertAllDone(sent);
        assertThat(written).containsExactly("aaaa", "bbbb", "cc");
    }

    @Test
    void checkFlushesWhenItIsTrueForTheMessageJustAdded() throws Exception {
        start(policy(0, 0, 0, "content().string() == \"end\""));
        List<CompletableFuture<Exchange>> sent = new ArrayList<>(List.of(send("a")));
        awaitHeld(1);
        sent.add(send("b"));
        awaitHeld(2);

        sent.add(send("end"));
        assertAllDone(sent);
        assertThat(written).containsExactly("a", "b", "end");
    }

    @Test
    void aCheckThatFailsCountsAsFalse() throws Exception {
        start(policy(2, 0, 0, "this.missing.field == 1"));
        List<CompletableFuture<Exchange>> sent = new ArrayList<>(List.of(send("not json")));
        awaitHeld(1);
        sent.add(send("still not json"));
        assertAllDone(sent);
    }

    @Test
    void periodFlushesAnIncompleteBatch() throws Exception {
        start(policy(100, 0, 50, ""));
        assertAllDone(List.of(send("lonely")));
        assertThat(written).containsExactly("lonely");
    }

    @Test
    void aWriterGetsTheBatchWholeAndEachMessageCompletesWithTheOutcomeItSet() throws Exception {
        List<List<String>> batches = new CopyOnWriteArrayList<>();
        BatchWriter failSecond = (batch, written) -> {
            batches.add(batch.stream().map(e -> e.getMessage().getBody(String.class)).toList());
            batch.get(1).setException(new IllegalStateException("nope"));
            written.run();
        };
        BatchPolicyStep policy = policy(2, 0, 0, "");
        policy.setWriter("writer");
        camel = new DefaultCamelContext();
        camel.getRegistry().bind("writer", failSecond);
        start(policy);
        CompletableFuture<Exchange> first = send("1");
        awaitHeld(1);
        CompletableFuture<Exchange> second = send("2");

        assertThat(first.get(30, TimeUnit.SECONDS).getException()).isNull();
        assertThat(second.get(30, TimeUnit.SECONDS).getException()).hasMessage("nope");
        assertThat(batches).containsExactly(List.of("1", "2"));
        assertThat(written).as("each message then goes on with its own outcome").containsExactly("1");
    }

    @Test
    void stoppingTheRouteFlushesWhatIsHeld() throws Exception {
        start(policy(100, 0, 0, ""));
        CompletableFuture<Exchange> held = send("partial");
        awaitHeld(1);

        camel.stop();

        assertThat(held.get(30, TimeUnit.SECONDS).getException()).isNull();
        assertThat(written).containsExactly("partial");
    }

    @Test
    void aNoOpPolicyIsNoStep() {
        assertThat(BatchPolicyStep.from(batching("{count: 1}"))).isEmpty();
        assertThat(BatchPolicyStep.from(batching("{}"))).isEmpty();
        assertThat(BatchPolicyStep.from(batching("{count: 2}"))).get().extracting(BatchPolicyStep::getCount).isEqualTo(2L);
        assertThat(BatchPolicyStep.from(batching("{byte_size: 1}"))).isPresent();
        assertThat(BatchPolicyStep.from(batching("{period: 1s}"))).get().extracting(BatchPolicyStep::getPeriodMs)
                .isEqualTo(1000L);
        assertThat(BatchPolicyStep.from(batching("{check: 'this.last'}"))).isPresent();
    }

    private static ComponentConfig batching(String block) {
        String yaml = "input:\n  test_direct: {name: in}\noutput:\n  kafka:\n    addresses: [x:9092]\n    topic: t\n"
                + "    batching: " + block + "\n";
        return new ConfigLoader(ComponentRegistry.defaultRegistry(), Map.of(), List.of()).parse("test.yaml", yaml)
                .output().object("batching");
    }
}

package io.camelbenthos.components.processors;

import static io.camelbenthos.components.processors.ProcessorTestSupport.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.camel.Exchange;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.Test;

/** {@code rate_limit}, rules from the processors reference §13.3. */
class RateLimitProcessorTest {

    private static StreamHarness harness(String resource, String local) throws Exception {
        return new StreamHarness("""
                input:
                  test_direct: {name: in}
                pipeline:
                  threads: 4
                  processors:
                    - rate_limit: {resource: %s}
                output:
                  test_sink: {name: out}
                rate_limit_resources:
                  - label: budget
                    local: %s
                """.formatted(resource, local));
    }

    @Test
    void messagesPastTheBudgetWaitForTheNextIntervalHoldingNoThread() throws Exception {
        try (StreamHarness h = harness("budget", "{count: 2, interval: 1h}")) {
            RateLimitStep step = h.camel().getRegistry()
                    .lookupByNameAndType("test.pipeline.processors.0", RateLimitStep.class);
            send(h, "a");
            send(h, "b");
            CompletableFuture<Exchange> third = CompletableFuture.supplyAsync(() -> send(h, "c"));
            await().atMost(Duration.ofSeconds(30)).until(() -> step.waitingMessages() == 1);
            assertThat(TestComponents.sink("out")).containsExactly("a", "b");
            ServiceHelper.stopService(step);
            assertThat(BenthosExchange.error(third.get()).getMessage()).isEqualTo("type was closed");
            assertThat(TestComponents.sink("out")).containsExactly("a", "b", "c [error: type was closed]");
        }
    }

    @Test
    void aWaitingMessageGoesOnOnceTheIntervalIsOver() throws Exception {
        try (StreamHarness h = harness("budget", "{count: 1, interval: 20ms}")) {
            for (String body : new String[] {"1", "2", "3"}) {
                assertThat(BenthosExchange.error(send(h, body))).isNull();
            }
            assertThat(TestComponents.sink("out")).containsExactly("1", "2", "3");
        }
    }

    @Test
    void anUnknownResourceIsAConfigError() {
        assertThatThrownBy(() -> harness("nope", "{}")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("rate limit resource 'nope' was not found");
    }

    @Test
    void eachMessageOfABatchTakesOneAccess() throws Exception {
        try (StreamHarness h = harness("budget", "{count: 3, interval: 1h}")) {
            RateLimitStep step = h.camel().getRegistry()
                    .lookupByNameAndType("test.pipeline.processors.0", RateLimitStep.class);
            CompletableFuture<Exchange> batch = CompletableFuture.supplyAsync(() -> h.sendBatch("in", "a", "b", "c", "d"));
            // three accesses went to a, b and c; d waits for the next interval, holding its transaction
            await().atMost(Duration.ofSeconds(30)).until(() -> step.waitingMessages() == 1);
            assertThat(batch).isNotDone();
            ServiceHelper.stopService(step);
            assertThat(StreamHarness.bodies(batch.get())).containsExactly("a", "b", "c", "d");
        }
    }
}

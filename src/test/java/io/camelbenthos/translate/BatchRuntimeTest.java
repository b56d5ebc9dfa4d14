package io.camelbenthos.translate;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A transaction of several messages through real Camel routes (processors reference §1.1, §1.2): one exchange carries
 * the batch, per-message processors map over it, mappings see it, and try/catch/switch work message by message.
 */
class BatchRuntimeTest {

    private static StreamHarness pipeline(String processors) throws Exception {
        return new StreamHarness("""
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                %s
                output:
                  test_sink: {name: out}
                """.formatted(processors.indent(4)));
    }

    @Test
    void aMappingSeesTheBatchAndRunsOncePerMessage() throws Exception {
        try (StreamHarness h = pipeline("""
                - mapping: 'root = "%s %d/%d first=%s".format(content().string(), batch_index(), batch_size(), json("n").from(0))'
                """)) {
            Exchange e = h.sendBatch("in", "{\"n\":\"a\"}", "{\"n\":\"b\"}", "{\"n\":\"c\"}");
            assertThat(e.getException()).isNull();
            assertThat(TestComponents.sink("out")).containsExactly(
                    "{\"n\":\"a\"} 0/3 first=a|{\"n\":\"b\"} 1/3 first=a|{\"n\":\"c\"} 2/3 first=a");
        }
    }

    @Test
    void aMutationSeesTheMessagesItAlreadyChangedThroughFrom() throws Exception {
        try (StreamHarness h = pipeline("""
                - mutation: 'root = if batch_index() == 0 { "changed" } else { content().string() + "<" + content().from(0).string() }'
                """)) {
            h.sendBatch("in", "x", "y");
            assertThat(TestComponents.sink("out")).containsExactly("changed|y<changed");
        }
    }

    @Test
    void deletingSomeMessagesKeepsTheRestAndDeletingAllAcksTheTransaction() throws Exception {
        try (StreamHarness h = pipeline("""
                - mapping: 'root = if content() == "drop" { deleted() } else { content() }'
                """)) {
            Exchange some = h.sendBatch("in", "a", "drop", "c");
            assertThat(some.getException()).isNull();
            Exchange all = h.sendBatch("in", "drop", "drop");
            assertThat(all.getException()).isNull();
            assertThat(all.getProperty(BenthosExchange.DELETED, Boolean.class)).isTrue();
            assertThat(TestComponents.sink("out")).containsExactly("a|c");
        }
    }

    @Test
    void aFailureFlagsOnlyItsMessage() throws Exception {
        try (StreamHarness h = pipeline("""
                - mapping: 'root = if content() == "bad" { throw("boom") } else { content() }'
                - test_upper: {}
                """)) {
            h.sendBatch("in", "a", "bad", "c");
            assertThat(TestComponents.sink("out")).containsExactly("A|BAD [error: failed assignment (line 1): boom]|C");
        }
    }

    @Test
    void tryStopsOnlyTheFailedMessageAndCatchHandlesOnlyFlaggedOnes() throws Exception {
        try (StreamHarness h = pipeline("""
                - try:
                    - mapping: 'root = if content() == "bad" { throw("boom") } else { content() }'
                    - test_upper: {}
                - catch:
                    - test_append: "-caught"
                - test_append: "!"
                """)) {
            Exchange e = h.sendBatch("in", "a", "bad", "c");
            assertThat(e.getException()).isNull();
            assertThat(TestComponents.sink("out")).containsExactly("A!|bad-caught!|C!");
        }
    }

    @Test
    void switchRunsTheMatchingCaseForEachMessageAndKeepsTheOrder() throws Exception {
        try (StreamHarness h = pipeline("""
                - switch:
                    - check: 'content() == "x"'
                      processors:
                        - test_upper: {}
                    - processors:
                        - test_append: "-other"
                """)) {
            h.sendBatch("in", "x", "y", "x");
            assertThat(TestComponents.sink("out")).containsExactly("X|y-other|X");
        }
    }

    @Test
    void aMessageDeletedInsideTryLeavesTheOthersAndAllDeletedAcks() throws Exception {
        try (StreamHarness h = pipeline("""
                - try:
                    - mapping: 'root = if content() == "drop" { deleted() } else { content() }'
                """)) {
            h.sendBatch("in", "a", "drop", "c");
            Exchange all = h.sendBatch("in", "drop");
            assertThat(all.getException()).isNull();
            assertThat(all.getProperty(BenthosExchange.DELETED, Boolean.class)).isTrue();
            assertThat(TestComponents.sink("out")).containsExactly("a|c");
        }
    }

    @Test
    void branchSendsTheSurvivingRequestsAsOneBatchAndMapsEachResultOntoItsOriginal() throws Exception {
        try (StreamHarness h = pipeline("""
                - branch:
                    request_map: 'root = if content() == "skip" { deleted() } else { content().uppercase() }'
                    processors:
                      - mapping: 'root = content().string() + "-child" + batch_size().string()'
                    result_map: 'root = content().string() + "@" + batch_index().string()'
                """)) {
            h.sendBatch("in", "a", "skip", "c");
            // processors reference §2.1: results realigned by skipping the skipped index; the result map reads the
            // result batch (batch_index() is the result's index)
            assertThat(TestComponents.sink("out")).containsExactly("A-child2@0|skip|C-child2@1");
        }
    }

    @Test
    void aBranchWhoseChildrenChangeTheCountFlagsEveryMessage() throws Exception {
        try (StreamHarness h = pipeline("""
                - branch:
                    processors:
                      - mapping: 'root = if batch_index() == 0 { deleted() } else { content() }'
                """)) {
            h.sendBatch("in", "a", "b");
            String error = "message count from branch processors does not match request, started with 1 messages, "
                    + "finished with 2";
            assertThat(TestComponents.sink("out")).containsExactly("a [error: " + error + "]|b [error: " + error + "]");
        }
    }

    @Test
    void generateMakesOneBatchOfBatchSizeMessagesPerTick() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  generate:
                    count: 2
                    interval: 1ms
                    batch_size: 3
                    mapping: 'root = "g"'
                pipeline:
                  processors:
                    - mapping: 'root = content().string() + batch_index().string() + "/" + batch_size().string()'
                output:
                  test_sink: {name: out}
                """)) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> TestComponents.sink("out").size() == 2);
            assertThat(TestComponents.sink("out")).containsExactly("g0/3|g1/3|g2/3", "g0/3|g1/3|g2/3");
        }
    }

    /** Input-side batching (the output's batch policy with a merging writer): several transactions become one. */
    @Test
    void brokerInputBatchingMergesTransactionsAndAcksOrNacksThemTogether() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  broker:
                    inputs:
                      - test_direct: {name: in}
                    batching:
                      count: 2
                pipeline:
                  processors:
                    - mapping: 'root = content().string() + "/" + batch_size().string()'
                output:
                  test_sink: {name: out, fail_first: 1}
                """)) {
            ProducerTemplate producer = h.camel().createProducerTemplate();
            Future<Exchange> x = producer.asyncSend("direct:test.in", e -> e.getMessage().setBody("x"));
            Future<Exchange> y = producer.asyncSend("direct:test.in", e -> e.getMessage().setBody("y"));
            // the first write fails: both transactions of the merged batch are nacked
            assertThat(x.get(30, TimeUnit.SECONDS).getException()).hasMessageContaining("out failed attempt 1");
            assertThat(y.get(30, TimeUnit.SECONDS).getException()).hasMessageContaining("out failed attempt 1");
            Future<Exchange> z = producer.asyncSend("direct:test.in", e -> e.getMessage().setBody("z"));
            Future<Exchange> w = producer.asyncSend("direct:test.in", e -> e.getMessage().setBody("w"));
            assertThat(z.get(30, TimeUnit.SECONDS).getException()).isNull();
            assertThat(w.get(30, TimeUnit.SECONDS).getException()).isNull();
            assertThat(TestComponents.sink("out")).singleElement().isIn("z/2|w/2", "w/2|z/2");
        }
    }

    @Test
    void theOutputsNackIsTheTransactionsNack() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                output:
                  test_sink: {name: out, fail_first: 1}
                """)) {
            Exchange e = h.sendBatch("in", "a", "b");
            assertThat(e.getException()).hasMessageContaining("out failed attempt 1");
        }
    }
}

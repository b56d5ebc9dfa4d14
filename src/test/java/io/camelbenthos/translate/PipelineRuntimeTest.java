package io.camelbenthos.translate;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** Processor semantics (§6.1, §7) running in real Camel, through engine-independent test components. */
class PipelineRuntimeTest {

    @Test
    void processorsRunInOrderAndTheOutputCompletingIsTheAck() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                  processors:
                    - test_append: "-input"
                pipeline:
                  processors:
                    - test_upper: {}
                    - test_append: "-pipe"
                output:
                  test_sink: {name: out}
                  processors:
                    - test_append: "-output"
                """)) {
            Exchange result = h.send("in", "a");
            assertThat(result.getException()).isNull();
            assertThat(TestComponents.sink("out")).containsExactly("A-INPUT-pipe-output");
        }
    }

    @Test
    void aFailedProcessorFlagsTheMessageWhichFlowsOnAndIsStillWritten() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - test_fail: {}
                    - test_upper: {}
                output:
                  test_sink: {name: out}
                """)) {
            Exchange result = h.send("in", "a");
            assertThat(result.getException()).isNull();
            assertThat(TestComponents.sink("out")).containsExactly("A [error: test failure on a]");
        }
    }

    @Test
    void trySkipsTheRestOfItsBlockOnceFlaggedAndCatchClearsTheFlag() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - try:
                        - test_append: "-1"
                        - test_fail: {}
                        - test_append: "-never"
                    - test_append: "-after"
                    - catch:
                        - test_append: "-caught"
                        - test_upper: {}
                    - catch:
                        - test_append: "-not-flagged-any-more"
                output:
                  test_sink: {name: out}
                """)) {
            assertThat(h.send("in", "a").getException()).isNull();
            assertThat(TestComponents.sink("out")).containsExactly("A-1-AFTER-CAUGHT");
        }
    }

    @Test
    void catchDoesNothingForAMessageThatIsNotFlagged() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - catch:
                        - test_upper: {}
                output:
                  test_sink: {name: out}
                """)) {
            h.send("in", "a");
            assertThat(TestComponents.sink("out")).containsExactly("a");
        }
    }

    @Test
    void switchRunsTheFirstPassingCaseAndHonoursFallthrough() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - switch:
                        - check: ""
                          fallthrough: true
                          processors:
                            - test_append: "-first"
                        - processors:
                            - test_append: "-second"
                        - processors:
                            - test_append: "-third"
                output:
                  test_sink: {name: out}
                """)) {
            h.send("in", "a");
            h.send("in", "b");
            assertThat(TestComponents.sink("out")).containsExactly("a-first-second", "b-first-second");
        }
    }

    @Test
    void switchContinueTestsTheNextCase() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - switch:
                        - continue: true
                          processors:
                            - test_append: "-first"
                        - processors:
                            - test_append: "-second"
                output:
                  test_sink: {name: out}
                """)) {
            h.send("in", "a");
            assertThat(TestComponents.sink("out")).containsExactly("a-first-second");
        }
    }

    @Test
    void aDeletedMessageIsDroppedAndAcked() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - test_delete: {}
                    - test_append: "-never"
                output:
                  test_sink: {name: out}
                """)) {
            Exchange result = h.send("in", "a");
            assertThat(result.getException()).isNull();
            assertThat(result.getProperty(BenthosExchange.DELETED, Boolean.class)).isTrue();
            assertThat(TestComponents.sink("out")).isEmpty();
        }
    }

    @Test
    void processorResourcesAreSharedRoutes() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - resource: shout
                    - test_append: "-mid"
                    - resource: shout
                processor_resources:
                  - label: shout
                    test_append: "!"
                output:
                  test_sink: {name: out}
                """)) {
            h.send("in", "a");
            assertThat(TestComponents.sink("out")).containsExactly("a!-mid!");
            assertThat(h.camel().getRoute("test.processor_resources.shout.route")).isNotNull();
        }
    }

    @Test
    void strictModeNacksFlaggedMessagesAndSkipsRemainingProcessors() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - test_fail: {}
                    - test_append: "-never"
                output:
                  test_sink: {name: out}
                error_handling:
                  strict: true
                """)) {
            Exchange result = h.send("in", "a");
            assertThat(result.getException()).hasMessage("rejected due to failed processing: test failure on a");
            assertThat(TestComponents.sink("out")).isEmpty();
        }
    }

    @Test
    void rejectNacksWithItsMessageAndDropAcks() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  broker:
                    inputs:
                      - test_direct: {name: rejecting}
                output:
                  reject: "nope"
                """)) {
            assertThat(h.send("rejecting", "a").getException()).hasMessage("nope");
        }
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                output:
                  drop: {}
                """)) {
            assertThat(h.send("in", "a").getException()).isNull();
        }
    }
}

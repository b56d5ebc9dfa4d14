package io.camelbenthos.components.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import org.junit.jupiter.api.Test;

/** The {@code reject_errored} output in real Camel. */
class RejectErroredOutputTest {
    private static final String CONFIG = """
            input:
              test_direct: {name: flagged}
              processors:
                - test_fail: {}
            output:
              reject_errored:
                test_sink: {name: out}
            """;

    @Test
    void aFlaggedMessageIsNackedWithItsError() throws Exception {
        try (StreamHarness h = new StreamHarness(CONFIG)) {
            assertThat(h.send("flagged", "msg").getException())
                    .hasMessage("rejecting due to failed processing: test failure on msg");
            assertThat(TestComponents.sink("out")).isEmpty();
        }
    }

    @Test
    void aCleanMessageGoesToTheChild() throws Exception {
        try (StreamHarness h = new StreamHarness(CONFIG.replace("  processors:\n    - test_fail: {}\n", ""))) {
            assertThat(h.send("flagged", "msg").getException()).isNull();
            assertThat(TestComponents.sink("out")).containsExactly("msg");
        }
    }

    @Test
    void theChildsFailureIsTheNack() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                output:
                  reject_errored:
                    test_sink: {name: out, fail_first: 1}
                """)) {
            assertThat(h.send("in", "msg").getException()).hasMessage("out failed attempt 1");
        }
    }

    /** Benthos's dead-letter example: flagged messages move on to the fallback's next tier. */
    @Test
    void insideAFallbackFlaggedMessagesGoToTheNextTier() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                  processors:
                    - switch:
                        - check: content() == "bad"
                          processors:
                            - test_fail: {}
                output:
                  fallback:
                    - reject_errored:
                        test_sink: {name: good}
                    - test_sink: {name: dead_letters}
                      processors:
                        - mapping: 'root = content().string() + " (" + @fallback_error + ")"'
                """)) {
            assertThat(h.send("in", "fine").getException()).isNull();
            assertThat(h.send("in", "bad").getException()).isNull();
            assertThat(TestComponents.sink("good")).containsExactly("fine");
            assertThat(TestComponents.sink("dead_letters"))
                    .containsExactly("bad (rejecting due to failed processing: test failure on bad) [error: test failure on bad]");
        }
    }
}

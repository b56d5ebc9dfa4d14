package io.camelbenthos.components.outputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.config.ConfigLoader;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import io.camelbenthos.translate.BenthosRoutes;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** The {@code switch} output (connectors §9.1) in real Camel. */
class SwitchOutputTest {
    private static final String THREE_CASES = """
            input:
              test_direct: {name: in}
            output:
              switch:
                cases:
                  - check: content().contains("a")
                    output:
                      test_sink: {name: a}
                  - check: content().contains("b")
                    continue: true
                    output:
                      test_sink: {name: b}
                  - check: content().contains("c")
                    output:
                      test_sink: {name: c}
            """;

    @Test
    void aMessageGoesToTheFirstCaseItMatchesOnly() throws Exception {
        try (StreamHarness h = new StreamHarness(THREE_CASES)) {
            Exchange result = h.send("in", "a b c");
            assertThat(result.getException()).isNull();
            assertThat(TestComponents.sink("a")).containsExactly("a b c");
            assertThat(TestComponents.sink("b")).isEmpty();
            assertThat(TestComponents.sink("c")).isEmpty();
        }
    }

    @Test
    void continueKeepsTestingTheNextCases() throws Exception {
        try (StreamHarness h = new StreamHarness(THREE_CASES)) {
            assertThat(h.send("in", "b c").getException()).isNull();
            assertThat(TestComponents.sink("b")).containsExactly("b c");
            assertThat(TestComponents.sink("c")).containsExactly("b c");
            assertThat(TestComponents.sink("a")).isEmpty();
        }
    }

    @Test
    void aMessageNoCaseTakesIsDroppedAndAcked() throws Exception {
        try (StreamHarness h = new StreamHarness(THREE_CASES)) {
            Exchange result = h.send("in", "xyz");
            assertThat(result.getException()).isNull();
            assertThat(TestComponents.SINKS.values()).allMatch(List::isEmpty);
        }
    }

    @Test
    void strictModeNacksAMessageNoCaseTakes() throws Exception {
        try (StreamHarness h = new StreamHarness(THREE_CASES.replace("    cases:", "    strict_mode: true\n    cases:"))) {
            Exchange result = h.send("in", "xyz");
            assertThat(result.getException()).hasMessage("no switch output conditions were met by message");
            assertThat(h.send("in", "a").getException()).isNull();
        }
    }

    @Test
    void anEmptyCheckAlwaysPasses() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                output:
                  switch:
                    cases:
                      - check: this.type == "foo"
                        output:
                          test_sink: {name: foo}
                      - output:
                          test_sink: {name: rest}
                """)) {
            h.send("in", "{\"type\":\"foo\"}");
            h.send("in", "{\"type\":\"bar\"}");
            assertThat(TestComponents.sink("foo")).containsExactly("{\"type\":\"foo\"}");
            assertThat(TestComponents.sink("rest")).containsExactly("{\"type\":\"bar\"}");
        }
    }

    /** A check that fails (here: not JSON, or not a boolean) counts as false: Benthos logs it and tests the next case. */
    @Test
    void aFailingCheckCountsAsFalse() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                output:
                  switch:
                    cases:
                      - check: this.type == "foo"
                        output:
                          test_sink: {name: foo}
                      - check: '"not a bool"'
                        output:
                          test_sink: {name: string}
                      - output:
                          test_sink: {name: rest}
                """)) {
            Exchange result = h.send("in", "not json");
            assertThat(result.getException()).isNull();
            assertThat(TestComponents.sink("foo")).isEmpty();
            assertThat(TestComponents.sink("string")).isEmpty();
            assertThat(TestComponents.sink("rest")).containsExactly("not json");
        }
    }

    @Test
    void checksSeeTheErrorFlag() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - test_fail: {}
                output:
                  switch:
                    cases:
                      - check: errored()
                        output:
                          test_sink: {name: failed}
                      - output:
                          test_sink: {name: ok}
                """)) {
            h.send("in", "m");
            assertThat(TestComponents.sink("failed")).containsExactly("m [error: test failure on m]");
            assertThat(TestComponents.sink("ok")).isEmpty();
        }
    }

    /** Each case works on its own copy: one case's processors never reach another case or the upstream message. */
    @Test
    void everyCaseGetsItsOwnCopy() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                output:
                  switch:
                    cases:
                      - continue: true
                        output:
                          test_sink: {name: upper}
                          processors:
                            - test_upper: {}
                      - output:
                          test_sink: {name: plain}
                """)) {
            Exchange result = h.send("in", "msg");
            assertThat(StreamHarness.body(result)).isEqualTo("msg");
            assertThat(TestComponents.sink("upper")).containsExactly("MSG");
            assertThat(TestComponents.sink("plain")).containsExactly("msg");
        }
    }

    /** The ack waits for every targeted case; a failing case is the nack (no retry without retry_until_success). */
    @Test
    void aFailingCaseNacksAfterTheOthersWrote() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                output:
                  switch:
                    cases:
                      - continue: true
                        output:
                          test_sink: {name: ok}
                      - output:
                          test_sink: {name: flaky, fail_first: 1}
                """)) {
            Exchange result = h.send("in", "msg");
            assertThat(result.getException()).hasMessage("flaky failed attempt 1");
            assertThat(TestComponents.sink("ok")).containsExactly("msg");
            assertThat(TestComponents.ATTEMPTS.get("flaky").get()).isEqualTo(1);
        }
    }

    @Test
    void retryUntilSuccessRetriesAFailingCase() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                output:
                  switch:
                    retry_until_success: true
                    cases:
                      - check: content() == "x"
                        output:
                          test_sink: {name: x}
                      - output:
                          test_sink: {name: flaky, fail_first: 2}
                          processors:
                            - test_append: "!"
                """)) {
            Exchange result = h.send("in", "msg");
            assertThat(result.getException()).isNull();
            assertThat(TestComponents.ATTEMPTS.get("flaky").get()).isEqualTo(3);
            assertThat(TestComponents.sink("flaky")).containsExactly("msg!");
        }
    }

    @Test
    void fewerThanTwoCasesIsAConfigError() {
        String yaml = """
                input:
                  test_direct: {name: in}
                output:
                  switch:
                    cases:
                      - output:
                          drop: {}
                """;
        assertThatThrownBy(() -> BenthosRoutes.fromYaml("s.yaml", yaml, loader()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("s.yaml:6:7: attempting to create switch with fewer than 2 cases");
    }

    @Test
    void retryUntilSuccessWithARejectCaseIsAConfigError() {
        String yaml = """
                input:
                  test_direct: {name: in}
                output:
                  switch:
                    retry_until_success: true
                    cases:
                      - check: errored()
                        output:
                          reject: failed
                      - output:
                          drop: {}
                """;
        assertThatThrownBy(() -> BenthosRoutes.fromYaml("s.yaml", yaml, loader()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("s.yaml:5:26: a 'switch' output with a 'reject' case output must have the field "
                        + "'switch.retry_until_success' set to 'false', otherwise the 'reject' child output will "
                        + "result in infinite retries");
    }

    private static ConfigLoader loader() {
        return new ConfigLoader(ComponentRegistry.defaultRegistry(), Map.of(), List.of());
    }
}

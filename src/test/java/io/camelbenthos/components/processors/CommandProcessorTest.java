package io.camelbenthos.components.processors;

import static io.camelbenthos.components.processors.ProcessorTestSupport.harness;
import static io.camelbenthos.components.processors.ProcessorTestSupport.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.testing.StreamHarness;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** {@code command}, from the processors reference §20 and Benthos's examples, running real programs. */
class CommandProcessorTest {

    @Test
    void theContentIsStdinAndStdoutReplacesIt() throws Exception {
        try (StreamHarness h = harness("- command: {name: tr, args_mapping: '[ \"a-z\", \"A-Z\" ]'}")) {
            Exchange e = send(h, "hello world");
            assertThat(BenthosExchange.error(e)).isNull();
            assertThat(StreamHarness.body(e)).isEqualTo("HELLO WORLD");
            assertThat(StreamHarness.metadata(e)).containsEntry("exit_code", 0L).doesNotContainKey("command_stderr");
        }
    }

    @Test
    void dynamicCommandExecutionAsInBenthossExample() throws Exception {
        try (StreamHarness h = harness("- command: {name: '${! this.command }', args_mapping: 'this.args'}")) {
            Exchange e = send(h, "{\"command\":\"echo\",\"args\":[\"foo\", 2]}");
            assertThat(StreamHarness.body(e)).isEqualTo("foo 2\n");
        }
    }

    @Test
    void aNonZeroExitFlagsTheMessageUnchangedWithStderr() throws Exception {
        try (StreamHarness h = harness(
                "- command: {name: sh, args_mapping: '[ \"-c\", \"echo out; echo oops >&2; exit 3\" ]'}")) {
            Exchange e = send(h, "input");
            assertThat(BenthosExchange.error(e)).hasMessage("execution error: exit status 3: oops\n");
            assertThat(StreamHarness.body(e)).isEqualTo("input");
            assertThat(StreamHarness.metadata(e)).containsEntry("exit_code", 3L);
        }
    }

    @Test
    void stderrOfASuccessfulRunIsMetadata() throws Exception {
        try (StreamHarness h = harness(
                "- command: {name: sh, args_mapping: '[ \"-c\", \"cat; echo note >&2\" ]'}")) {
            Exchange e = send(h, "x");
            assertThat(BenthosExchange.error(e)).isNull();
            assertThat(StreamHarness.body(e)).isEqualTo("x");
            assertThat(StreamHarness.metadata(e)).containsEntry("command_stderr", "note\n");
        }
    }

    @Test
    void argumentsThatAreNoArrayFlagTheMessage() throws Exception {
        try (StreamHarness h = harness("- command: {name: echo, args_mapping: 'root = \"-n\"'}")) {
            assertThat(BenthosExchange.error(send(h, "x")))
                    .hasMessage("args mapping result error: expected array value, got string");
        }
    }

    @Test
    void anUnknownProgramFlagsTheMessage() throws Exception {
        try (StreamHarness h = harness("- command: {name: '${! content() }'}")) {
            Exchange e = send(h, "no-such-program-here");
            assertThat(BenthosExchange.error(e)).hasMessage("execution error: exec: \"no-such-program-here\": "
                    + "executable file not found in $PATH: ");
            assertThat(StreamHarness.body(e)).isEqualTo("no-such-program-here");
        }
    }

    @Test
    void eachMessageOfABatchRunsInOrderWithItsOwnResult() throws Exception {
        try (StreamHarness h = harness("- command: {name: sh, args_mapping: "
                + "'[ \"-c\", \"read x; test \\\"$x\\\" = bad && exit 1; echo $x-\" + batch_index().string() ]'}")) {
            Exchange e = h.sendBatch("in", "a", "bad", "c");
            assertThat(StreamHarness.bodies(e)).containsExactly("a-0\n", "bad", "c-2\n");
            assertThat(BenthosExchange.batch(e).get(1).error()).hasMessage("execution error: exit status 1: ");
        }
    }

    @Test
    void aBadArgsMappingIsAConfigError() {
        assertThatThrownBy(() -> harness("- command: {name: echo, args_mapping: 'root = ['}"))
                .isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> harness("- command: {args_mapping: '[]'}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("name");
    }
}

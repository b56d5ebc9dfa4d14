package io.camelbenthos.components.processors;

import static io.camelbenthos.components.processors.ProcessorTestSupport.harness;
import static io.camelbenthos.components.processors.ProcessorTestSupport.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** {@code log}'s fields ({@code fields_mapping}, {@code fields}), rules from the processors reference §19.1. */
@Isolated // swaps System.err, where the log lines go
class LogProcessorTest {

    private static String logOf(String log, String body) throws Exception {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (StreamHarness h = harness("- log:\n" + log.indent(4))) {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            Exchange e = send(h, body);
            assertThat(BenthosExchange.error(e)).as("log never flags").isNull();
            assertThat(StreamHarness.body(e)).as("log never changes the message").isEqualTo(body);
        } finally {
            System.setErr(originalErr);
        }
        assertThat(TestComponents.sink("out")).containsExactly(body);
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void fieldsAreWrittenInSortedKeyOrder() throws Exception {
        assertThat(logOf("""
                message: hello
                fields_mapping: |
                  root.zeta = "last"
                  root.alpha = this.n
                  root.mid = {"a": 1}
                """, "{\"n\":7}")).contains(
                "hello alpha=7 mid={\"a\":1} zeta=last path=root.pipeline.processors.0 custom_source=true");
    }

    @Test
    void aMappingThatNeverAssignsRootLogsTheBodysFields() throws Exception {
        assertThat(logOf("""
                message: m
                fields_mapping: 'meta x = "y"'
                """, "{\"b\":\"two words\",\"a\":1}")).contains("m a=1 b=\"two words\" path=");
    }

    @Test
    void theDeprecatedFieldsOverrideTheMapping() throws Exception {
        assertThat(logOf("""
                message: m
                fields_mapping: 'root = {"k": "mapped", "other": 1}'
                fields: {k: '${! this.v }'}
                """, "{\"v\":\"interpolated\"}")).contains("m k=interpolated other=1 path=");
    }

    @Test
    void aFailingOrNonObjectMappingSkipsTheLineAndSaysWhy() throws Exception {
        String failed = logOf("""
                message: never written
                fields_mapping: 'root.x = this.missing.not_null()'
                """, "{}");
        assertThat(failed).contains("Failed to execute fields mapping: ").doesNotContain("never written");
        String array = logOf("""
                message: never written
                fields_mapping: 'root = [1, 2]'
                """, "{}");
        assertThat(array).contains("Fields mapping yielded a non-object result: array").doesNotContain("never written");
    }

    @Test
    void aMessageThatCannotBeInterpolatedSkipsTheLine() throws Exception {
        assertThat(logOf("""
                message: '${! this.missing.not_null() }'
                """, "{}")).contains("Message interpolation error: ");
    }
}

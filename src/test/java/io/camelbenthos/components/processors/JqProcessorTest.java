package io.camelbenthos.components.processors;

import static io.camelbenthos.components.processors.ProcessorTestSupport.harness;
import static io.camelbenthos.components.processors.ProcessorTestSupport.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import java.util.Map;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** {@code jq}, rules from the processors reference §15.1. */
class JqProcessorTest {

    private static String run(String jq, String body) throws Exception {
        try (StreamHarness h = harness("- jq: " + jq)) {
            Exchange e = send(h, body, Map.of("topic", "t1", "n", 3L));
            assertThat(BenthosExchange.error(e)).isNull();
            return e.getProperty(BenthosExchange.DELETED) != null ? null : StreamHarness.body(e);
        }
    }

    @Test
    void oneValueReplacesTheContentAsJsonWithSortedKeys() throws Exception {
        assertThat(run("{query: '{z: .a, b: .c}'}", "{\"a\":1,\"c\":\"x\"}")).isEqualTo("{\"b\":\"x\",\"z\":1}");
        assertThat(run("{query: '.name'}", "{\"name\":\"foo\"}")).isEqualTo("\"foo\"");
    }

    @Test
    void severalValuesBecomeAnArray() throws Exception {
        assertThat(run("{query: '.[]'}", "[1,\"a\",{\"b\":true}]")).isEqualTo("[1,\"a\",{\"b\":true}]");
    }

    @Test
    void noValueDropsTheMessage() throws Exception {
        assertThat(run("{query: 'select(.keep)'}", "{\"keep\":false}")).isNull();
        assertThat(TestComponents.sink("out")).isEmpty();
    }

    @Test
    void outputRawWritesStringsVerbatimAndConcatenatesWithoutSeparator() throws Exception {
        assertThat(run("{query: '.name', output_raw: true}", "{\"name\":\"foo\"}")).isEqualTo("foo");
        assertThat(run("{query: '.[]', output_raw: true}", "[\"a\",1,{\"b\":2},\"c\"]")).isEqualTo("a1{\"b\":2}c");
        assertThat(run("{query: '.e', output_raw: true}", "{\"e\":\"\"}")).as("kept, empty").isEmpty();
    }

    @Test
    void rawReadsTheContentAsOneString() throws Exception {
        assertThat(run("{query: 'ascii_upcase', raw: true}", "not json")).isEqualTo("\"NOT JSON\"");
    }

    @Test
    void theMetadataIsTheVariableMetadata() throws Exception {
        assertThat(run("{query: '{t: $metadata.topic, n: $metadata.n}'}", "{}")).isEqualTo("{\"n\":3,\"t\":\"t1\"}");
    }

    @Test
    void contentThatIsNotJsonIsFlaggedAndKept() throws Exception {
        try (StreamHarness h = harness("- jq: {query: '.'}")) {
            Exchange e = send(h, "nope");
            assertThat(BenthosExchange.error(e).getMessage()).isEqualTo("invalid character 'o' in literal null (expecting 'u')");
            assertThat(StreamHarness.body(e)).isEqualTo("nope");
        }
    }

    @Test
    void aRuntimeErrorFlagsAndKeepsTheMessage() throws Exception {
        try (StreamHarness h = harness("- jq: {query: '.a + 1'}")) {
            Exchange e = send(h, "{\"a\":\"x\"}");
            assertThat(BenthosExchange.error(e)).isNotNull();
            assertThat(StreamHarness.body(e)).isEqualTo("{\"a\":\"x\"}");
        }
    }

    @Test
    void aQueryThatDoesNotParseIsAConfigError() {
        assertThatThrownBy(() -> harness("- jq: {query: '.a |||'}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("error parsing jq query: ");
    }
}

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

/** {@code jmespath}, rules from the processors reference §15.2. */
class JmespathProcessorTest {

    @Test
    void theResultReplacesTheContent() throws Exception {
        try (StreamHarness h = harness("""
                - jmespath:
                    query: "locations[?state == 'WA'].name | sort(@) | {Cities: join(', ', @)}"
                """)) {
            Exchange e = send(h, """
                    {"locations": [{"name": "Seattle", "state": "WA"}, {"name": "New York", "state": "NY"},
                     {"name": "Bellevue", "state": "WA"}, {"name": "Olympia", "state": "WA"}]}""");
            assertThat(BenthosExchange.error(e)).isNull();
            assertThat(StreamHarness.body(e)).isEqualTo("{\"Cities\":\"Bellevue, Olympia, Seattle\"}");
        }
    }

    @Test
    void nothingMatchingGivesNullAndKeepsTheMessage() throws Exception {
        try (StreamHarness h = harness("- jmespath: {query: 'missing'}")) {
            assertThat(StreamHarness.body(send(h, "{\"a\":1}"))).isEqualTo("null");
        }
    }

    @Test
    void numbersAreFloat64BeforeTheSearch() throws Exception {
        try (StreamHarness h = harness("- jmespath: {query: '[a, b]'}")) {
            assertThat(StreamHarness.body(send(h, "{\"a\":9007199254740993,\"b\":1.5}")))
                    .isEqualTo("[9007199254740992,1.5]");
        }
    }

    @Test
    void contentThatIsNotJsonIsFlagged() throws Exception {
        try (StreamHarness h = harness("- jmespath: {query: 'a'}")) {
            Exchange e = send(h, "{oops");
            assertThat(BenthosExchange.error(e)).isNotNull();
            assertThat(StreamHarness.body(e)).isEqualTo("{oops");
        }
    }

    @Test
    void aQueryThatDoesNotCompileIsAConfigError() {
        assertThatThrownBy(() -> harness("- jmespath: {query: 'a[?'}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("failed to compile JMESPath query: ");
    }
}

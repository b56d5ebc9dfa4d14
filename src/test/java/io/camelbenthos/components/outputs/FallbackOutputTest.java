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

/** The {@code fallback} output (connectors §9.2) in real Camel. */
class FallbackOutputTest {
    /** Records what each tier receives: its content, then its {@code fallback_error} metadata. */
    private static String tier(String name, int failFirst) {
        return """
                      - test_sink: {name: %s, fail_first: %d}
                        processors:
                          - mapping: 'root = content().string() + " | " + @fallback_error.or("-")'
                """.formatted(name, failFirst);
    }

    private static String config(String... tiers) {
        return """
                input:
                  test_direct: {name: in}
                output:
                  fallback:
                """ + String.join("", tiers);
    }

    @Test
    void theFirstTierThatWritesAcksAndTheOthersAreNotTried() throws Exception {
        try (StreamHarness h = new StreamHarness(config(tier("first", 0), tier("second", 0)))) {
            assertThat(h.send("in", "msg").getException()).isNull();
            assertThat(TestComponents.sink("first")).containsExactly("msg | -");
            assertThat(TestComponents.sink("second")).isEmpty();
        }
    }

    @Test
    void aFailedWriteMovesTheMessageOnWithTheErrorAsFallbackError() throws Exception {
        try (StreamHarness h = new StreamHarness(config(tier("first", 1), tier("second", 1), tier("third", 0)))) {
            Exchange result = h.send("in", "msg");
            assertThat(result.getException()).isNull();
            assertThat(TestComponents.sink("first")).isEmpty();
            assertThat(TestComponents.sink("second")).isEmpty();
            // each tier starts from the message as the fallback received it: no earlier tier's processors
            assertThat(TestComponents.sink("third")).containsExactly("msg | second failed attempt 1");
            assertThat(StreamHarness.body(result)).isEqualTo("msg");
        }
    }

    @Test
    void theLastTiersErrorIsTheNack() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                output:
                  fallback:
                    - reject: 'first: ${! content() }'
                    - reject: 'second saw: ${! @fallback_error }'
                """)) {
            Exchange result = h.send("in", "msg");
            assertThat(result.getException()).hasMessage("second saw: first: msg");
        }
    }

    @Test
    void aDropTierAcks() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                output:
                  fallback:
                    - reject: nope
                    - drop: {}
                """)) {
            assertThat(h.send("in", "msg").getException()).isNull();
        }
    }

    @Test
    void aSingleTierIsTriedAlone() throws Exception {
        try (StreamHarness h = new StreamHarness(config(tier("only", 1)))) {
            assertThat(h.send("in", "a").getException()).hasMessage("only failed attempt 1");
            assertThat(h.send("in", "b").getException()).isNull();
            assertThat(TestComponents.sink("only")).containsExactly("b | -");
        }
    }

    /** Strict mode rejects a flagged message at each leaf tier, so the fallback moves it on to the next tier. */
    @Test
    void underStrictErrorHandlingEachLeafTierRejectsAFlaggedMessage() throws Exception {
        String strict = """
                error_handling:
                  strict: true
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - test_fail: {}
                output:
                  fallback:
                    - test_sink: {name: first}
                """;
        try (StreamHarness h = new StreamHarness(strict + "    - test_sink: {name: last}\n")) {
            assertThat(h.send("in", "msg").getException())
                    .hasMessage("rejected due to failed processing: test failure on msg");
            assertThat(TestComponents.sink("first")).isEmpty();
            assertThat(TestComponents.sink("last")).isEmpty();
        }
        try (StreamHarness h = new StreamHarness(strict + "    - drop: {}\n")) {
            assertThat(h.send("in", "msg").getException()).isNull();
            assertThat(TestComponents.sink("first")).isEmpty();
        }
    }

    @Test
    void noTiersIsAConfigError() {
        String yaml = """
                input:
                  test_direct: {name: in}
                output:
                  fallback: []
                """;
        assertThatThrownBy(() -> BenthosRoutes.fromYaml("f.yaml", yaml,
                new ConfigLoader(ComponentRegistry.defaultRegistry(), Map.of(), List.of())))
                .isInstanceOf(ConfigException.class)
                .hasMessage("f.yaml:4:13: attempting to create broker output type with no outputs");
    }
}

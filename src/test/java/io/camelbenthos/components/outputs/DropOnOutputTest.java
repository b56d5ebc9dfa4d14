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

/** The {@code drop_on} output in real Camel. */
class DropOnOutputTest {
    private static String dropOn(String fields, String child) {
        return """
                input:
                  test_direct: {name: in}
                output:
                  drop_on:
                %s
                    output:
                      %s
                """.formatted(fields, child);
    }

    @Test
    void withErrorEveryFailureIsAnAck() throws Exception {
        try (StreamHarness h = new StreamHarness(dropOn("    error: true", "reject: 'nope: ${! content() }'"))) {
            assertThat(h.send("in", "msg").getException()).isNull();
        }
    }

    @Test
    void withoutAReasonToDropTheChildsErrorIsTheNack() throws Exception {
        try (StreamHarness h = new StreamHarness(dropOn("    error: false", "reject: 'nope: ${! content() }'"))) {
            assertThat(h.send("in", "msg").getException()).hasMessage("nope: msg");
        }
    }

    @Test
    void errorPatternsDropOnlyTheErrorsTheyMatch() throws Exception {
        try (StreamHarness h = new StreamHarness(dropOn("    error_patterns: [ 'status [0-9]+$', '^timeout' ]",
                "reject: '${! content() }'"))) {
            assertThat(h.send("in", "got status 404").getException()).isNull();
            assertThat(h.send("in", "timeout waiting").getException()).isNull();
            assertThat(h.send("in", "status 404 again").getException()).hasMessage("status 404 again");
        }
    }

    @Test
    void aWriteThatSucceedsIsAnAck() throws Exception {
        try (StreamHarness h = new StreamHarness(dropOn("    error: true", "test_sink: {name: out}"))) {
            assertThat(h.send("in", "msg").getException()).isNull();
            assertThat(TestComponents.sink("out")).containsExactly("msg");
        }
    }

    /** The child holds the message (a gate in its processors) beyond back_pressure: the message is nacked. */
    @Test
    void backPressureWithoutErrorNacksTheMessageTheChildHolds() throws Exception {
        try (StreamHarness h = new StreamHarness(heldBy("gate1", "    back_pressure: 50ms"))) {
            try {
                Exchange result = h.send("in", "msg");
                assertThat(result.getException()).hasMessage("experienced back pressure beyond: 50ms");
            } finally {
                TestComponents.gate("gate1").open();
            }
        }
    }

    @Test
    void backPressureWithErrorDropsTheMessageTheChildHolds() throws Exception {
        try (StreamHarness h = new StreamHarness(heldBy("gate2", "    error: true\n    back_pressure: 50ms"))) {
            try {
                assertThat(h.send("in", "msg").getException()).isNull();
                assertThat(TestComponents.gate("gate2").seen()).containsExactly("msg");
            } finally {
                TestComponents.gate("gate2").open();
            }
        }
    }

    @Test
    void backPressureErrorsCanBeMatchedByPatterns() throws Exception {
        try (StreamHarness h = new StreamHarness(heldBy("gate3", "    error_patterns: [ back pressure ]\n    back_pressure: 50ms"))) {
            try {
                assertThat(h.send("in", "msg").getException()).isNull();
            } finally {
                TestComponents.gate("gate3").open();
            }
        }
    }

    private static String heldBy(String gate, String fields) {
        return """
                input:
                  test_direct: {name: in}
                output:
                  drop_on:
                %s
                    output:
                      test_sink: {name: out}
                      processors:
                        - test_gate: {name: %s}
                """.formatted(fields, gate);
    }

    @Test
    void errorPatternsWithErrorIsAConfigError() {
        assertThatThrownBy(() -> translate(dropOn("    error: true\n    error_patterns: [ x ]", "drop: {}")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("d.yaml:6:21: field 'error_patterns' is ineffective when 'error' is set to `true`");
    }

    @Test
    void aPatternThatDoesNotCompileIsAConfigError() {
        assertThatThrownBy(() -> translate(dropOn("    error_patterns: [ ok, '(' ]", "drop: {}")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("d.yaml:5:21: error pattern 1 failed to compile: error parsing regexp: missing closing ): `(`");
    }

    private static void translate(String yaml) {
        BenthosRoutes.fromYaml("d.yaml", yaml, new ConfigLoader(ComponentRegistry.defaultRegistry(), Map.of(), List.of()));
    }
}

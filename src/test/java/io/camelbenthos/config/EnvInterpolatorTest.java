package io.camelbenthos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Env-var interpolation exactly as semantics §8.2 describes it. */
class EnvInterpolatorTest {
    private final EnvInterpolator env = new EnvInterpolator(Map.of(
            "A", "alpha", "EMPTY", "", "B64", "aGVsbG8=", "MULTI", "one\ntwo", "DOT.NAME", "dotted"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "=>", value = {
            "x: ${A}                    => x: alpha",
            "x: ${A:fallback}           => x: alpha",
            "x: ${UNSET:fallback}       => x: fallback",
            "x: ${EMPTY:fallback}       => x: fallback",
            "x: '${EMPTY}'              => x: ''",
            "x: '${UNSET:}'             => x: ''",
            "x: ${B64|base64decode}     => x: hello",
            "x: ${UNSET:aGk=|base64decode} => x: hi",
            "x: ${MULTI}                => x: one\\ntwo",
            "x: ${{A}}                  => x: ${A}",
            "x: ${DOT.NAME}             => x: dotted",
            "x: ${! meta(\"a\") }       => x: ${! meta(\"a\") }",
    })
    void interpolates(String in, String out) {
        EnvInterpolator.Result r = env.interpolate("c.yaml", in);
        assertThat(r.text()).isEqualTo(out);
        assertThat(r.missing()).isEmpty();
    }

    @Test
    void reportsUnsetVariablesAndSubstitutesEmpty() {
        EnvInterpolator.Result r = env.interpolate("c.yaml", "a: ${NOPE}\nb: ${ALSO_NOPE}\n");
        assertThat(r.text()).isEqualTo("a: \nb: \n");
        assertThat(r.missingMessage()).isEqualTo("required environment variables were not set: [NOPE ALSO_NOPE]");
    }

    @Test
    void anUnknownDecodeFunctionIsAHardError() {
        assertThatThrownBy(() -> env.interpolate("c.yaml", "a: ${A|rot13}"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("c.yaml:1:1: unknown env var decode function: rot13");
    }
}

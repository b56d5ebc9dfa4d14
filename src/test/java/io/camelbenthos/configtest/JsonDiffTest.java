package io.camelbenthos.configtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.configtest.JsonDiff.Difference;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON and metadata comparisons of the test conditions, on the cases Benthos users trip over. */
class JsonDiffTest {
    private static Difference diff(String a, String b) {
        return JsonDiff.compare(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)).difference();
    }

    @Test
    void numbersCompareByTheirLiteralText() {
        assertThat(diff("{\"a\":1}", "{\"a\":1}")).isEqualTo(Difference.FULL_MATCH);
        assertThat(diff("{\"a\":1}", "{\"a\":1.0}")).isEqualTo(Difference.NO_MATCH);
        assertThat(diff("100", "1e2")).isEqualTo(Difference.NO_MATCH);
    }

    @Test
    void extraKeysAndTrailingElementsMakeASuperset() {
        assertThat(diff("{\"a\":1,\"b\":2}", "{\"a\":1}")).isEqualTo(Difference.SUPERSET_MATCH);
        assertThat(diff("[1,2,3]", "[1,2]")).isEqualTo(Difference.SUPERSET_MATCH);
        assertThat(diff("[2,1]", "[1]")).isEqualTo(Difference.NO_MATCH);
        assertThat(diff("{\"a\":1}", "{\"a\":1,\"b\":2}")).isEqualTo(Difference.NO_MATCH);
    }

    @Test
    void invalidJsonNeverMatches() {
        assertThat(diff("foo", "\"foo\"")).isEqualTo(Difference.FIRST_INVALID);
        assertThat(diff("\"foo\"", "foo")).isEqualTo(Difference.SECOND_INVALID);
        assertThat(diff("foo", "foo")).isEqualTo(Difference.BOTH_INVALID);
        assertThat(diff("null", "null")).isEqualTo(Difference.FULL_MATCH);
    }

    @Test
    void theExplanationIsTheFirstDocumentWithTaggedDifferences() {
        assertThat(JsonDiff.compare("{\"a\":1,\"b\":[true]}".getBytes(StandardCharsets.UTF_8),
                "{\"a\":2,\"b\":[true],\"c\":\"x\"}".getBytes(StandardCharsets.UTF_8)).explanation())
                .isEqualTo("{\n    \"a\": \033[0;33m1 => 2\033[0m,\n    \"b\": [\n        true\n    ],\n"
                        + "    \033[0;32m\"c\": \"x\"\033[0m\n}");
    }

    @Test
    void metadataComparesByTheExpectedValuesType() {
        assertThat(MetadataEqualsCondition.compare(5L, 5.0)).isTrue();
        assertThat(MetadataEqualsCondition.compare("5", 5L)).isFalse();
        assertThat(MetadataEqualsCondition.compare(5L, "5")).isFalse();
        assertThat(MetadataEqualsCondition.compare(true, 1L)).isTrue();
        assertThat(MetadataEqualsCondition.compare("a", "a".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(MetadataEqualsCondition.compare(List.of(1L, "x"), List.of(1.0, "x"))).isTrue();
        assertThat(MetadataEqualsCondition.compare(Map.of("k", 1L), Map.of("k", 2L))).isFalse();
        assertThat(MetadataEqualsCondition.compare(null, null)).isTrue();
        assertThat(MetadataEqualsCondition.compare(null, "null")).isFalse();
    }
}

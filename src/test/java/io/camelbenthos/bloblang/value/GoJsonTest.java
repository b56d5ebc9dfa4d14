package io.camelbenthos.bloblang.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.bloblang.plugin.QueryException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoJsonTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "not json|invalid character 'o' in literal null (expecting 'u')",
        "{\"a\" 1}|invalid character '1' after object key",
        "{\"a\":1 \"b\"}|invalid character '\"' after object key:value pair",
        "[1 2]|invalid character '2' after array element",
        "{1:2}|invalid character '1' looking for beginning of object key string",
        "[1,]|invalid character ']' looking for beginning of value",
        "-x|invalid character 'x' in numeric literal",
        "1.x|invalid character 'x' after decimal point in numeric literal",
        "1ex|invalid character 'x' in exponent of numeric literal",
        "\"\\q\"|invalid character 'q' in string escape code",
        "[1|unexpected end of JSON input",
        "{} x|invalid character 'x' after top-level value",
        "tru|unexpected end of JSON input",
        "01|invalid character '1' after top-level value",
    })
    void unmarshalErrorsReadLikeGo(String input, String message) {
        assertThatThrownBy(() -> GoJsonDecoder.unmarshal(input, true)).isInstanceOf(QueryException.class)
                .hasMessage(message);
    }

    @Test
    void decodesNumbersAsTextOrDouble() {
        assertThat(GoJsonDecoder.unmarshal("[1.50, 2]", true)).isEqualTo(List.of(new JsonNumber("1.50"), new JsonNumber("2")));
        assertThat(GoJsonDecoder.unmarshal("[1.50, 2]", false)).isEqualTo(List.of(1.5, 2.0));
    }

    @Test
    void decodeFirstIgnoresTrailingText() {
        assertThat(GoJsonDecoder.decodeFirst("{\"a\":1} trailing".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(Map.of("a", new JsonNumber("1")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "2.0|2", "0.0000001|1e-7", "1e21|1e+21", "123456.789|123456.789", "1e20|100000000000000000000",
        "-0.5|-0.5", "5e-324|5e-324",
    })
    void floatsUseGoShortestForm(double d, String expected) {
        assertThat(GoJson.encode(d, false)).isEqualTo(expected);
    }

    @Test
    void encodesLikeGoEncoder() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("z", java.util.Arrays.asList(1L, true, null));
        m.put("a", "<&>\u2029\u0007");
        m.put("b", "hi".getBytes(StandardCharsets.UTF_8));
        m.put("t", ZonedDateTime.of(2020, 8, 14, 5, 54, 23, 120000000, ZoneOffset.UTC));
        m.put("n", new JsonNumber("1.50"));
        m.put("u", new UInt64(-1L));
        assertThat(GoJson.encode(m, false)).isEqualTo(
                "{\"a\":\"<&>\\u2029\\u0007\",\"b\":\"aGk=\",\"n\":1.50,\"t\":\"2020-08-14T05:54:23.12Z\","
                        + "\"u\":18446744073709551615,\"z\":[1,true,null]}");
        assertThat(GoJson.encode("<&>", true)).isEqualTo("\"\\u003c\\u0026\\u003e\"");
        assertThat(GoJson.encodeIndent(Map.of("a", List.of(1L)), false, "", "  "))
                .isEqualTo("{\n  \"a\": [\n    1\n  ]\n}");
    }

    @Test
    void nanIsAnError() {
        assertThatThrownBy(() -> GoJson.encode(Double.NaN, false)).isInstanceOf(QueryException.class)
                .hasMessage("json: unsupported value: NaN");
    }
}

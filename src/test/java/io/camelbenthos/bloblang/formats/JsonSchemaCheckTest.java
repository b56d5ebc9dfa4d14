package io.camelbenthos.bloblang.formats;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.bloblang.value.JsonNumber;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonSchemaCheckTest {
    private static final String FOO_STRING = """
            {"type":"object","properties":{"foo":{"type":"string"}}}""";

    @Test
    void acceptsMatchingValues() {
        assertThatCode(() -> JsonSchemaCheck.compile(FOO_STRING).check(Map.of("foo", "bar"))).doesNotThrowAnyException();
    }

    @Test
    void reportsTypeErrorsLikeBenthos() {
        assertThatThrownBy(() -> JsonSchemaCheck.compile(FOO_STRING).check(Map.of("foo", new JsonNumber("5"))))
                .hasMessage("foo invalid type. expected: string, given: integer");
        assertThatThrownBy(() -> JsonSchemaCheck.compile("{\"type\":[\"string\",\"null\"]}").check(1.5))
                .hasMessage("(root) invalid type. expected: [string,null], given: number");
    }

    @Test
    void reportsRequiredAndBoundsErrors() {
        String schema = """
                {"type":"object","required":["Name"],"properties":{
                  "n":{"minimum":3},"e":{"exclusiveMaximum":2},"s":{"maxLength":2},"a":{"items":{"enum":["x","y"]}}}}""";
        assertThatThrownBy(() -> JsonSchemaCheck.compile(schema).check(Map.of()))
                .hasMessage("(root) Name is required");
        assertThatThrownBy(() -> JsonSchemaCheck.compile(schema).check(Map.of("Name", 1L, "n", 2L)))
                .hasMessage("n must be greater than or equal to 3");
        assertThatThrownBy(() -> JsonSchemaCheck.compile(schema).check(Map.of("Name", 1L, "e", 2L)))
                .hasMessage("e must be less than 2");
        assertThatThrownBy(() -> JsonSchemaCheck.compile(schema).check(Map.of("Name", 1L, "s", "abc")))
                .hasMessage("s string length must be less than or equal to 2");
        assertThatThrownBy(() -> JsonSchemaCheck.compile(schema).check(Map.of("Name", 1L, "a", List.of("x", "z"))))
                .hasMessage("a.1 a.1 must be one of the following: \"x\", \"y\"");
    }

    @Test
    void rejectsInvalidSchemas() {
        assertThatThrownBy(() -> JsonSchemaCheck.compile("{not json")).isInstanceOf(FormatException.class);
    }
}

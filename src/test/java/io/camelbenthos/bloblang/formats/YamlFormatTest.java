package io.camelbenthos.bloblang.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.bloblang.value.JsonNumber;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class YamlFormatTest {
    private static String yaml(Object v) {
        return new String(YamlWriter.write(v), StandardCharsets.UTF_8);
    }

    @Test
    void writesTheDocExample() {
        assertThat(yaml(Map.of("foo", "bar"))).isEqualTo("foo: bar\n");
    }

    @Test
    void indentsLikeYamlV3() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("b", Map.of("c", List.of(1L, 2L), "d", Map.of("e", "f")));
        doc.put("a", List.of(Map.of("x", 1L, "y", List.of("p", "q")), List.of("n1", "n2"), "s"));
        doc.put("empty", Map.of());
        doc.put("none", List.of());
        assertThat(yaml(doc)).isEqualTo("""
                a:
                    - x: 1
                      "y":
                        - p
                        - q
                    - - n1
                      - n2
                    - s
                b:
                    c:
                        - 1
                        - 2
                    d:
                        e: f
                empty: {}
                none: []
                """);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "plain|plain",
        "yes|\"yes\"",
        "on|\"on\"",
        "true|\"true\"",
        "123|\"123\"",
        "1.5|\"1.5\"",
        "null|\"null\"",
        "2020-01-02|\"2020-01-02\"",
        "foo: bar|`'foo: bar'`",
        "- x|`'- x'`",
        "#x|`'#x'`",
        "a #b|`'a #b'`",
        "it's|it's",
        "`'quoted'`|`'''quoted'''`",
        "tab\there|\"tab\\there\"",
        "`trailing `|`'trailing '`",
    })
    void quotesScalarsLikeLibyaml(String in, String out) {
        assertThat(yaml(in)).isEqualTo(out + "\n");
    }

    @Test
    void writesEmptyStringsAndEmojiDoubleQuoted() {
        assertThat(yaml("")).isEqualTo("\"\"\n");
        assertThat(yaml("😀")).isEqualTo("\"\\U0001F600\"\n");
    }

    @Test
    void writesMultiLineStringsAsLiterals() {
        assertThat(yaml(Map.of("k", "a\nb"))).isEqualTo("k: |-\n    a\n    b\n");
        assertThat(yaml(Map.of("k", "a\nb\n"))).isEqualTo("k: |\n    a\n    b\n");
        assertThat(yaml(List.of("a\nb"))).isEqualTo("- |-\n  a\n  b\n");
    }

    @Test
    void writesBytesAsStringsOrBinary() {
        assertThat(yaml(Map.of("b", "hi".getBytes(StandardCharsets.UTF_8)))).isEqualTo("b: hi\n");
        assertThat(yaml(Map.of("b", new byte[] {(byte) 0xff, 0}))).isEqualTo("b: !!binary /wA=\n");
    }

    @Test
    void writesNumbersLikeGo() {
        assertThat(yaml(List.of(1.0, 1.5, 1e21, 1e-7, Double.POSITIVE_INFINITY, new JsonNumber("1.50"),
                new JsonNumber("7"), true))).isEqualTo("- 1\n- 1.5\n- 1e+21\n- 1e-07\n- .inf\n- 1.5\n- 7\n- true\n");
        assertThat(yaml(null)).isEqualTo("null\n");
    }

    @Test
    void parsesYaml12Scalars() {
        Object v = YamlParser.parse("""
                a: yes
                b: on
                c: 0x1F
                d: 1_000
                e: 1.5
                f: ~
                g: "123"
                h: 2020-01-02
                i: true
                j: .inf
                k: [1, two]
                """);
        assertThat(v).isInstanceOf(Map.class);
        Map<?, ?> m = (Map<?, ?>) v;
        assertThat(m.get("a")).isEqualTo("yes");
        assertThat(m.get("b")).isEqualTo("on");
        assertThat(m.get("c")).isEqualTo(31L);
        assertThat(m.get("d")).isEqualTo(1000L);
        assertThat(m.get("e")).isEqualTo(1.5);
        assertThat(m.containsKey("f")).isTrue();
        assertThat(m.get("f")).isNull();
        assertThat(m.get("g")).isEqualTo("123");
        assertThat(m.get("h")).isEqualTo("2020-01-02");
        assertThat(m.get("i")).isEqualTo(true);
        assertThat(m.get("j")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(m.get("k")).isEqualTo(List.of(1L, "two"));
    }

    @Test
    void parsesMergeKeysAndAliases() {
        Object v = YamlParser.parse("""
                base: &b {x: 1, y: 2}
                child:
                  <<: *b
                  y: 3
                """);
        assertThat(((Map<?, ?>) v).get("child")).isEqualTo(Map.of("x", 1L, "y", 3L));
    }

    @Test
    void parsesOnlyTheFirstDocumentAndEmptyAsNull() {
        assertThat(YamlParser.parse("a: 1\n---\nb: 2\n")).isEqualTo(Map.of("a", 1L));
        assertThat(YamlParser.parse("")).isNull();
    }

    @Test
    void reportsSyntaxErrorsWithALine() {
        assertThatThrownBy(() -> YamlParser.parse("a: b\n c: [d")).isInstanceOf(FormatException.class)
                .hasMessageStartingWith("yaml: line ");
    }
}

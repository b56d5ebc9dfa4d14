package io.camelbenthos.bloblang.methods.parsing;

import static io.camelbenthos.bloblang.methods.PluginCalls.call;
import static io.camelbenthos.bloblang.methods.TestJson.parse;
import static io.camelbenthos.bloblang.methods.TestJson.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.bloblang.plugin.BloblangPlugin;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The documented Parsing examples, run on values, plus error paths. */
class ParsingMethodsTest {
    private static String run(BloblangPlugin plugin, Object target, Object... args) {
        Object out = call(plugin, target, args);
        return out instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : write(out);
    }

    @Test
    void parseCsv() {
        assertThat(run(new ParseCsvMethod(), "foo,bar\nfoo 1,bar 1\nfoo 2,bar 2"))
                .isEqualTo("[{\"bar\":\"bar 1\",\"foo\":\"foo 1\"},{\"bar\":\"bar 2\",\"foo\":\"foo 2\"}]");
        assertThat(run(new ParseCsvMethod(), "foo 1,bar 1\nfoo 2,bar 2", false))
                .isEqualTo("[[\"foo 1\",\"bar 1\"],[\"foo 2\",\"bar 2\"]]");
        assertThat(run(new ParseCsvMethod(), "foo.bar\nfoo 1.bar 1", true, "."))
                .isEqualTo("[{\"bar\":\"bar 1\",\"foo\":\"foo 1\"}]");
        assertThat(run(new ParseCsvMethod(), "foo,bar\nfoo\" \"2,bar\" \"2", true, ",", true))
                .isEqualTo("[{\"bar\":\"bar\\\" \\\"2\",\"foo\":\"foo\\\" \\\"2\"}]");
        assertThatThrownBy(() -> run(new ParseCsvMethod(), "a", true, ";;")).hasMessage("delimiter value must be exactly one character");
        assertThatThrownBy(() -> run(new ParseCsvMethod(), "")).hasMessage("zero records were parsed");
        assertThatThrownBy(() -> run(new ParseCsvMethod(), 5L)).hasMessage("expected string value, got number (5)");
    }

    @Test
    void yaml() {
        assertThat(run(new ParseYamlMethod(), "foo: bar")).isEqualTo("{\"foo\":\"bar\"}");
        assertThat(run(new FormatYamlMethod(), parse("{\"foo\":\"bar\"}"))).isEqualTo("foo: bar\n");
        assertThatThrownBy(() -> run(new ParseYamlMethod(), "a: [b")).hasMessageStartingWith("failed to parse value as YAML: yaml: line ");
    }

    @Test
    void formAndLogfmt() {
        assertThat(run(new ParseFormUrlEncodedMethod(), "noise=meow&animal=cat&fur=orange&fur=fluffy"))
                .isEqualTo("{\"animal\":\"cat\",\"fur\":[\"orange\",\"fluffy\"],\"noise\":\"meow\"}");
        assertThatThrownBy(() -> run(new ParseFormUrlEncodedMethod(), "a=%"))
                .hasMessage("failed to parse value as url-encoded data: invalid URL escape \"%\"");
        assertThat(run(new ParseLogfmtMethod(), "level=info msg=\"hello world\" dur=1.5s"))
                .isEqualTo("{\"dur\":\"1.5s\",\"level\":\"info\",\"msg\":\"hello world\"}");
    }

    @Test
    void parseUrl() {
        assertThat(run(new ParseUrlMethod(), "https://docs.redpanda.com/redpanda-connect/guides/bloblang/about/"))
                .isEqualTo("{\"fragment\":\"\",\"host\":\"docs.redpanda.com\",\"opaque\":\"\","
                        + "\"path\":\"/redpanda-connect/guides/bloblang/about/\",\"raw_fragment\":\"\",\"raw_path\":\"\","
                        + "\"raw_query\":\"\",\"scheme\":\"https\"}");
        assertThat(run(new ParseUrlMethod(), "amqp://foo:bar@127.0.0.1:5672/")).contains("\"user\":{\"name\":\"foo\",\"password\":\"bar\"}");
        assertThat(run(new ParseUrlMethod(), "redis://localhost:6379")).doesNotContain("user");
        // the documented catch example's error text
        assertThatThrownBy(() -> run(new ParseUrlMethod(), "invalid %&# url"))
                .hasMessage("parse \"invalid %&\": invalid URL escape \"%&\"");
    }

    @Test
    void xml() {
        assertThat(run(new ParseXmlMethod(), "<root><title>This is a title</title><content>This is some content</content></root>"))
                .isEqualTo("{\"root\":{\"content\":\"This is some content\",\"title\":\"This is a title\"}}");
        assertThat(run(new ParseXmlMethod(), "<root><title>T1</title><number id=\"99\">123</number><bool>True</bool></root>", true))
                .isEqualTo("{\"root\":{\"bool\":true,\"number\":{\"#text\":123,\"-id\":99},\"title\":\"T1\"}}");
        Object doc = parse("{\"foo\":{\"bar\":{\"baz\":\"foo bar baz\"}}}");
        assertThat(run(new FormatXmlMethod(), doc)).isEqualTo("<foo>\n    <bar>\n        <baz>foo bar baz</baz>\n    </bar>\n</foo>");
        assertThat(run(new FormatXmlMethod(), doc, "    ", true)).isEqualTo("<foo><bar><baz>foo bar baz</baz></bar></foo>");
        assertThatThrownBy(() -> run(new FormatXmlMethod(), "x")).hasMessage("expected object value, got string (\"x\")");
    }

    @Test
    void msgpack() {
        Object packed = call(new FormatMsgpackMethod(), parse("{\"foo\":\"bar\"}"));
        assertThat(HexFormat.of().formatHex((byte[]) packed)).isEqualTo("81a3666f6fa3626172");
        assertThat(run(new ParseMsgpackMethod(), HexFormat.of().parseHex("81a3666f6fa3626172"))).isEqualTo("{\"foo\":\"bar\"}");
        assertThatThrownBy(() -> run(new ParseMsgpackMethod(), new byte[] {(byte) 0xc1})).hasMessageContaining("invalid code=c1");
    }

    @Test
    void inferSchema() {
        assertThat(run(new InferSchemaMethod(), parse("{\"b\":[1,2],\"a\":\"x\",\"c\":{\"d\":1.5,\"e\":null}}")))
                .isEqualTo("{\"children\":[{\"name\":\"a\",\"type\":\"STRING\"},{\"children\":[{\"type\":\"INT64\"}],"
                        + "\"name\":\"b\",\"type\":\"ARRAY\"},{\"children\":[{\"name\":\"d\",\"type\":\"FLOAT64\"},"
                        + "{\"name\":\"e\",\"type\":\"NULL\"}],\"name\":\"c\",\"type\":\"OBJECT\"}],\"type\":\"OBJECT\"}");
        assertThatThrownBy(() -> run(new InferSchemaMethod(), parse("{\"a\":[1,\"x\"]}")))
                .hasMessage(".a.1 mismatched array types, found INT64 and STRING");
    }
}

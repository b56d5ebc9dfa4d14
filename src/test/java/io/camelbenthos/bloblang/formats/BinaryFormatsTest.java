package io.camelbenthos.bloblang.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.bloblang.value.JsonNumber;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BinaryFormatsTest {
    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    @Test
    void encodesMsgpackLikeVmihailencoV5() {
        assertThat(hex(MsgPack.encode(Map.of("foo", "bar")))).isEqualTo("81a3666f6fa3626172");
        assertThat(hex(MsgPack.encode(5L))).isEqualTo("d30000000000000005");
        assertThat(hex(MsgPack.encode(1.5))).isEqualTo("cb3ff8000000000000");
        assertThat(hex(MsgPack.encode(List.of(true, false)))).isEqualTo("92c3c2");
        assertThat(hex(MsgPack.encode(new JsonNumber("12")))).isEqualTo("a23132");
        assertThat(hex(MsgPack.encode("x".repeat(32)))).startsWith("d920");
        assertThat(hex(MsgPack.encode(new byte[] {1, 2}))).isEqualTo("c4020102");
    }

    @Test
    void decodesMsgpack() {
        assertThat(MsgPack.decode(HexFormat.of().parseHex("81a3666f6fa3626172"))).isEqualTo(Map.of("foo", "bar"));
        assertThat(MsgPack.decode(HexFormat.of().parseHex("93 01 ff cd0100".replace(" ", ""))))
                .isEqualTo(List.of(1L, -1L, 256L));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("a", List.of(1.25, "s", Map.of()));
        doc.put("b", null);
        assertThat(MsgPack.decode(MsgPack.encode(doc))).isEqualTo(doc);
        assertThatThrownBy(() -> MsgPack.decode(HexFormat.of().parseHex("a5616263"))).hasMessage("EOF");
    }

    @Test
    void parsesXmlLikeMxj() {
        assertThat(XmlParser.parse("<root><title>This is a title</title><content>This is some content</content></root>",
                false)).isEqualTo(Map.of("root", Map.of("title", "This is a title", "content", "This is some content")));
        assertThat(XmlParser.parse("<root><title>Title</title><number id=\"99\">123</number><bool>True</bool></root>", true))
                .isEqualTo(Map.of("root", Map.of("title", "Title", "number", Map.of("#text", 123.0, "-id", 99.0),
                        "bool", true)));
        assertThat(XmlParser.parse("<r><i>1</i><i>2</i><e/><!-- c --></r>", false))
                .isEqualTo(Map.of("r", Map.of("i", List.of("1", "2"), "e", "")));
        assertThatThrownBy(() -> XmlParser.parse("<r><i></r>", false)).isInstanceOf(FormatException.class)
                .hasMessageStartingWith("XML syntax error on line 1");
    }

    @Test
    void writesXmlLikeMxj() {
        Map<String, Object> doc = Map.of("foo", Map.of("bar", Map.of("baz", "foo bar baz")));
        assertThat(new String(XmlWriter.write(doc, "    ", false, null), StandardCharsets.UTF_8))
                .isEqualTo("<foo>\n    <bar>\n        <baz>foo bar baz</baz>\n    </bar>\n</foo>");
        assertThat(new String(XmlWriter.write(doc, "    ", true, null), StandardCharsets.UTF_8))
                .isEqualTo("<foo><bar><baz>foo bar baz</baz></bar></foo>");
        Map<String, Object> attrs = Map.of("a", Map.of("-id", 5L, "#text", "x & y", "n", List.of(1L, 2L)));
        assertThat(new String(XmlWriter.write(attrs, "  ", false, "root"), StandardCharsets.UTF_8))
                .isEqualTo("<root>\n  <a id=\"5\">x &amp; y\n    <n>1</n>\n    <n>2</n>\n  </a>\n</root>");
    }
}

package io.camelbenthos.bloblang.go;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** GoStrings, GoHtml and GoUrl against Go's documented behaviour. */
class GoTextTest {

    @Test
    void simpleCaseMapping() {
        assertThat(GoStrings.toUpper("straße ǆ ı")).isEqualTo("STRAßE Ǆ I");
        assertThat(GoStrings.toLower("İSTANBUL ÀÉ Σ")).isEqualTo("istanbul àé σ");
        assertThat(GoStrings.toUpper("abc-123")).isEqualTo("ABC-123");
        assertThat(GoStrings.toUpper("\uD801\uDC28")).isEqualTo("\uD801\uDC00"); // Deseret, outside the BMP
    }

    @ParameterizedTest(name = "Title({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "the foo bar|The Foo Bar", "alice smith|Alice Smith", "HELLO WORLD|Hello World", "o'neil is.here|O'neil Is.here",
        "1st place|1St Place", "hello_world-foo|Hello_World-Foo", "ßa|Ssa", "ǆemal|ǅemal", "ΟΔΟΣ ΟΔΟΣ|Οδος Οδος",
        "  x  |  X  "
    })
    void title(String in, String expected) {
        assertThat(GoStrings.title(in)).isEqualTo(expected);
    }

    @Test
    void byteIndexes() {
        assertThat(GoStrings.index("héllo", "l")).isEqualTo(3);
        assertThat(GoStrings.index("héllo", "z")).isEqualTo(-1);
        assertThat(GoStrings.lastIndex("héllo", "l")).isEqualTo(4);
        assertThat(GoUtf8.byteLength("héllo😀")).isEqualTo(10);
        assertThat(GoStrings.byteSlice("héllo", 0, 2)).isEqualTo("h\uDCC3"); // the cut rune's byte stays raw
        assertThat(GoStrings.byteSlice("héllo", 1, 3)).isEqualTo("é");
        assertThat(GoStrings.reverseRunes("a😀b")).isEqualTo("b😀a");
    }

    @Test
    void rawBytesSurviveStringConversions() {
        byte[] raw = {'a', (byte) 0xff, (byte) 0xc3, 'b', (byte) 0xc3, (byte) 0xa9};
        String s = GoUtf8.string(raw);
        assertThat(s).isEqualTo("a\uDCFF\uDCC3bé");
        assertThat(GoUtf8.encode(s)).isEqualTo(raw);
        assertThat(GoUtf8.byteLength(s)).isEqualTo(6);
        assertThat(GoUtf8.decode(raw)).isEqualTo("a\uFFFD\uFFFDbé");
        assertThat(GoUtf8.string("\uFFFD".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo("\uFFFD");
        assertThat(GoUtf8.compare("\uDCFF", "\uFFFF")).isPositive(); // byte 0xff sorts above EF BF BF
        assertThat(GoUtf8.compare("\uDC80", "\u00e9")).isNegative(); // 0x80 below C3 A9
        assertThat(GoStrings.toUpper("a\uDCFF")).isEqualTo("A\uFFFD");
        assertThat(GoStrings.reverseRunes("a\uDCFFb😀")).isEqualTo("😀b\uFFFDa");
    }

    @Test
    void html() {
        assertThat(GoHtml.escapeString("<script>alert('xss') & \"x\"</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;xss&#39;) &amp; &#34;x&#34;&lt;/script&gt;");
        assertThat(GoHtml.escapeString("plain")).isEqualTo("plain");
        assertThat(GoHtml.unescapeString("&lt;p&gt;Hello &amp; goodbye&lt;/p&gt;")).isEqualTo("<p>Hello & goodbye</p>");
        assertThat(GoHtml.unescapeString("&amp &copy2 &notit; &NotEqualTilde; &#65;&#x42;&#X43 &#128; &#0; &#xD800;"))
                .isEqualTo("& ©2 ¬it; \u2242\u0338 ABC € \uFFFD \uFFFD");
        // Go quirk: "&#x;" has consumed more than "&#" so it decodes to U+FFFD
        assertThat(GoHtml.unescapeString("& &; &# &#; &#x; &bogus; a&b")).isEqualTo("& &; &# &#; \uFFFD &bogus; a&b");
        assertThat(GoHtml.unescapeString("&#39;&#34;")).isEqualTo("'\"");
    }

    @Test
    void urls() {
        assertThat(GoUrl.queryEscape("foo & bar")).isEqualTo("foo+%26+bar");
        assertThat(GoUrl.queryEscape("hello world!*~é")).isEqualTo("hello+world%21%2A~%C3%A9");
        assertThat(GoUrl.pathEscape("foo & bar")).isEqualTo("foo%20&%20bar");
        assertThat(GoUrl.pathEscape("a/b;c,d?e$f+g:h=i@j")).isEqualTo("a%2Fb%3Bc%2Cd%3Fe$f+g:h=i@j");
        assertThat(GoUrl.queryUnescape("foo+%26+bar")).isEqualTo("foo & bar");
        assertThat(GoUrl.pathUnescape("foo+%26%20bar%C3%A9")).isEqualTo("foo+& baré");
        assertThatThrownBy(() -> GoUrl.queryUnescape("a%zzb")).hasMessage("invalid URL escape \"%zz\"");
        assertThatThrownBy(() -> GoUrl.queryUnescape("a%4")).hasMessage("invalid URL escape \"%4\"");
        assertThat(GoUrl.queryUnescapeBytes("%ff")).containsExactly(0xff);
    }
}

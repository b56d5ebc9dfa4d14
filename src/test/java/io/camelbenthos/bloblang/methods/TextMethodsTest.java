package io.camelbenthos.bloblang.methods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.bloblang.BloblangException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** String and regexp methods beyond the documented examples; expectations follow Go's behaviour. */
class TextMethodsTest {

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "root = this.s.uppercase()|{\"s\":\"straße\"}|STRAßE",
        "root = this.s.lowercase()|{\"s\":\"ÀÉÎ\"}|àéî",
        "root = this.s.capitalize()|{\"s\":\"o'NEIL is.here 1st\"}|O'neil Is.here 1St",
        "root = this.s.index_of(\"l\")|{\"s\":\"héllo\"}|3",
        "root = this.s.index_of(\"z\")|{\"s\":\"abc\"}|-1",
        "root = this.s.split(\"\")|{\"s\":\"hé\"}|[\"h\",\"é\"]",
        "root = this.s.split(\",\")|{\"s\":\"a,b,\"}|[\"a\",\"b\",\"\"]",
        "root = this.s.replace_all(\"\", \"-\")|{\"s\":\"ab\"}|-a-b-",
        "root = this.s.trim()|{\"s\":\"\\u00a0\\t x \\n\"}|x",
        "root = this.s.trim(\"xy\")|{\"s\":\"xyaxby\"}|axb",
        "root = this.s.reverse()|{\"s\":\"a😀b\"}|b😀a",
        "root = this.s.quote()|{\"s\":\"é\\u0000\\u00a0\"}|\"é\\x00\\u00a0\"",
        "root = this.s.unquote()|{\"s\":\"`a\\\\n`\"}|a\\n",
        "root = this.s.escape_url_query()|{\"s\":\"a b*~\"}|a+b%2A~",
        "root = this.s.escape_url_path()|{\"s\":\"a/b c\"}|a%2Fb%20c",
        "root = this.s.unescape_html()|{\"s\":\"&eacute;&#x41;&amp\"}|éA&",
        "root = this.s.repeat(2)|{\"s\":\"ab\"}|abab",
        "root = this.p.filepath_join()|{\"p\":[\"a\",\"\",\"../b\",\"./c/\"]}|b/c",
        "root = this.s.filepath_split()|{\"s\":\"/a/b/\"}|[\"/a/b/\",\"\"]",
        "root = this.s.replace_many([\"a\",\"b\",\"b\",\"c\"])|{\"s\":\"ab\"}|cc",
        "root = this.s.has_prefix(\"é\")|{\"s\":\"été\"}|true",
        "root = this.s.trim_suffix(\"é\")|{\"s\":\"été\"}|ét",
        "root = this.s.slug()|{\"s\":\"  Ünïcödé — “quotes” & more!  \"}|unicode-quotes-and-more",
        "root = this.s.slug()|{\"s\":\"Привет, мир\"}|privet-mir",
        "root = this.s.slug()|{\"s\":\"影師嗎\"}|ying-shi-ma",
        "root = this.s.slug(\"bg\")|{\"s\":\"Щастие и щит\"}|shastie-i-shtit",
        "root = this.s.slug(\"el\")|{\"s\":\"Ελληνικά & ψ\"}|ellinika-kai-ps",
        "root = this.s.slug(\"DEU\")|{\"s\":\"Grüße & Küsse\"}|gruesse-und-kuesse",
        "root = this.s.slug(\"nn\")|{\"s\":\"Blåbær\"}|blaabaer",
        "root = this.s.slug(\"xx\")|{\"s\":\"R&D @ Øst\"}|randd-at-ost",
        "root = this.s.strip_html()|{\"s\":\"<b>Tom & Jerry's</b><script>x</script><!-- c -->\"}|Tom &amp; Jerry&#39;s",
        "root = this.s.unicode_segments(\"word\")|{\"s\":\"Hi, you\"}|[\"Hi\",\",\",\" \",\"you\"]",
        "root = this.s.re_find_all(\"a*\")|{\"s\":\"baaac\"}|[\"\",\"aaa\",\"\"]",
        "root = this.s.re_replace_all(\"(?P<w>\\\\w+)\", \"<${w}>$1x\")|{\"s\":\"hi yo\"}|<hi> <yo>",
        "root = this.s.re_replace_all(\"a(x*)b\", \"$$1\")|{\"s\":\"-ab-axxb-\"}|-$1-$1-",
        "root = this.s.re_find_object(\"(a)(?P<n>z)?\")|{\"s\":\"xa\"}|{\"0\":\"a\",\"1\":\"a\",\"n\":\"\"}",
        "root = this.s.re_find_object(\"q\")|{\"s\":\"xa\"}|{}",
        "root = this.s.re_match(\"(?i)HELLO\")|{\"s\":\"say hello\"}|true"
    })
    void behavesLikeGo(String mapping, String input, String expected) {
        assertThat(MappingRunner.run(mapping, input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "root = this.s.re_match(\"a(?=b)\")|{\"s\":\"ab\"}|error parsing regexp: invalid or unsupported Perl syntax: `(?=`",
        "root = this.s.unquote()|{\"s\":\"'ab'\"}|invalid syntax",
        "root = this.s.unescape_url_query()|{\"s\":\"%zz\"}|invalid URL escape \"%zz\"",
        "root = this.s.uppercase()|{\"s\":5}|expected string value, got number",
        "root = this.s.replace_all_many([\"a\"])|{\"s\":\"x\"}|invalid arg, replacements should be in pairs and must therefore be even: [a]",
        "root = this.s.repeat(-1)|{\"s\":\"x\"}|invalid count, must be greater than or equal to zero: -1"
    })
    void failsLikeGo(String mapping, String input, String messagePart) {
        assertThatThrownBy(() -> MappingRunner.run(mapping, input)).isInstanceOf(BloblangException.class)
                .hasMessageContaining(messagePart);
    }
}

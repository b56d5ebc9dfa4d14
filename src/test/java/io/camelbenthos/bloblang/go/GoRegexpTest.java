package io.camelbenthos.bloblang.go;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Go regexp semantics on top of RE2/J; expectations from Go's regexp docs and all_test.go. */
class GoRegexpTest {

    @ParameterizedTest(name = "compile({0}) -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "a(?=b)|error parsing regexp: invalid or unsupported Perl syntax: `(?=`",
        "(?<!a)b|error parsing regexp: invalid named capture: `(?<!a)b`", // Go >= 1.22 reads (?< as a named group
        "(a)\\1|error parsing regexp: invalid escape sequence: `\\1`",
        "(|error parsing regexp: missing closing ): `(`",
        "x**|error parsing regexp: invalid nested repetition operator: `**`"
    })
    void rejectsWhatGoRejects(String expr, String message) {
        assertThatThrownBy(() -> GoRegexp.compile(expr)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void goSyntax() {
        assertThat(GoRegexp.compile("(?U)a+").findAllString("aaa")).containsExactly("a", "a", "a");
        assertThat(GoRegexp.compile("[[:alpha:]]+").findAllString("ab1cd")).containsExactly("ab", "cd");
        assertThat(GoRegexp.compile("\\s+").findAllString("a\u000bb c")).containsExactly(" ");
        assertThat(GoRegexp.compile("(?P<first>\\w+) (?<last>\\w+)").subexpNames()).containsExactly("", "first", "last");
    }

    @Test
    void findAllFollowsGoIteration() {
        assertThat(GoRegexp.compile("a*").findAllString("baaac")).containsExactly("", "aaa", "");
        assertThat(GoRegexp.compile("a.").findAllString("paranormal")).containsExactly("ar", "an", "al");
        assertThat(GoRegexp.compile("").findAllString("hé")).containsExactly("", "", "");
        assertThat(GoRegexp.compile("a(x*)b").findAllStringSubmatch("-axxb-ab-"))
                .containsExactly(List.of("axxb", "xx"), List.of("ab", ""));
        assertThat(GoRegexp.compile("a(x)?b").findStringSubmatch("ab")).containsExactly("ab", "");
        assertThat(GoRegexp.compile("z").findStringSubmatch("ab")).isNull();
    }

    @Test
    void byteOffsets() {
        int[] g = GoRegexp.compile("l+").findSubmatchIndex(GoUtf8.encode("héllo"));
        assertThat(g).containsExactly(3, 5);
        assertThat(GoRegexp.compile("o").findAllSubmatchIndex("😀o", -1).get(0)).containsExactly(4, 5);
    }

    @ParameterizedTest(name = "{0}.ReplaceAllString({1}, {2}) = {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "ADD ([0-9]+)|foo ADD 70|+($1)|foo +(70)",
        "(\\w{2})\\w+@|alice@example.com|$1***@|al***@example.com",
        "a(x*)b|-ab-axxb-|$1W|---",
        "a(x*)b|-ab-axxb-|${1}W|-W-xxW-",
        "a(?P<x>x*)b|-ab-axxb-|${x}|--xx-",
        "a(?P<x>x*)b|-ab-axxb-|$x$|-$-xx$-",
        "a(x*)b|-ab-axxb-|$$1|-$1-$1-",
        "a(x*)b|-ab-axxb-|${1|-${1-${1-",
        "a(x*)b|-ab-axxb-|$|-$-$-",
        "a*|baaac|X|XbXcX",
        "x*|abc|-|-a-b-c-",
        "a(b)|ab|$01|",
        "(?P<name>\\w+)|hi there|<$name>|<hi> <there>",
        "é|aéb|$0$0|aééb"
    })
    void replaceAllExpandsGoTemplates(String expr, String src, String template, String expected) {
        assertThat(GoRegexp.compile(expr).replaceAllString(src, template)).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void replaceAllLiteral() {
        assertThat(new String(GoRegexp.compile("b").replaceAllLiteral("abc".getBytes(), "$1".getBytes())))
                .isEqualTo("a$1c");
    }

    @Test
    void match() {
        assertThat(GoRegexp.compile("[0-9]").matchString("there are 10 puppies")).isTrue();
        assertThat(GoRegexp.compile("[0-9]").matchString("there are ten puppies")).isFalse();
    }
}

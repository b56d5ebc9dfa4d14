package io.camelbenthos.bloblang.formats;

import static io.camelbenthos.bloblang.methods.TestJson.parse;
import static io.camelbenthos.bloblang.methods.TestJson.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** r3labs/diff changelogs (the cases of Connect's own tests) and JSONPath. */
class ChangelogTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "create from nothing|{}|{\"summary\":\"a\"}|[{\"From\":null,\"Path\":[\"summary\"],\"To\":\"a\",\"Type\":\"create\"}]",
        "null to array|{\"summary\":null}|{\"summary\":[]}|[{\"From\":null,\"Path\":[\"summary\"],\"To\":[],\"Type\":\"update\"}]",
        "change|{\"summary\":\"a\"}|{\"summary\":\"b\"}|[{\"From\":\"a\",\"Path\":[\"summary\"],\"To\":\"b\",\"Type\":\"update\"}]",
        "add to array|{\"s\":[\"a\"]}|{\"s\":[\"a\",\"b\"]}|[{\"From\":null,\"Path\":[\"s\",\"1\"],\"To\":\"b\",\"Type\":\"create\"}]",
        "remove from array|{\"s\":[\"a\",\"b\"]}|{\"s\":[\"a\"]}|[{\"From\":\"b\",\"Path\":[\"s\",\"1\"],\"To\":null,\"Type\":\"delete\"}]",
        "array order ignored|{\"s\":[\"a\",\"b\"]}|{\"s\":[\"b\",\"a\"]}|[]",
        "remove key|{\"s\":{\"a\":\"b\",\"c\":\"d\"}}|{\"s\":{\"a\":\"b\"}}|[{\"From\":\"d\",\"Path\":[\"s\",\"c\"],\"To\":null,\"Type\":\"delete\"}]",
        "doc example|{\"name\":\"Alice\",\"age\":30}|{\"name\":\"Alice\",\"age\":31,\"city\":\"NYC\"}|"
                + "[{\"From\":30,\"Path\":[\"age\"],\"To\":31,\"Type\":\"update\"},{\"From\":null,\"Path\":[\"city\"],\"To\":\"NYC\",\"Type\":\"create\"}]",
    })
    void diffs(String name, String before, String after, String expected) {
        assertThat(write(Changelog.diff(parse(before), parse(after)))).isEqualTo(expected);
    }

    @Test
    void diffAgainstNullDeletesEveryKey() {
        assertThat(write(Changelog.diff(parse("{\"summary\":\"a\"}"), null)))
                .isEqualTo("[{\"From\":\"a\",\"Path\":[\"summary\"],\"To\":null,\"Type\":\"delete\"}]");
    }

    @Test
    void differentGoTypesCannotBeDiffed() {
        assertThatThrownBy(() -> Changelog.diff(parse("{\"a\":1}"), parse("{\"a\":\"1\"}"))).hasMessage("types do not match");
    }

    @Test
    void patchesAreTheInverseOfDiffs() {
        Object before = parse("{\"name\":\"Alice\",\"age\":30,\"tags\":[\"x\"],\"old\":true}");
        Object after = parse("{\"name\":\"Alice\",\"age\":31,\"tags\":[\"x\",\"y\"],\"city\":{\"n\":\"NYC\"}}");
        Object patched = Changelog.patch(parse(write(before)), Changelog.decode(Changelog.diff(before, after)));
        assertThat(write(patched)).isEqualTo(write(after));
    }

    @Test
    void patchesTheDocExample() {
        Object changes = parse("[{\"Type\":\"create\",\"Path\":[\"debug\"],\"From\":null,\"To\":true},"
                + "{\"Type\":\"update\",\"Path\":[\"timeout\"],\"From\":60,\"To\":30}]");
        assertThat(write(Changelog.patch(parse("{\"timeout\":60}"), Changelog.decode(changes))))
                .isEqualTo("{\"debug\":true,\"timeout\":30}");
        assertThatThrownBy(() -> Changelog.decode(parse("[{\"Path\":[1]}]")))
                .hasMessage("'[0].Path[0]' expected type 'string', got unconvertible type 'number'");
    }

    @Test
    void jsonPathMatchesTheDocExamples() {
        JsonPathQuery names = JsonPathQuery.compile("$..name");
        assertThat(write(names.apply(parse("{\"name\":\"alice\",\"foo\":{\"name\":\"bob\"}}")))).isEqualTo("[\"alice\",\"bob\"]");
        assertThat(write(names.apply(parse("{\"thing\":[\"this\",\"bar\",{\"name\":\"alice\"}]}")))).isEqualTo("[\"alice\"]");
        assertThat(write(JsonPathQuery.compile("$.body[?(@.type=='text')]")
                .apply(parse("{\"body\":[{\"type\":\"image\",\"id\":\"foo\"},{\"type\":\"text\",\"id\":\"bar\"}]}"))))
                .isEqualTo("[{\"id\":\"bar\",\"type\":\"text\"}]");
        assertThat(write(JsonPathQuery.compile("$.a.b").apply(parse("{\"a\":{\"b\":[1,2.5]}}")))).isEqualTo("[1,2.5]");
        assertThatThrownBy(() -> JsonPathQuery.compile("$.a.b").apply(parse("{}"))).isInstanceOf(FormatException.class);
        assertThatThrownBy(() -> JsonPathQuery.compile("$[")).isInstanceOf(FormatException.class);
    }
}

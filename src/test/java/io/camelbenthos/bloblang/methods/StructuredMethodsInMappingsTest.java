package io.camelbenthos.bloblang.methods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Environment;
import io.camelbenthos.message.Message;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The library's methods inside real mappings: chaining, error annotations and parse-time folding. */
class StructuredMethodsInMappingsTest {
    private static String run(String mapping, String input) {
        return Environment.standard().parse(mapping).apply(Message.of(input)).orElseThrow().contentAsString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "root = this.csv.parse_csv().map_each(r -> r.b.number()).sum()|{\"csv\":\"a,b\\n1,2\\n3,4.5\"}|6.5",
        "root = this.doc.format_yaml().string().parse_yaml() == this.doc|{\"doc\":{\"a\":[1,\"yes\",{\"b\":null}]}}|true",
        "root = this.doc.format_msgpack().parse_msgpack()|{\"doc\":{\"a\":\"b\"}}|{\"a\":\"b\"}",
        "root = this.xs.sort_by(x -> x.n).map_each(x -> x.id).join(\",\")|{\"xs\":[{\"id\":\"b\",\"n\":2},{\"id\":\"a\",\"n\":1}]}|a,b",
        "root = this.a.merge(this.b).squash()|{\"a\":[{\"x\":1}],\"b\":[{\"x\":2,\"y\":3}]}|{\"x\":[1,2],\"y\":3}",
        "root = this.u.parse_url().user.password|{\"u\":\"https://me:secret@host/p\"}|secret",
        "root = this.body.bloblang(\"root = this.n * 2\")|{\"body\":{\"n\":21}}|42",
    })
    void chainsWithTheEngine(String mapping, String input, String expected) {
        assertThat(run(mapping, input)).isEqualTo(expected);
    }

    @Test
    void errorsNameTheTarget() {
        assertThatThrownBy(() -> run("root = this.a.sort()", "{\"a\":\"x\"}")).isInstanceOf(BloblangException.class)
                .hasMessage("failed assignment (line 1): expected array value, got string from field `this.a` (\"x\")");
        assertThatThrownBy(() -> run("root = this.a.not_empty()", "{\"a\":[]}"))
                .hasMessage("failed assignment (line 1): field `this.a`: array value is empty");
        assertThatThrownBy(() -> run("root = this.a.bloblang(\"root = content()\")", "{\"a\":1}"))
                .hasMessageContaining("unrecognised function 'content'");
    }

    @Test
    void literalArgumentsAreCheckedWhenTheMappingIsParsed() {
        assertThatThrownBy(() -> Environment.standard().parse("root = this.a.zip([1], [1, 2])"))
                .isInstanceOf(BloblangException.class).hasMessageContaining("can't zip different length array values");
        assertThatThrownBy(() -> Environment.standard().parse("root = this.json_schema(\"{nope\")"))
                .isInstanceOf(BloblangException.class).hasMessageContaining("failed to parse json schema definition");
    }
}

package io.camelbenthos.bloblang.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.message.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VarFunctionTest {
    private static String map(String mapping, String input) {
        return Bloblang.parse(mapping).apply(Message.of(input)).orElseThrow().contentAsString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            let foo = "bar"\\nroot = var("foo")                          | {}                | bar
            let foo = null\\nroot = var("foo")                           | {}                | null
            let a = 1\\nlet b = 2\\nroot = var(this.which)                | {"which":"b"}    | 2
            let o = {"k":[1]}\\nroot = var("o").k.index(0)               | {}                | 1
            map m {\\n let x = this.v\\n root = var("x")\\n}\\nroot = this.apply("m") | {"v":"in map"} | in map
            """)
    void readsLetVariablesLikeDollarName(String mapping, String input, String expected) {
        assertThat(map(mapping.replace("\\n", "\n"), input)).isEqualTo(expected);
    }

    @Test
    void missingVariableFailsAsBenthosDoes() {
        assertThatThrownBy(() -> map("root = var(\"nope\")", "{}")).isInstanceOf(BloblangException.class)
                .hasMessage("failed assignment (line 1): variable 'nope' undefined");
        // A map runs with its own variables: the caller's are not visible inside it.
        assertThatThrownBy(() -> map("map m {\n root = var(\"foo\")\n}\nlet foo = 1\nroot = this.apply(\"m\")", "{}"))
                .isInstanceOf(BloblangException.class).hasMessageEndingWith("variable 'foo' undefined");
    }

    @Test
    void errorsNameTheVariableAsDollarNameDoes() {
        assertThatThrownBy(() -> map("let foo = 5\nroot = var(\"foo\").uppercase()", "{}"))
                .hasMessage("failed assignment (line 2): expected string value, got number from variable foo (5)");
        assertThatThrownBy(() -> map("let foo = null\nroot = var(\"foo\").not_null()", "{}"))
                .hasMessage("failed assignment (line 2): variable foo: value is null");
    }

    @Test
    void contextsWithoutVariablesSayTheyHaveNone() {
        assertThatThrownBy(() -> FunctionCalls.call(new VarFunction(), "foo")).isInstanceOf(QueryException.class)
                .hasMessage("variables were undefined");
    }
}

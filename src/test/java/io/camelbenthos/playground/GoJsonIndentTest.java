package io.camelbenthos.playground;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected texts are what Go's json.Indent(dst, src, "", "  ") prints. */
class GoJsonIndentTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `{"a":1}`                      | `{\\n  "a": 1\\n}`
            `{"a":{"b":[1,2]}}`            | `{\\n  "a": {\\n    "b": [\\n      1,\\n      2\\n    ]\\n  }\\n}`
            `{}`                           | `{}`
            `[]`                           | `[]`
            `{"a":[],"b":{}}`              | `{\\n  "a": [],\\n  "b": {}\\n}`
            `{"s":"x,y:{[\\"]}"}`          | `{\\n  "s": "x,y:{[\\"]}"\\n}`
            `"plain"`                      | `"plain"`
            `1.5e+21`                      | `1.5e+21`
            `[null,true]`                  | `[\\n  null,\\n  true\\n]`
            """)
    void indentsLikeGo(String compact, String expected) {
        assertThat(GoJsonIndent.indent(compact)).isEqualTo(expected.replace("\\n", "\n"));
    }
}

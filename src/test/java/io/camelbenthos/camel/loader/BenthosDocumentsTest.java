package io.camelbenthos.camel.loader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BenthosDocumentsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            benthos input/output           | 'input:\n  stdin: {}\noutput:\n  stdout: {}\n'      | true
            benthos pipeline only          | 'pipeline:\n  processors: []\n'                     | true
            mapping without Camel keys     | 'http:\n  enabled: false\n'                         | true
            camel route list               | '- route:\n    from:\n      uri: timer:x\n'        | false
            camel pipe                     | 'apiVersion: camel.apache.org/v1\nkind: Pipe\n'     | false
            empty file                     | ''                                                  | false
            comment only                   | '# nothing\n'                                       | false
            malformed benthos mapping      | 'input: [\n'                                        | true
            malformed after a camel key    | 'apiVersion: v1\nkind: [\n'                         | false
            malformed camel route list     | '- route:\n    from: [\n'                          | false
            malformed before any node      | '%\n'                                               | false
            scalar                         | 'hello'                                             | false
            """)
    void recognisesBenthosConfigs(String name, String text, boolean benthos) {
        assertThat(BenthosDocuments.isBenthos(text.replace("\\n", "\n"))).isEqualTo(benthos);
    }
}

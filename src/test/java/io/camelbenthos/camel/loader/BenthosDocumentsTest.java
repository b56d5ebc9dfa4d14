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
            malformed yaml                 | 'input: [\n'                                        | false
            scalar                         | 'hello'                                             | false
            """)
    void recognisesBenthosConfigs(String name, String text, boolean benthos) {
        assertThat(BenthosDocuments.isBenthos(text.replace("\\n", "\n"))).isEqualTo(benthos);
    }
}

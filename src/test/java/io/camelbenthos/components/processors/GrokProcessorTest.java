package io.camelbenthos.components.processors;

import static io.camelbenthos.components.processors.ProcessorTestSupport.harness;
import static io.camelbenthos.components.processors.ProcessorTestSupport.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.grok.GrokExpression;
import io.camelbenthos.grok.GrokPatterns;
import io.camelbenthos.testing.StreamHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grok}, rules from the processors reference §16. */
class GrokProcessorTest {
    @TempDir
    Path dir;

    private static String run(String grok, String body) throws Exception {
        try (StreamHarness h = harness("- grok:\n" + grok.indent(4))) {
            Exchange e = send(h, body);
            Throwable error = BenthosExchange.error(e);
            return error != null ? "error: " + error.getMessage() : StreamHarness.body(e);
        }
    }

    @Test
    void theDefaultPatternSetIsBenthossCoreSet() {
        assertThat(GrokPatterns.defaults()).hasSize(76).containsKeys("COMBINEDAPACHELOG", "LOGLEVEL", "IPV6")
                .doesNotContainKey("JAVACLASS");
    }

    @Test
    void everyDefaultPatternCompilesAndTheApacheLogParses() throws Exception {
        for (String name : GrokPatterns.defaults().keySet()) {
            GrokExpression.compile("%{" + name + ":x}", GrokPatterns.defaults(), true, true);
        }
        assertThat(run("""
                expressions: ['%{COMBINEDAPACHELOG}']
                """, "127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] \"GET /a.gif HTTP/1.0\" 200 2326 "
                + "\"http://example.com/\" \"curl/8\"")).isEqualTo("{\"agent\":\"\\\"curl/8\\\"\","
                + "\"auth\":\"frank\",\"bytes\":\"2326\",\"clientip\":\"127.0.0.1\",\"httpversion\":\"1.0\","
                + "\"ident\":\"-\",\"referrer\":\"\\\"http://example.com/\\\"\",\"request\":\"/a.gif\","
                + "\"response\":\"200\",\"timestamp\":\"10/Oct/2000:13:55:36 -0700\",\"verb\":\"GET\"}");
    }

    @Test
    void theDocsExampleParsesALogLineWithTypedValues() throws Exception {
        assertThat(run("""
                expressions:
                  - '%{TIMESTAMP_ISO8601:timestamp} %{LOGLEVEL:level} %{GREEDYDATA:message}'
                  - '%{NUMBER:code:int} %{NUMBER:ratio:float}'
                """, "2019-05-16T11:31:32Z ERROR Failed to read line")).isEqualTo(
                "{\"level\":\"ERROR\",\"message\":\"Failed to read line\",\"timestamp\":\"2019-05-16T11:31:32Z\"}");
        assertThat(run("""
                expressions:
                  - '%{NUMBER:code:int} %{NUMBER:ratio:float}'
                """, "took 42 0.5")).isEqualTo("{\"code\":42,\"ratio\":0.5}");
    }

    @Test
    void anAliasWithDotsBuildsNestedObjects() throws Exception {
        assertThat(run("""
                expressions: ['%{WORD:user.name}@%{HOSTNAME:user.host}']
                """, "bob@example.com")).isEqualTo("{\"user\":{\"host\":\"example.com\",\"name\":\"bob\"}}");
    }

    @Test
    void withoutNamedCapturesOnlyUnaliasedReferencesCaptureUnderThePatternName() throws Exception {
        assertThat(run("""
                expressions: ['%{WORD} %{INT:n}']
                named_captures_only: false
                """, "abc 12")).isEqualTo("{\"WORD\":\"abc\",\"n\":\"12\"}");
        assertThat(run("""
                expressions: ['%{WORD} %{INT:n}']
                """, "abc 12")).isEqualTo("{\"n\":\"12\"}");
    }

    @Test
    void patternDefinitionsAndRawNamedGroupsCapture() throws Exception {
        assertThat(run("""
                expressions: ['%{GREETING:g} (?P<who>\\w+)']
                pattern_definitions:
                  GREETING: 'hello|hi'
                use_default_patterns: false
                """, "well hi there")).isEqualTo("{\"g\":\"hi\",\"who\":\"there\"}");
    }

    @Test
    void emptyCapturesAreRemovedUnlessAsked() throws Exception {
        String grok = """
                expressions: ['%{WORD:a}-(?P<b>x?)-']
                """;
        assertThat(run(grok, "w--")).isEqualTo("{\"a\":\"w\"}");
        assertThat(run(grok + "remove_empty_values: false\n", "w--")).isEqualTo("{\"a\":\"w\",\"b\":\"\"}");
    }

    @Test
    void aValueThatDoesNotConvertFailsTheExpressionAndTheNextIsTried() throws Exception {
        assertThat(run("""
                expressions:
                  - '%{WORD:n:int}'
                  - '%{WORD:w}'
                """, "abc")).isEqualTo("{\"w\":\"abc\"}");
    }

    @Test
    void noMatchFlagsTheMessageUnchanged() throws Exception {
        assertThat(run("""
                expressions: ['%{IPV4:ip}']
                """, "no address here")).isEqualTo("error: no pattern matches found");
    }

    @Test
    void patternFilesOverrideDefinitionsAndDirectoriesAndGlobsAreRead() throws Exception {
        Path nested = Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("one.grok"), "# comment\n\nFRUIT apple|pear\n");
        Files.writeString(nested.resolve("two.grok"), "COLOUR red|green\n");
        assertThat(run("""
                expressions: ['%%{COLOUR:c} %%{FRUIT:f}']
                pattern_definitions: {FRUIT: 'plum'}
                pattern_paths: ['%s', '%s/**/*.grok']
                """.formatted(dir.resolve("one.grok"), dir), "green pear")).isEqualTo("{\"c\":\"green\",\"f\":\"pear\"}");
        assertThat(run("""
                expressions: ['%%{FRUIT:f}']
                pattern_paths: ['%s']
                """.formatted(dir), "apple")).as("a directory means its files").isEqualTo("{\"f\":\"apple\"}");
    }

    @Test
    void anUnknownPatternIsAConfigError() {
        assertThatThrownBy(() -> harness("""
                - grok: {expressions: ['%{NOPE:x}']}
                """)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("failed to compile Grok pattern '%{NOPE:x}': no pattern found for %{NOPE}");
    }
}

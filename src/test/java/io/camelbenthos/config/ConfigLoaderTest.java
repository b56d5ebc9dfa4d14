package io.camelbenthos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Parsing, defaults, positions and the lint messages of broken configs. */
class ConfigLoaderTest {
    private static ConfigLoader loader(Map<String, String> env, String... sets) {
        return new ConfigLoader(ComponentRegistry.defaultRegistry(), env, List.of(sets));
    }

    private static List<String> lint(String yaml) {
        return loader(Map.of()).lint("c.yaml", yaml);
    }

    @Test
    void appliesDefaultsAndInfersComponentTypes() {
        StreamConfig c = loader(Map.of()).parse("dir/my-stream.yaml", """
                input:
                  label: in
                  test_direct:
                    name: x
                output:
                  broker:
                    outputs:
                      - drop: {}
                """);
        assertThat(c.id()).isEqualTo("my-stream");
        assertThat(c.input().type()).isEqualTo("test_direct");
        assertThat(c.input().label()).isEqualTo("in");
        assertThat(c.input().path()).isEqualTo("root.input");
        assertThat(c.output().string("pattern")).isEqualTo("fan_out");
        assertThat(c.output().isSet("pattern")).isFalse();
        assertThat(c.output().integer("copies")).isEqualTo(1);
        assertThat(c.output().components("outputs").get(0).path()).isEqualTo("root.output.broker.outputs.0");
        assertThat(c.pipelineThreads()).isEqualTo(-1);
        assertThat(c.shutdownTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(c.logLevel()).isEqualTo("INFO");
        assertThat(c.http().string("address")).isEqualTo("0.0.0.0:4195");
        assertThat(c.http().object("cors").bool("enabled")).isFalse();
    }

    @Test
    void defaultsInputToStdinAndOutputToStdout() {
        StreamConfig c = loader(Map.of()).parse("c.yaml", "");
        assertThat(c.input().type()).isEqualTo("stdin");
        assertThat(c.input().string("codec")).isEqualTo("lines");
        assertThat(c.output().type()).isEqualTo("stdout");
    }

    @Test
    void remembersWhereValuesWereWritten() {
        StreamConfig c = loader(Map.of()).parse("c.yaml", """
                input:
                  test_direct:
                    name: x
                output:
                  drop: {}
                shutdown_timeout: 3s
                """);
        assertThat(c.input().position()).isEqualTo(new Position("c.yaml", 2, 3));
        assertThat(c.input().position("name")).isEqualTo(new Position("c.yaml", 3, 11));
        assertThat(c.root().position("shutdown_timeout")).isEqualTo(new Position("c.yaml", 6, 19));
        assertThat(c.shutdownTimeout()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void explicitTypeKeyIsAccepted() {
        StreamConfig c = loader(Map.of()).parse("c.yaml", """
                output:
                  type: drop
                """);
        assertThat(c.output().type()).isEqualTo("drop");
    }

    @Test
    void interpolatesEnvironmentVariablesBeforeParsing() {
        StreamConfig c = loader(Map.of("NAME", "from-env", "TIMEOUT", "")).parse("c.yaml", """
                input:
                  test_direct:
                    name: ${NAME}
                shutdown_timeout: ${TIMEOUT:7s}
                """);
        assertThat(c.input().string("name")).isEqualTo("from-env");
        assertThat(c.shutdownTimeout()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void setOverridesDottedPathsAndIsValidatedLikeTheFile() {
        StreamConfig c = loader(Map.of(), "input.test_direct.name=overridden", "pipeline.threads=4",
                "output.broker.outputs.0={drop: {}}").parse("c.yaml", """
                input:
                  test_direct:
                    name: x
                output:
                  broker:
                    outputs:
                      - reject: no
                """);
        assertThat(c.input().string("name")).isEqualTo("overridden");
        assertThat(c.pipelineThreads()).isEqualTo(4);
        assertThat(c.output().components("outputs").get(0).type()).isEqualTo("drop");
        assertThat(loader(Map.of(), "pipeline.threads=many").lint("c.yaml", "")).containsExactly(
                "c.yaml:1:1: expected int value, got !!str");
    }

    @Test
    void resourcesAreReadByLabel() {
        StreamConfig c = loader(Map.of()).parse("c.yaml", """
                pipeline:
                  processors:
                    - resource: up
                processor_resources:
                  - label: up
                    test_upper: {}
                """);
        assertThat(c.resources(ComponentKind.PROCESSOR)).containsOnlyKeys("up");
    }

    static Stream<Arguments> brokenConfigs() {
        return Stream.of(
                Arguments.of("unknown top-level field", """
                        inptu:
                          stdin: {}
                        """, List.of("c.yaml:1:1: field inptu not recognised")),
                Arguments.of("unknown component field", """
                        input:
                          stdin:
                            codex: lines
                        """, List.of("c.yaml:3:5: field codex not recognised")),
                Arguments.of("unknown component", """
                        input:
                          nope: {}
                        """, List.of("c.yaml:2:3: unable to infer component type: nope")),
                Arguments.of("two components", """
                        output:
                          drop: {}
                          stdout: {}
                        """, List.of("c.yaml:2:3: unable to infer output type, multiple candidates 'drop' and 'stdout'")),
                Arguments.of("stray key next to a component", """
                        output:
                          drop: {}
                          foo: bar
                        """, List.of("c.yaml:3:3: field foo is invalid when the component type is drop (output)")),
                Arguments.of("explicit unknown type", """
                        output:
                          type: nope
                        """, List.of("c.yaml:2:3: failed to obtain docs for output type nope")),
                Arguments.of("missing required field", """
                        input:
                          test_direct: {}
                        """, List.of("c.yaml:2:16: field name is required")),
                Arguments.of("enum violation", """
                        output:
                          broker:
                            pattern: everywhere
                            outputs: [drop: {}]
                        """, List.of("c.yaml:3:14: value everywhere is not a valid option for this field")),
                Arguments.of("wrong types", """
                        pipeline:
                          threads: lots
                          processors:
                            catch: {}
                        output:
                          stdout: hello
                        shutdown_timeout: soon
                        """, List.of("c.yaml:2:12: expected int value, got !!str",
                        "c.yaml:4:5: expected array value, got !!map",
                        "c.yaml:6:11: expected object value, got !!str",
                        "c.yaml:7:19: time: invalid duration \"soon\"")),
                Arguments.of("bad and colliding labels", """
                        input:
                          label: Bad
                          stdin: {}
                        pipeline:
                          processors:
                            - label: same
                              test_upper: {}
                            - label: same
                              test_upper: {}
                        """, List.of("c.yaml:2:10: invalid label 'Bad': should match [a-z0-9_-]+ and not start with an underscore or hyphen",
                        "c.yaml:8:14: label 'same' collides with a previously defined label at line 6")),
                Arguments.of("resources", """
                        pipeline:
                          processors:
                            - resource: missing
                        processor_resources:
                          - test_upper: {}
                        """, List.of("c.yaml:3:17: processor resource 'missing' was not found",
                        "c.yaml:5:5: the label field for resources must be unique and not empty")),
                Arguments.of("unknown buffer", """
                        buffer:
                          lifo: {}
                        """, List.of("c.yaml:2:3: unable to infer component type: lifo")),
                Arguments.of("a memory buffer's field", """
                        buffer:
                          memory:
                            limt: 5
                            batch_policy: {enabled: maybe}
                        """, List.of("c.yaml:3:5: field limt not recognised", "c.yaml:4:29: expected bool value, got !!str")),
                Arguments.of("missing env vars and several problems at once", """
                        input:
                          test_direct:
                            name: ${MISSING_ONE}
                        output:
                          drop: {}
                          label: ${MISSING_TWO}
                          extra: 1
                        """, List.of("c.yaml:1:1: required environment variables were not set: [MISSING_ONE MISSING_TWO]",
                        "c.yaml:7:3: field extra is invalid when the component type is drop (output)")),
                Arguments.of("bloblang errors at their place in the file", """
                        pipeline:
                          processors:
                            - mapping: 'root = 5 +'
                            - mapping: |
                                root = this
                                root.x = 5 +
                        output:
                          reject: 'x ${! nope( }'
                        """, List.of("c.yaml:3:27: expected query",
                        "c.yaml:7:9: expected query",
                        "c.yaml:8:24: required: expected function argument")),
                Arguments.of("yaml syntax error", """
                        input:
                          stdin: {
                        """, List.of("c.yaml:3:1: failed to parse YAML: expected the node content, but found '<stream end>'")),
                Arguments.of("yaml syntax error at a line break", """
                        input:
                          http_server: {}&
                        """, List.of("c.yaml:2:19: failed to parse YAML: while scanning an anchor: "
                        + "unexpected character found '\\n'")),
                Arguments.of("a directive inside a document", """
                        input:
                        %
                        """, List.of("c.yaml:2:2: failed to parse YAML: while scanning a directive: "
                        + "expected alphabetic or numeric character, but found '\\n'")),
                Arguments.of("a control character", """
                        input:
                          stdin:
                            codec: li\0nes
                        """, List.of("c.yaml:3:14: failed to parse YAML: special characters are not allowed, found '\\x00'")),
                Arguments.of("duplicate top-level key", """
                        input:
                          stdin: {}
                        input:
                          generate:
                            mapping: root = 1
                        """, List.of("c.yaml:3:1: mapping key \"input\" already defined at line 1")),
                Arguments.of("duplicate keys at every level", """
                        input:
                          stdin:
                            codec: lines
                            codec: all-bytes
                        pipeline:
                          processors:
                            - mapping: root = 1
                              mapping: root = 2
                        processor_resources:
                          - label: up
                            test_upper: {}
                            label: down
                        """, List.of("c.yaml:4:5: mapping key \"codec\" already defined at line 3",
                        "c.yaml:8:7: mapping key \"mapping\" already defined at line 7",
                        "c.yaml:12:5: mapping key \"label\" already defined at line 10")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenConfigs")
    void reportsEveryProblemWithItsPosition(String name, String yaml, List<String> expected) {
        assertThat(lint(yaml)).containsExactlyElementsOf(expected);
    }

    @Test
    void aBrokenConfigThrowsAllProblemsInOneException() {
        assertThatThrownBy(() -> loader(Map.of()).parse("c.yaml", "a: 1\nb: 2\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("c.yaml:1:1: field a not recognised\nc.yaml:2:1: field b not recognised");
    }

    @Test
    void streamIdsComeFromFileNames() {
        assertThat(ConfigLoader.streamId("/a/b/http.yaml")).isEqualTo("http");
        assertThat(ConfigLoader.streamId("file:routes/x.benthos.yaml")).isEqualTo("x");
        assertThat(ConfigLoader.streamId("odd name.yml")).isEqualTo("odd_name");
    }
}

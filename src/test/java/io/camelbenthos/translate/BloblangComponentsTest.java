package io.camelbenthos.translate;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.config.ConfigLoader;
import io.camelbenthos.runtime.StreamsRunner;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** The engine-backed components (mapping, mutation, bloblang, switch checks, generate, log, reject) in real Camel. */
class BloblangComponentsTest {

    @Test
    void mappingBuildsANewMessageAndKeepsMetadataChanges() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - mapping: |
                        meta topic = "t1"
                        root.upper = this.name.uppercase()
                    - bloblang: 'root = this.upper + " " + @topic'
                output:
                  test_sink: {name: out}
                """)) {
            assertThat(h.send("in", "{\"name\":\"abc\"}").getException()).isNull();
            assertThat(TestComponents.sink("out")).containsExactly("ABC t1");
        }
    }

    @Test
    void mutationEditsTheDocumentInPlace() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - mutation: 'root.b = this.a + 1'
                output:
                  test_sink: {name: out}
                """)) {
            h.send("in", "{\"a\":1,\"z\":true}");
            assertThat(TestComponents.sink("out")).containsExactly("{\"a\":1,\"b\":2,\"z\":true}");
        }
    }

    @Test
    void aFailingMappingFlagsTheMessageWhichFlowsOnUnchanged() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - mapping: 'root.b = this.a + 1'
                    - test_append: "-flowed-on"
                output:
                  test_sink: {name: out}
                """)) {
            Exchange result = h.send("in", "{\"a\":\"x\"}");
            assertThat(result.getException()).as("a flagged message is still acked").isNull();
            assertThat(TestComponents.sink("out")).containsExactly("{\"a\":\"x\"}-flowed-on [error: failed assignment (line 1): "
                    + "cannot add types string (from field `this.a`) and number (from number literal)]");
        }
    }

    @Test
    void deletedMessagesAreDroppedAndAckedAndThrowFlagsWithItsText() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - mapping: 'root = if content().string() == "drop" { deleted() } else { content() }'
                    - mutation: 'root = if content().string() == "fail" { throw("the processor failed") } else { content() }'
                output:
                  test_sink: {name: out}
                """)) {
            Exchange dropped = h.send("in", "drop");
            assertThat(dropped.getException()).isNull();
            assertThat(dropped.getProperty(io.camelbenthos.camel.BenthosExchange.DELETED, Boolean.class)).isTrue();
            h.send("in", "keep");
            h.send("in", "fail");
            assertThat(TestComponents.sink("out")).containsExactly("keep",
                    "fail [error: failed assignment (line 1): the processor failed]");
        }
    }

    @Test
    void switchChecksRouteEachMessageToItsCase() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - switch:
                        - check: this.kind == "a"
                          processors:
                            - mapping: 'root = "is a"'
                        - check: this.kind == "b"
                          processors:
                            - mapping: 'root = "is b"'
                    - log:
                        level: DEBUG
                        message: 'saw ${! this.kind }'
                output:
                  test_sink: {name: out}
                """)) {
            h.send("in", "{\"kind\":\"b\"}");
            h.send("in", "{\"kind\":\"a\"}");
            h.send("in", "{\"kind\":\"c\"}");
            assertThat(TestComponents.sink("out")).containsExactly("is b", "is a", "{\"kind\":\"c\"}");
        }
    }

    @Test
    void aFailingCheckFlagsTheMessageAndSkipsTheRemainingCases() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - switch:
                        - check: this.kind == "a"
                          processors:
                            - mapping: 'root = "is a"'
                        - processors:
                            - mapping: 'root = "fallback"'
                output:
                  test_sink: {name: out}
                """)) {
            h.send("in", "not json");
            assertThat(TestComponents.sink("out")).singleElement().asString().startsWith("not json [error: ");
        }
    }

    @Test
    void logWritesTheInterpolatedMessageWithItsFieldsAndLeavesTheMessageAlone() throws Exception {
        java.io.PrintStream originalErr = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - log:
                        level: WARN
                        message: 'order ${! this.id } arrived'
                        fields_mapping: 'root.total = this.total'
                output:
                  test_sink: {name: out}
                """)) {
            System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
            h.send("in", "{\"id\":\"o1\",\"total\":12}");
        } finally {
            System.setErr(originalErr);
        }
        assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("order o1 arrived total=12 path=root.pipeline.processors.0");
        assertThat(TestComponents.sink("out")).containsExactly("{\"id\":\"o1\",\"total\":12}");
    }

    @Test
    void rejectInterpolatesItsMessage() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                output:
                  reject: 'no thanks: ${! this.reason }'
                """)) {
            assertThat(h.send("in", "{\"reason\":\"full\"}").getException()).hasMessage("no thanks: full");
        }
    }

    @Test
    void generateMakesCountMessagesThenItsStreamEnds() throws Exception {
        ConfigLoader loader = new ConfigLoader(ComponentRegistry.defaultRegistry(), Map.of(), List.of());
        TestComponents.reset();
        TranslatedStream stream = StreamTranslator.translate(loader.parse("gen.yaml", """
                input:
                  generate:
                    mapping: 'root = "tick"'
                    interval: 1ms
                    count: 3
                    batch_size: 2
                output:
                  test_sink: {name: gen}
                """), ComponentRegistry.defaultRegistry());
        try (StreamsRunner runner = new StreamsRunner(List.of(stream))) {
            runner.start();
            assertThat(runner.awaitTermination(30, TimeUnit.SECONDS)).as("stream ended by itself").isTrue();
        }
        // one transaction per tick, a batch of batch_size messages
        assertThat(TestComponents.sink("gen")).containsExactly("tick|tick", "tick|tick", "tick|tick");
    }
}

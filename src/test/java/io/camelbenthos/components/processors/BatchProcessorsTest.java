package io.camelbenthos.components.processors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.export.ExportRoundTripTest;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import java.util.List;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/**
 * The batch-aware processors (processors reference §7 to §10, §13.4 to §13.6), their examples run in real Camel: a
 * transaction of several messages in, what the output got (one sink entry per transaction, messages joined by "|").
 */
class BatchProcessorsTest {

    private static String config(String processors) {
        return """
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                %s
                output:
                  test_sink: {name: out}
                """.formatted(processors.indent(4));
    }

    private static List<String> run(String processors, String... batch) throws Exception {
        try (StreamHarness h = new StreamHarness(config(processors))) {
            Exchange e = h.sendBatch("in", batch);
            assertThat(e.getException()).isNull();
            return List.copyOf(TestComponents.sink("out"));
        }
    }

    @Test
    void splitMakesATransactionOfEachBatchOfSizeMessages() throws Exception {
        assertThat(run("- split: {size: 2}", "1", "2", "3", "4", "5")).containsExactly("1|2", "3|4", "5");
        assertThat(run("- split: {}", "a", "b")).containsExactly("a", "b");
    }

    @Test
    void splitByByteSizeClosesABatchBeforeItWouldGrowPastIt() throws Exception {
        assertThat(run("- split: {size: 0, byte_size: 4}", "aa", "bb", "cccccc", "d"))
                .containsExactly("aa|bb", "cccccc", "d");
    }

    @Test
    void theProcessorsAfterASplitRunOncePerBatchAndSeeIt() throws Exception {
        assertThat(run("""
                - split: {size: 2}
                - mapping: 'root = content().string() + "/" + batch_size().string()'
                """, "a", "b", "c")).containsExactly("a/2|b/2", "c/1");
    }

    @Test
    void aNackOfOneSplitPartNacksTheInputTransaction() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - split: {}
                output:
                  test_sink: {name: out, fail_first: 1}
                """)) {
            Exchange e = h.sendBatch("in", "a", "b");
            assertThat(e.getException()).hasMessageContaining("out failed attempt 1");
            assertThat(TestComponents.sink("out")).containsExactly("b");
        }
    }

    @Test
    void allPartsDroppedAcksTheInput() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                - split: {}
                - mapping: 'root = deleted()'
                """))) {
            Exchange e = h.sendBatch("in", "a", "b");
            assertThat(e.getException()).isNull();
            assertThat(TestComponents.sink("out")).isEmpty();
        }
    }

    @Test
    void archiveFormatsKeepMessageZerosMetadata() throws Exception {
        assertThat(run("- archive: {format: lines}", "a", "b", "c")).containsExactly("a\nb\nc");
        assertThat(run("- archive: {format: concatenate}", "a", "b")).containsExactly("ab");
        assertThat(run("- archive: {format: json_array}", "{\"a\":1}", "2", "\"x\"")).containsExactly("[{\"a\":1},2,\"x\"]");
        assertThat(run("- archive: {format: json_array}", "{\"a\":1}", "nope"))
                .singleElement().asString().startsWith("{\"a\":1} [error: failed to parse message as JSON: ");
        try (StreamHarness h = new StreamHarness(config("- archive: {format: lines}"))) {
            Exchange e = h.send("in", "x");
            assertThat(BenthosExchange.batch(e).size()).isEqualTo(1);
        }
    }

    @Test
    void binaryTarAndZipArchivesUnarchiveBackWithTheirNames() throws Exception {
        assertThat(run("""
                - archive: {format: binary}
                - unarchive: {format: binary}
                """, "a", "", "ccc")).containsExactly("a||ccc");
        for (String format : List.of("tar", "zip")) {
            assertThat(run("""
                    - archive: {format: %s, path: '${! batch_index() }-${! content() }.txt'}
                    - unarchive: {format: %s}
                    - mapping: 'root = content().string() + "@" + @archive_filename'
                    """.formatted(format, format), "a", "b")).as(format).containsExactly("a@0-a.txt|b@1-b.txt");
        }
    }

    @Test
    void unarchiveLinesKeepsATrailingEmptyLineAndTheParentsMetadata() throws Exception {
        try (StreamHarness h = new StreamHarness(config("- unarchive: {format: lines}"))) {
            Exchange e = h.camel().createProducerTemplate().send("direct:test.in", x -> {
                x.getMessage().setBody("a\nb\n");
                x.getMessage().setHeader("k", "v");
            });
            assertThat(BenthosExchange.batch(e).messages()).extracting(m -> m.contentAsString() + "/" + m.metadata().get("k"))
                    .containsExactly("a/v", "b/v", "/v");
        }
    }

    @Test
    void unarchiveJsonFormats() throws Exception {
        assertThat(run("- unarchive: {format: json_documents}", "{\"a\":1} [2]\n\"x\"", "3"))
                .containsExactly("{\"a\":1}|[2]|\"x\"|3");
        assertThat(run("- unarchive: {format: json_array}", "[1,{\"b\":true}]")).containsExactly("1|{\"b\":true}");
        assertThat(run("- unarchive: {format: json_array}", "{\"a\":1}")).containsExactly(
                "{\"a\":1} [error: failed to parse message into JSON array: invalid type 'map[string]interface {}']");
        assertThat(run("""
                - unarchive: {format: json_map}
                - mapping: 'root = @archive_key + "=" + content().string()'
                """, "{\"x\":1,\"y\":\"z\"}")).containsExactly("x=1|y=\"z\"");
    }

    @Test
    void unarchiveCsvRowsAreObjectsOfStrings() throws Exception {
        assertThat(run("- unarchive: {format: csv}", "name,age\nada,36\n\n\"b,ob\",7\n"))
                .containsExactly("{\"age\":\"36\",\"name\":\"ada\"}|{\"age\":\"7\",\"name\":\"b,ob\"}");
        assertThat(run("- unarchive: {format: 'csv:;'}", "a;b\n1;2")).containsExactly("{\"a\":\"1\",\"b\":\"2\"}");
        assertThat(run("- unarchive: {format: csv}", "a,b\n1,2,3")).containsExactly(
                "a,b\n1,2,3 [error: failed to parse message as csv: record on line 2: wrong number of fields]");
        assertThat(run("""
                - unarchive: {format: csv}
                - mapping: 'root = "kept"'
                """, "a,b", "x")).as("a header-only message has no children and is dropped").isEmpty();
    }

    @Test
    void unarchiveRejectsUnknownFormatsAndBadDelimiters() {
        assertThatThrownBy(() -> new StreamHarness(config("- unarchive: {format: rar}")))
                .hasStackTraceContaining("archive format not recognised: rar");
        assertThatThrownBy(() -> new StreamHarness(config("- unarchive: {format: 'csv:ab'}")))
                .hasStackTraceContaining("csv format requires a single character delimiter");
    }

    @Test
    void groupByValueMakesABatchPerValueInOrderOfFirstAppearance() throws Exception {
        assertThat(run("- group_by_value: {value: '${! json(\"k\") }'}",
                "{\"k\":\"x\",\"n\":1}", "{\"k\":\"y\",\"n\":2}", "{\"k\":\"x\",\"n\":3}"))
                .containsExactly("{\"k\":\"x\",\"n\":1}|{\"k\":\"x\",\"n\":3}", "{\"k\":\"y\",\"n\":2}");
    }

    @Test
    void groupByRunsEachGroupsProcessorsThenTheGrouplessGoOnUnprocessed() throws Exception {
        assertThat(run("""
                - group_by:
                    - check: 'content().has_prefix("a")'
                      processors:
                        - test_upper: {}
                    - check: 'content().has_prefix("b")'
                    - check: 'this.nope'
                """, "ax", "bx", "cx", "ay")).containsExactly("AX|AY", "bx", "cx");
    }

    @Test
    void boundsCheckDropsTheWholeBatchOutOfBounds() throws Exception {
        assertThat(run("- bounds_check: {}", "a", "", "c")).as("an empty message, below min_part_size").isEmpty();
        assertThat(run("- bounds_check: {max_parts: 2}", "a", "b", "c")).isEmpty();
        assertThat(run("- bounds_check: {max_part_size: 2}", "a", "bb")).containsExactly("a|bb");
    }

    @Test
    void selectPartsAndInsertPart() throws Exception {
        assertThat(run("- select_parts: {parts: [0, -1, 7, 0]}", "a", "b", "c")).containsExactly("a|c|a");
        assertThat(run("- select_parts: {}", "a")).isEmpty();
        assertThat(run("- insert_part: {index: -2, content: 'new ${! content() }'}", "a", "b"))
                .containsExactly("a|new a|b");
        assertThat(run("- insert_part: {index: 9, content: 'x'}", "a")).containsExactly("a|x");
        assertThat(run("- insert_part: {index: 0, content: 'x'}", "a")).containsExactly("x|a");
    }

    @Test
    void theBatchProcessorsExportAndLoadBack() throws Exception {
        ExportRoundTripTest.assertExportLoadsBackAsTheTranslation("batches.yaml", config("""
                - split: {size: 2, byte_size: 10}
                - archive: {format: tar, path: '${! batch_index() }'}
                - unarchive: {format: tar}
                - group_by:
                    - check: 'content() == "a"'
                      processors:
                        - mapping: 'root = "A"'
                - group_by_value: {value: '${! content() }'}
                - bounds_check: {min_parts: 1}
                - select_parts: {parts: [0]}
                - insert_part: {content: x}
                - try:
                    - mapping: 'root = content()'
                - catch: []
                """));
    }
}

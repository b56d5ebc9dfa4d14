package io.camelbenthos.components.processors;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.export.ExportRoundTripTest;
import io.camelbenthos.testing.StreamHarness;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** {@code workflow} in real Camel: the rules and examples of processors reference §3 and §25.2. */
class WorkflowProcessorTest {

    private static String config(String workflow) {
        return """
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - workflow:
                %s
                output:
                  test_sink: {name: out}
                """.formatted(workflow.indent(8).stripTrailing());
    }

    private static String error(Exchange e) {
        Throwable t = BenthosExchange.error(e);
        return t == null ? null : t.getMessage();
    }

    @Test
    void laterTiersSeeEarlierResultsAndTheRecordSaysWhatSucceeded() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                branches:
                  total:
                    request_map: 'root = this.price * this.count'
                    processors:
                      - mapping: 'root = this'
                    result_map: 'root.total = this'
                  label:
                    request_map: 'root = this.total'
                    processors:
                      - mapping: 'root = "costs " + content().string()'
                    result_map: 'root.label = content().string()'
                  upper:
                    request_map: 'root = this.name'
                    processors:
                      - mapping: 'root = content().uppercase()'
                    result_map: 'root.name = content().string()'
                """))) {
            Exchange e = h.send("in", "{\"price\":2,\"count\":3,\"name\":\"pen\"}");
            assertThat(error(e)).isNull();
            assertThat(StreamHarness.body(e)).isEqualTo("{\"count\":3,\"label\":\"costs 6\",\"meta\":{\"workflow\":"
                    + "{\"succeeded\":[\"label\",\"total\",\"upper\"]}},\"name\":\"PEN\",\"price\":2,\"total\":6}");
        }
    }

    @Test
    void aFailedBranchIsRecordedNotFlaggedAndItsDependentsStillRun() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                branches:
                  a:
                    request_map: 'root.foo = this.foo.not_null()'
                    processors:
                      - mapping: 'root = this'
                    result_map: 'root.a = this'
                  b:
                    request_map: 'root = if this.skip_b { deleted() } else { this }'
                    processors:
                      - mapping: 'root = "b"'
                    result_map: 'root.b = content().string()'
                  c:
                    processors:
                      - mapping: 'root = throw("boom")'
                    result_map: 'root.c = this'
                """))) {
            Exchange e = h.send("in", "{\"skip_b\":true}");
            assertThat(error(e)).isNull();
            assertThat(StreamHarness.body(e)).isEqualTo("{\"meta\":{\"workflow\":{\"failed\":{"
                    + "\"a\":\"request mapping failed: failed assignment (line 1): field `this.foo`: value is null\","
                    + "\"c\":\"processors failed: failed assignment (line 1): boom\"},"
                    + "\"skipped\":[\"b\"]}},\"skip_b\":true}");
        }
    }

    @Test
    void anEmptyMetaPathFlagsTheMessageInstead() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                meta_path: ""
                branches:
                  ok:
                    processors:
                      - mapping: 'root = "fine"'
                    result_map: 'root.ok = content().string()'
                  bad:
                    processors:
                      - mapping: 'root = throw("boom")'
                """))) {
            Exchange e = h.send("in", "{}");
            assertThat(error(e)).isEqualTo("workflow branches failed: [bad]");
            assertThat(StreamHarness.body(e)).isEqualTo("{\"ok\":\"fine\"}");
        }
    }

    @Test
    void aReplaySkipsWhatSucceededBeforeAndNestsThePreviousRecord() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                order: [ [ "0", "1" ], [ "2" ] ]
                branches:
                  "0":
                    processors:
                      - mapping: 'root = "zero"'
                    result_map: 'root.zero = content().string()'
                  "1":
                    processors:
                      - mapping: 'root = "one"'
                    result_map: 'root.one = content().string()'
                  "2":
                    processors:
                      - mapping: 'root = "two"'
                    result_map: 'root.two = content().string()'
                """))) {
            Exchange e = h.send("in", "{\"meta\":{\"workflow\":{\"succeeded\":[\"1\"]}},\"baz\":9}");
            assertThat(error(e)).isNull();
            assertThat(StreamHarness.body(e)).isEqualTo("{\"baz\":9,\"meta\":{\"workflow\":{\"previous\":"
                    + "{\"succeeded\":[\"1\"]},\"skipped\":[\"1\"],\"succeeded\":[\"0\",\"2\"]}},"
                    + "\"two\":\"two\",\"zero\":\"zero\"}");
            Exchange applied = h.send("in", "{\"meta\":{\"workflow\":{\"apply\":[\"2\"]}}}");
            assertThat(StreamHarness.body(applied)).isEqualTo("{\"meta\":{\"workflow\":{\"previous\":"
                    + "{\"apply\":[\"2\"]},\"skipped\":[\"0\",\"1\"],\"succeeded\":[\"2\"]}},\"two\":\"two\"}");
        }
    }

    @Test
    void aBodyThatIsNotJsonIsFlaggedWithTheParseErrorAndKeptAsItWas() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                branches:
                  a:
                    processors:
                      - mapping: 'root = "x"'
                """))) {
            Exchange e = h.send("in", "nope");
            assertThat(error(e)).isEqualTo("invalid character 'o' in literal null (expecting 'u')");
            assertThat(StreamHarness.body(e)).isEqualTo("nope");
        }
    }

    @Test
    void branchesOfOneTierWritingOneFieldApplyInTierOrder() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                order: [ [ second, first ] ]
                meta_path: ""
                branches:
                  first:
                    processors:
                      - mapping: 'root = "first"'
                    result_map: 'root.v = content().string()'
                  second:
                    processors:
                      - mapping: 'root = "second"'
                    result_map: 'root.v = content().string()'
                """))) {
            assertThat(StreamHarness.body(h.send("in", "{}"))).isEqualTo("{\"v\":\"first\"}");
        }
    }

    @Test
    void aBatchKeepsItsSizeOrderAndEarlierErrorFlagsWhileBranchesRunOnClearedCopies() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - mapping: 'root = if this.n == 2 { throw("earlier") } else { this }'
                    - workflow:
                        meta_path: ""
                        branches:
                          idx:
                            request_map: 'root = batch_index()'
                            processors:
                              - mapping: 'root = this * 10'
                            result_map: 'root.idx = this'
                output:
                  test_sink: {name: out}
                """)) {
            Exchange e = h.sendBatch("in", "{\"n\":1}", "{\"n\":2}", "{\"n\":3}");
            assertThat(StreamHarness.bodies(e)).containsExactly("{\"idx\":0,\"n\":1}", "{\"idx\":10,\"n\":2}",
                    "{\"idx\":20,\"n\":3}");
            assertThat(BenthosExchange.batch(e).messages()).extracting(m -> m.error() == null ? null : m.error().getMessage())
                    .containsExactly(null, "failed assignment (line 1): earlier", null);
        }
    }

    @Test
    void branchResourcesJoinTheInlineBranchesInTheInferredOrder() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - workflow:
                        meta_path: results
                        branch_resources: [ double ]
                        branches:
                          source:
                            request_map: 'root = this.n'
                            processors:
                              - mapping: 'root = this + 1'
                            result_map: 'root.m = this'
                output:
                  test_sink: {name: out}
                processor_resources:
                  - label: double
                    branch:
                      request_map: 'root = this.m'
                      processors:
                        - mapping: 'root = this * 2'
                      result_map: 'root.doubled = this'
                """)) {
            assertThat(StreamHarness.body(h.send("in", "{\"n\":4}"))).isEqualTo(
                    "{\"doubled\":10,\"m\":5,\"n\":4,\"results\":{\"succeeded\":[\"double\",\"source\"]}}");
        }
    }

    @Test
    void theWorkflowExportsAndLoadsBack() throws Exception {
        ExportRoundTripTest.assertExportLoadsBackAsTheTranslation("workflow.yaml", config("""
                branches:
                  a:
                    request_map: 'root = this.x'
                    processors:
                      - mapping: 'root = this'
                    result_map: 'root.y = this'
                  b:
                    request_map: 'root = this.y'
                    processors:
                      - mapping: 'root = this'
                    result_map: 'root.z = this'
                """));
    }
}

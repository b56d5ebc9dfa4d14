package io.camelbenthos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint} of {@code workflow}, {@code while}, {@code for_each}, {@code parallel} and {@code retry}. */
class FlowProcessorsLintTest {
    @TempDir
    Path dir;

    private String lint(String name, String processors) throws Exception {
        Path f = Files.writeString(dir.resolve(name), """
                input:
                  stdin: {}
                pipeline:
                  processors:
                %s
                output:
                  drop: {}
                processor_resources:
                  - label: enrich
                    branch:
                      request_map: 'root = this.id'
                      processors:
                        - mapping: 'root = this'
                      result_map: 'root.enriched = this'
                  - label: plain
                    mapping: 'root = this'
                """.formatted(processors.indent(4)));
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "lint", f.toString());
        assertThat(code).isEqualTo(err.toString().isEmpty() ? 0 : 1);
        return err.toString().strip().replace(f.toString(), "f");
    }

    @Test
    void everyFieldIsCheckedWhereItIsWritten() throws Exception {
        assertThat(lint("fields.yaml", """
                - workflow:
                    meta_path: 5
                    branches:
                      a:
                        request_map: 'root = this.'
                        processors: []
                        result_mapp: 'root = this'
                - while: {check: 'this.', max_loops: many}
                - for_each: {}
                - parallel: {cap: all}
                - retry:
                    backoff: {initial_interval: soon}
                    parallel: maybe
                """).lines()).containsExactly(
                "f:9:39: required: expected method or field path",
                "f:11:13: field result_mapp not recognised",
                "f:12:14: field processors is required",
                "f:12:28: required: expected method or field path",
                "f:12:42: expected int value, got !!str",
                "f:13:17: expected array value, got !!map",
                "f:14:17: field processors is required",
                "f:14:23: expected int value, got !!str",
                "f:16:9: field processors is required",
                "f:16:37: time: invalid duration \"soon\"",
                "f:17:19: expected bool value, got !!str");
    }

    @Test
    void workflowConfigErrorsUseBenthossWords() throws Exception {
        assertThat(lint("name.yaml", """
                - workflow:
                    branches:
                      "a b": {processors: [{noop: {}}]}
                """)).isEqualTo("f:7:11: workflow branch name 'a b' contains invalid characters");
        assertThat(lint("collide.yaml", """
                - workflow:
                    branch_resources: [enrich]
                    branches:
                      enrich: {processors: [{noop: {}}]}
                """)).isEqualTo("f:6:27: branch resource name 'enrich' collides with an explicit branch");
        assertThat(lint("missing.yaml", """
                - workflow:
                    branch_resources: [nope]
                """)).isEqualTo("f:6:27: processor resource 'nope' was not found");
        assertThat(lint("notbranch.yaml", """
                - workflow:
                    order: [[plain]]
                """)).isEqualTo("f:6:16: processor resource 'plain' is a mapping processor: a workflow can only run "
                + "branch processors");
        assertThat(lint("order.yaml", """
                - workflow:
                    order: [[a]]
                    branches:
                      a: {processors: [{noop: {}}]}
                      b: {processors: [{noop: {}}]}
                """)).isEqualTo("f:6:16: the following branches were missing from order: [b]");
        assertThat(lint("cycle.yaml", """
                - workflow:
                    branches:
                      a: {request_map: 'root = this.x', processors: [{noop: {}}], result_map: 'root.y = this'}
                      b: {request_map: 'root = this.y', processors: [{noop: {}}], result_map: 'root.x = this'}
                """)).isEqualTo("f:7:11: failed to automatically resolve DAG, circular dependencies detected for "
                + "branches: [a b]");
        assertThat(lint("empty.yaml", """
                - workflow:
                    branches:
                      a: {processors: []}
                """)).isEqualTo("f:7:27: the branch processor requires at least one child processor");
    }

    @Test
    void loopsAndRetriesRefuseWhatBenthosRefuses() throws Exception {
        assertThat(lint("while.yaml", """
                - while: {processors: [{noop: {}}]}
                """)).isEqualTo("f:5:7: a check query is required");
        assertThat(lint("retry.yaml", """
                - retry: {processors: []}
                """)).isEqualTo("f:5:27: at least one child processor must be specified");
    }

    @Test
    void theReferenceExamplesLintClean() throws Exception {
        assertThat(lint("clean.yaml", """
                - workflow:
                    meta_path: meta.flow
                    order: [[enrich, local], [after]]
                    branches:
                      local: {request_map: 'root = this.x', processors: [{noop: {}}], result_map: 'root.y = this'}
                      after: {request_map: 'root = this.y', processors: [{noop: {}}], result_map: 'root.z = this'}
                - workflow:
                    branch_resources: [enrich]
                    branches:
                      after: {request_map: 'root = this.enriched', processors: [{noop: {}}]}
                - while:
                    at_least_once: true
                    max_loops: 10
                    check: errored()
                    processors:
                      - catch: []
                      - sleep: {duration: 1ms}
                - for_each:
                    - archive: {format: lines}
                - parallel:
                    cap: 4
                    processors:
                      - noop: {}
                - retry:
                    max_retries: 3
                    parallel: true
                    backoff: {initial_interval: 1s, max_interval: 5s, max_elapsed_time: 30s}
                    processors:
                      - noop: {}
                """)).isEmpty();
    }
}

package io.camelbenthos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint} of the routing outputs (switch, fallback, retry, reject_errored, drop_on): one line per problem. */
class RoutingOutputsLintTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int lint(Path... files) {
        String[] args = new String[files.length + 1];
        args[0] = "lint";
        for (int i = 0; i < files.length; i++) {
            args[i + 1] = files[i].toString();
        }
        return Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void everyFieldIsCheckedWhereItIsWritten() throws Exception {
        Path f = file("fields.yaml", """
                input:
                  stdin: {}
                output:
                  broker:
                    outputs:
                      - switch:
                          retry_until_success: maybe
                          cases:
                            - check: 'this.'
                              fallthrough: true
                              output:
                                drop: {}
                            - continue: 1
                      - retry:
                          max_retries: x
                          backoff:
                            initial_interval: soon
                          output:
                            drop: {}
                      - drop_on:
                          error_patterns: foo
                          back_pressure: 10 parsecs
                          output:
                            drop: {}
                      - fallback:
                          drop: {}
                      - reject_errored: nope
                """);
        assertThat(lint(f)).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(
                f + ":7:32: expected bool value, got !!str",
                f + ":9:28: required: expected method or field path",
                f + ":10:15: field fallthrough not recognised",
                f + ":13:15: field output is required",
                f + ":13:25: expected bool value, got !!int",
                f + ":15:24: expected int value, got !!str",
                f + ":17:31: time: invalid duration \"soon\"",
                f + ":21:27: expected array value, got !!str",
                f + ":22:26: time: unknown unit \" parsecs\" in duration \"10 parsecs\"",
                f + ":26:11: expected array value, got !!map",
                f + ":27:25: expected object value, got !!str");
    }

    @Test
    void whatOnlyTheOutputsCanJudgeIsReportedToo() throws Exception {
        Path oneCase = file("one_case.yaml", """
                output:
                  switch:
                    cases:
                      - output: {drop: {}}
                """);
        Path rejectRetried = file("reject_retried.yaml", """
                output:
                  switch:
                    retry_until_success: true
                    cases:
                      - check: errored()
                        output: {reject: failed}
                      - output: {drop: {}}
                """);
        Path noTiers = file("no_tiers.yaml", """
                output:
                  fallback: []
                """);
        Path patternsAndError = file("patterns_and_error.yaml", """
                output:
                  drop_on:
                    error: true
                    error_patterns: [ timeout ]
                    output: {drop: {}}
                """);
        Path badPattern = file("bad_pattern.yaml", """
                output:
                  drop_on:
                    error_patterns: [ 'a(' ]
                    output: {drop: {}}
                """);
        assertThat(lint(oneCase, rejectRetried, noTiers, patternsAndError, badPattern)).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(
                oneCase + ":4:7: attempting to create switch with fewer than 2 cases",
                rejectRetried + ":3:26: a 'switch' output with a 'reject' case output must have the field "
                        + "'switch.retry_until_success' set to 'false', otherwise the 'reject' child output will result "
                        + "in infinite retries",
                noTiers + ":2:13: attempting to create broker output type with no outputs",
                patternsAndError + ":4:21: field 'error_patterns' is ineffective when 'error' is set to `true`",
                badPattern + ":3:21: error pattern 0 failed to compile: error parsing regexp: missing closing ): `a(`");
    }
}

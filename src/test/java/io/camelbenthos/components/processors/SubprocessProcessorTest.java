package io.camelbenthos.components.processors;

import static io.camelbenthos.components.processors.ProcessorTestSupport.harness;
import static io.camelbenthos.components.processors.ProcessorTestSupport.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.exec.Subprocess;
import io.camelbenthos.testing.StreamHarness;
import java.time.Duration;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** {@code subprocess}, from the processors reference §20 and Benthos's docs, with real child processes. */
class SubprocessProcessorTest {
    private static final String UPPER = "[ '-c', 'while read l; do echo \"$l\" | tr a-z A-Z; done' ]";

    private static Subprocess child(StreamHarness h) {
        return h.camel().getRegistry().findSingleByType(SubprocessStep.class).subprocess();
    }

    /** The child's pid once it runs (it starts on its own thread, after the stream started). */
    private static long runningPid(StreamHarness h) {
        await().atMost(Duration.ofSeconds(20)).until(() -> child(h).running());
        return child(h).pid();
    }

    @Test
    void eachMessageIsAnExchangeWithTheLongLivedProcess() throws Exception {
        try (StreamHarness h = harness("- subprocess: {name: sh, args: " + UPPER + "}")) {
            long pid = runningPid(h);
            assertThat(StreamHarness.body(send(h, "hello"))).isEqualTo("HELLO");
            assertThat(StreamHarness.body(send(h, "world"))).isEqualTo("WORLD");
            assertThat(child(h).pid()).isEqualTo(pid); // the same process answered both
        }
    }

    @Test
    void withLinesEachLineIsItsOwnExchangeAndATrailingNewlineStays() throws Exception {
        try (StreamHarness h = harness("- subprocess: {name: sh, args: " + UPPER + "}")) {
            assertThat(StreamHarness.body(send(h, "a\nb\nc"))).isEqualTo("A\nB\nC");
            assertThat(StreamHarness.body(send(h, "a\n"))).isEqualTo("A\n");
        }
    }

    @Test
    void anAnswerOnStderrIsLoggedAndFlagsTheMessageUnchanged() throws Exception {
        try (StreamHarness h = harness("""
                - subprocess:
                    name: sh
                    args: [ '-c', 'while read l; do if [ "$l" = bad ]; then echo "no: $l" >&2; else echo "ok $l"; fi; done' ]
                """)) {
            Exchange bad = send(h, "bad");
            assertThat(BenthosExchange.error(bad)).hasMessage("no: bad");
            assertThat(StreamHarness.body(bad)).isEqualTo("bad");
            assertThat(StreamHarness.body(send(h, "good"))).isEqualTo("ok good");
        }
    }

    @Test
    void aProcessThatExitsIsRestarted() throws Exception {
        // answers one line, then exits
        try (StreamHarness h = harness("- subprocess: {name: sh, args: [ '-c', 'read l; echo \"got $l\"' ]}")) {
            long first = runningPid(h);
            Exchange once = send(h, "one");
            assertThat(BenthosExchange.error(once)).isNull();
            assertThat(StreamHarness.body(once)).isEqualTo("got one");
            await().atMost(Duration.ofSeconds(20)).until(() -> child(h).running() && child(h).pid() != first);
            Exchange again = send(h, "two");
            assertThat(BenthosExchange.error(again)).isNull();
            assertThat(StreamHarness.body(again)).isEqualTo("got two");
        }
    }

    @Test
    void netstringsGoBothWays() throws Exception {
        try (StreamHarness h = harness("- subprocess: {name: cat, codec_send: netstring, codec_recv: netstring}")) {
            assertThat(StreamHarness.body(send(h, "multi\nline,with:colons"))).isEqualTo("multi\nline,with:colons");
            assertThat(StreamHarness.body(send(h, ""))).isEmpty();
        }
    }

    @Test
    void lengthPrefixedFramesGoBothWays() throws Exception {
        try (StreamHarness h = harness("- subprocess: {name: cat, codec_send: length_prefixed_uint32_be, "
                + "codec_recv: length_prefixed_uint32_be}")) {
            assertThat(StreamHarness.body(send(h, "a\nb\r\n"))).isEqualTo("a\nb\r\n");
            assertThat(StreamHarness.bodies(h.sendBatch("in", "x", "yy", "zzz"))).containsExactly("x", "yy", "zzz");
        }
    }

    @Test
    void stoppingTheStreamEndsTheProcess() throws Exception {
        Subprocess s;
        try (StreamHarness h = harness("- subprocess: {name: cat}")) {
            s = child(h);
            assertThat(StreamHarness.body(send(h, "x"))).isEqualTo("x");
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> !s.running());
    }

    @Test
    void anUnknownProgramOrCodecIsAConfigError() {
        assertThatThrownBy(() -> harness("- subprocess: {name: no-such-program-here}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("subprocess: exec: \"no-such-program-here\": executable file not found in $PATH");
        assertThatThrownBy(() -> harness("- subprocess: {name: cat, codec_recv: json}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("value json is not a valid option");
    }
}

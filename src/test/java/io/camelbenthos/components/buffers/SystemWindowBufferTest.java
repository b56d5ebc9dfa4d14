package io.camelbenthos.components.buffers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.buffer.SystemWindow;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/**
 * {@code buffer: system_window}, processors reference §21.2. The timestamps come from the messages
 * ({@code timestamp_mapping}) and lie in 2021, so every window is over by the system clock when it is written: the
 * flush order is fixed by the data, not by timing.
 */
class SystemWindowBufferTest {

    private static String config(String window, String output) {
        return """
                input:
                  test_direct: {name: in}
                buffer:
                  system_window:
                    timestamp_mapping: 'root = this.ts'
                %s
                pipeline:
                  processors:
                    - mapping: 'root = this.v.string() + "@" + @window_end_timestamp'
                output:
                %s
                """.formatted(window.indent(4).stripTrailing(), output.indent(2).stripTrailing());
    }

    private static String msg(String v, String ts) {
        return "{\"v\":\"" + v + "\",\"ts\":" + ts + "}";
    }

    @Test
    void tumblingWindowsCarryTheirEndAndTheInputWaitsForTheirAcks() throws Exception {
        try (StreamHarness h = new StreamHarness(config("size: 1m", "test_sink: {name: out}"))) {
            // send() returns once the input's transaction is acked: after every window holding its messages was
            // written, which shows there is no early ack
            Exchange e = h.sendBatch("in",
                    msg("a", "\"2021-08-07T09:59:10Z\""),
                    msg("b", "\"2021-08-07T09:59:50.5Z\""),
                    msg("c", "\"2021-08-07T10:00:00Z\""), // exactly on the end: the earlier window
                    msg("d", "1628330430")); // unix seconds: 10:00:30
            assertThat(e.getException()).isNull();
            assertThat(TestComponents.sink("out")).containsExactly(
                    "a@2021-08-07T10:00:00Z|b@2021-08-07T10:00:00Z|c@2021-08-07T10:00:00Z",
                    "d@2021-08-07T10:01:00Z");
        }
    }

    @Test
    void slidingWindowsDeliverAMessageInEachWindowItBelongsTo() throws Exception {
        try (StreamHarness h = new StreamHarness(config("size: 2m\nslide: 1m", "test_sink: {name: out}"))) {
            Exchange e = h.sendBatch("in", msg("a", "\"2021-08-07T09:59:30Z\""), msg("b", "\"2021-08-07T10:00:30Z\""));
            assertThat(e.getException()).isNull();
            // acked by its first delivery: later windows may still be on their way
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> TestComponents.sink("out").size() == 3);
            assertThat(TestComponents.sink("out")).containsExactly(
                    "a@2021-08-07T10:00:00Z",
                    "a@2021-08-07T10:01:00Z|b@2021-08-07T10:01:00Z",
                    "b@2021-08-07T10:02:00Z");
        }
    }

    @Test
    void theOffsetShiftsTheWindows() throws Exception {
        try (StreamHarness h = new StreamHarness(config("size: 1h\noffset: 30m", "test_sink: {name: out}"))) {
            Exchange e = h.sendBatch("in", msg("a", "\"2021-08-07T10:10:00Z\""), msg("b", "\"2021-08-07T10:40:00Z\""));
            assertThat(e.getException()).isNull();
            assertThat(TestComponents.sink("out")).containsExactly("a@2021-08-07T10:30:00Z", "b@2021-08-07T11:30:00Z");
        }
    }

    @Test
    void anOutputNackNacksTheInputTransaction() throws Exception {
        try (StreamHarness h = new StreamHarness(config("size: 1m", "test_sink: {name: out, fail_first: 1}"))) {
            Exchange e = h.send("in", msg("a", "\"2021-08-07T09:59:10Z\""));
            assertThat(e.getException()).hasMessage("out failed attempt 1");
        }
    }

    @Test
    void aMessageOlderThanTheLastFlushedWindowIsDroppedAndAcked() throws Exception {
        try (StreamHarness h = new StreamHarness(config("size: 1m", "test_sink: {name: out}"))) {
            assertThat(h.send("in", msg("a", "\"2021-08-07T10:00:30Z\"")).getException()).isNull();
            assertThat(h.send("in", msg("late", "\"2021-08-07T09:00:00Z\"")).getException()).isNull();
            assertThat(TestComponents.sink("out")).containsExactly("a@2021-08-07T10:01:00Z");
            SystemWindow window = h.camel().getRegistry().lookupByNameAndType("test.buffer.window", SystemWindow.class);
            assertThat(window.pendingCount()).isZero();
        }
    }

    @Test
    void aTimestampThatCannotBeHadNacksTheWholeBatch() throws Exception {
        try (StreamHarness h = new StreamHarness(config("size: 1m", "test_sink: {name: out}"))) {
            Exchange e = h.sendBatch("in", msg("a", "\"2021-08-07T09:59:10Z\""), msg("b", "\"yesterday\""));
            assertThat(e.getException()).hasMessageStartingWith("unable to parse result of timestamp mapping as timestamp: ");
            Exchange missing = h.send("in", "{\"v\":\"x\"}");
            assertThat(missing.getException()).hasMessageStartingWith("unable to parse result of timestamp mapping as timestamp: ");
        }
    }

    @Test
    void badDurationsAreConfigErrorsWithBenthosText() {
        assertThatThrownBy(() -> new StreamHarness(config("size: 1m\nslide: 2m", "test_sink: {name: out}")))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).errors())
                        .containsExactly("test.yaml:7:12: invalid window slide '2m0s' must be lower than the size '1m0s'"));
        assertThatThrownBy(() -> new StreamHarness(config("size: 1m\nslide: 30s\noffset: 40s", "test_sink: {name: out}")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("invalid offset '40s' must be lower than the slide '30s'");
        assertThatThrownBy(() -> new StreamHarness(config("size: 1m\nallowed_lateness: 1m", "test_sink: {name: out}")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("invalid allowed_lateness '1m0s' must be lower than the size '1m0s'");
        assertThatThrownBy(() -> new StreamHarness(config("slide: 1m", "test_sink: {name: out}")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("field size is required");
    }
}

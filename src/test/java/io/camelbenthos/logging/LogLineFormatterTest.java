package io.camelbenthos.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Benthos's logger lines, the expectations of its own logger tests (logrus text and JSON formatters). */
class LogLineFormatterTest {
    private static final Map<String, String> SERVICE = Map.of("@service", "benthos_service", "@system", "foo");

    private static LogSettings settings(String format, boolean timestamp, String levelName, String messageName) {
        return new LogSettings(LogLevel.WARN, format, timestamp, levelName, "time", messageName, SERVICE, "", false, 0);
    }

    private static TreeMap<String, Object> fields(Map<String, ?> extra) {
        TreeMap<String, Object> all = new TreeMap<>(SERVICE);
        all.putAll(extra);
        return all;
    }

    @Test
    void logfmtPutsLevelAndMessageFirstThenTheSortedFieldsQuotingOnlyWhatNeedsIt() {
        LogLineFormatter logfmt = LogLineFormatter.of(settings("logfmt", false, "level", "msg"));
        assertThat(logfmt.format(null, LogLevel.WARN, "Warning message root module", fields(Map.of())))
                .isEqualTo("level=warning msg=\"Warning message root module\" @service=benthos_service @system=foo");
        assertThat(logfmt.format(null, LogLevel.WARN, "Warning message foo fields",
                fields(Map.of("foo", "bar", "count", "10", "thing", "is a string", "iscool", "true"))))
                .isEqualTo("level=warning msg=\"Warning message foo fields\" @service=benthos_service @system=foo"
                        + " count=10 foo=bar iscool=true thing=\"is a string\"");
    }

    @Test
    void logfmtQuotesEmptyValuesAndEscapesAsGo() {
        LogLineFormatter logfmt = LogLineFormatter.of(settings("logfmt", false, "level", "msg"));
        assertThat(logfmt.format(null, LogLevel.INFO, "say \"hi\"\n", new TreeMap<>(Map.of("label", ""))))
                .isEqualTo("level=info msg=\"say \\\"hi\\\"\\n\" label=\"\"");
        assertThat(logfmt.format(null, LogLevel.INFO, "plain", new TreeMap<>(Map.of("path", "root.pipeline.processors.0"))))
                .isEqualTo("level=info msg=plain path=root.pipeline.processors.0");
    }

    @Test
    void logfmtWritesStructuredValuesAsGoPrintsThem() {
        LogLineFormatter logfmt = LogLineFormatter.of(settings("logfmt", false, "level", "msg"));
        assertThat(logfmt.format(null, LogLevel.INFO, "m", new TreeMap<>(Map.of("o", Map.of("b", 2L, "a", "x"),
                "l", List.of(1L, 2.5), "f", 1.0))))
                .isEqualTo("level=info msg=m f=1 l=\"[1 2.5]\" o=\"map[a:x b:2]\"");
    }

    @Test
    void logfmtTimestampsAreRfc3339AndComeFirst() {
        LogLineFormatter logfmt = LogLineFormatter.of(settings("logfmt", true, "level", "msg"));
        ZonedDateTime t = ZonedDateTime.of(2026, 12, 8, 1, 2, 3, 456_000_000, ZoneOffset.UTC);
        assertThat(logfmt.format(t, LogLevel.ERROR, "boom", new TreeMap<>()))
                .isEqualTo("time=\"2026-12-08T01:02:03Z\" level=error msg=boom");
    }

    @Test
    void jsonUsesTheConfiguredNamesAndSortsEveryKey() {
        LogLineFormatter json = LogLineFormatter.of(settings("json", false, "severity", "message"));
        assertThat(json.format(null, LogLevel.WARN, "Warning message foo fields", fields(Map.of("foo", "bar"))))
                .isEqualTo("{\"@service\":\"benthos_service\",\"@system\":\"foo\",\"foo\":\"bar\","
                        + "\"message\":\"Warning message foo fields\",\"severity\":\"warning\"}");
    }

    @Test
    void jsonEscapesHtmlAsGoAndKeepsStructuredValues() {
        LogLineFormatter json = LogLineFormatter.of(settings("json", true, "level", "msg"));
        ZonedDateTime t = ZonedDateTime.of(2026, 12, 8, 1, 2, 3, 0, ZoneOffset.ofHours(1));
        assertThat(json.format(t, LogLevel.INFO, "<a&b>", new TreeMap<>(Map.of("o", Map.of("n", 1L)))))
                .isEqualTo("{\"level\":\"info\",\"msg\":\"\\u003ca\\u0026b\\u003e\",\"o\":{\"n\":1},"
                        + "\"time\":\"2026-12-08T01:02:03+01:00\"}");
    }

    @Test
    void eachLevelAdmitsItselfAndTheMoreSevere() {
        // Benthos's TestLogLevels: at FATAL 0 of error/warn/info/debug/trace pass, at ERROR 1, ..., at TRACE 5
        List<LogLevel> lines = List.of(LogLevel.ERROR, LogLevel.WARN, LogLevel.INFO, LogLevel.DEBUG, LogLevel.TRACE);
        List<String> configured = List.of("FATAL", "ERROR", "WARN", "INFO", "DEBUG", "TRACE");
        for (int i = 0; i < configured.size(); i++) {
            LogLevel level = LogLevel.parse(configured.get(i), null);
            assertThat(lines.stream().filter(level::admits).count()).as(configured.get(i)).isEqualTo(i);
        }
        assertThat(LogLevel.parse("NONE", null).admits(LogLevel.FATAL)).isFalse();
        assertThat(LogLevel.parse("ALL", null)).isEqualTo(LogLevel.TRACE);
    }
}

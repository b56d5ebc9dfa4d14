package io.camelbenthos.bloblang.methods.time;

import static io.camelbenthos.bloblang.methods.time.PluginCalls.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.bloblang.go.GoTimeLayout;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.JsonNumber;
import java.time.ZonedDateTime;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The documented examples of every timestamp method, plus edge cases, called through the plugin SPI. */
class TimestampMethodsTest {
    private static Arguments of(MethodPlugin plugin, Object target, Object expected, Object... args) {
        return Arguments.of(plugin, target, args, expected);
    }

    static Stream<Arguments> examples() {
        return Stream.of(
                of(new ParseDurationMethod(), "50us", 50_000L),
                of(new ParseDurationMethod(), "2h", 7_200_000_000_000L),
                of(new ParseDurationMethod(), "-1.5h", -5_400_000_000_000L),
                of(new ParseDurationIso8601Method(), "P3Y6M4DT12H30M5S", 110_839_937_000_000_000L),
                of(new ParseDurationIso8601Method(), "PT2H", 7_200_000_000_000L),
                of(new TsAddIso8601Method(), "2020-08-14T05:54:23Z", "2021-08-14T05:54:23Z", "P1Y"),
                of(new TsAddIso8601Method(), "2020-01-01T00:00:00Z", "2021-03-04T04:05:06Z", "P1Y2M3DT4H5M6S"),
                of(new TsSubIso8601Method(), "2020-08-14T05:54:23Z", "2019-08-14T05:54:23Z", "P1Y"),
                of(new TsSubIso8601Method(), "2021-03-04T04:05:06Z", "2020-01-01T00:00:00Z", "P1Y2M3DT4H5M6S"),
                of(new TsFormatMethod(), "2020-08-14T11:50:26.371Z", "2020-Aug-14 11:50:26", "2006-Jan-02 15:04:05"),
                of(new TsFormatMethod(), new JsonNumber("1597405526"), "2020-Aug-14 11:45:26",
                        "2006-Jan-02 15:04:05", "UTC"),
                of(new TsFormatMethod(), "2020-08-14T11:50:26.371+02:00", "2020-08-14T11:50:26.371+02:00"),
                of(new FormatTimestampMethod(), "2020-08-14T11:50:26Z", "14 Aug 20 11:50 UTC", "02 Jan 06 15:04 MST"),
                of(new TsParseMethod(), "2020-Aug-14", "2020-08-14T00:00:00Z", "2006-Jan-02"),
                of(new TsParseMethod(), "Aug 14, 2020 at 5:54am (UTC)", "2020-08-14T05:54:00Z",
                        "Jan 2, 2006 at 3:04pm (MST)"),
                of(new ParseTimestampMethod(), "2020-Aug-14", "2020-08-14T00:00:00Z", "2006-Jan-02"),
                of(new TsRoundMethod(), "2020-08-14T05:54:23Z", "2020-08-14T06:00:00Z", 3_600_000_000_000L),
                of(new TsRoundMethod(), "2020-08-14T05:54:23Z", "2020-08-14T05:54:00Z", 60_000_000_000L),
                of(new TsRoundMethod(), "2020-08-14T05:54:30Z", "2020-08-14T05:55:00Z", 60_000_000_000L),
                of(new TsStrftimeMethod(), "2020-08-14T11:50:26.371Z", "2020-Aug-14 11:50:26", "%Y-%b-%d %H:%M:%S"),
                of(new TsStrftimeMethod(), "2020-08-14T11:50:26.371Z", "2020-Aug-14 11:50:26.371000",
                        "%Y-%b-%d %H:%M:%S.%f", "UTC"),
                of(new FormatTimestampStrftimeMethod(), "2020-08-14T11:50:26Z", "06:50", "%H:%M",
                        "America/Chicago"),
                of(new TsStrptimeMethod(), "2020-Aug-14", "2020-08-14T00:00:00Z", "%Y-%b-%d"),
                of(new TsStrptimeMethod(), "2020-Aug-14 11:50:26.371000", "2020-08-14T11:50:26.371Z",
                        "%Y-%b-%d %H:%M:%S.%f"),
                of(new ParseTimestampStrptimeMethod(), "2020-Aug-14", "2020-08-14T00:00:00Z", "%Y-%b-%d"),
                of(new TsSubMethod(), "2020-08-13T05:54:23Z", -86_400_000_000_000L,
                        ZonedDateTime.parse("2020-08-14T05:54:23Z")),
                of(new TsSubMethod(), "2020-08-14T11:30:00Z", 5_400_000_000_000L,
                        ZonedDateTime.parse("2020-08-14T10:00:00Z")),
                of(new TsTzMethod(), "2021-02-03T17:05:06+01:00", "2021-02-03T16:05:06Z", "UTC"),
                of(new TsTzMethod(), "2021-02-03T16:05:06Z", "2021-02-03T11:05:06-05:00", "America/New_York"),
                of(new TsUnixMethod(), "2009-11-10T23:00:00Z", 1_257_894_000L),
                of(new TsUnixMethod(), new JsonNumber("1257894000"), 1_257_894_000L),
                of(new TsUnixMethod(), 1257894000.75, 1_257_894_000L),
                of(new FormatTimestampUnixMethod(), "2009-11-10T23:00:00Z", 1_257_894_000L),
                of(new TsUnixMicroMethod(), "2009-11-10T23:00:00Z", 1_257_894_000_000_000L),
                of(new TsUnixMicroMethod(), "2020-08-14T11:45:26.123456Z", 1_597_405_526_123_456L),
                of(new FormatTimestampUnixMicroMethod(), "2020-08-14T11:45:26.123456Z", 1_597_405_526_123_456L),
                of(new TsUnixMilliMethod(), "2009-11-10T23:00:00Z", 1_257_894_000_000L),
                of(new TsUnixMilliMethod(), "2020-08-14T11:45:26.123Z", 1_597_405_526_123L),
                of(new FormatTimestampUnixMilliMethod(), "2020-08-14T11:45:26.123Z", 1_597_405_526_123L),
                of(new TsUnixNanoMethod(), "2009-11-10T23:00:00Z", 1_257_894_000_000_000_000L),
                of(new TsUnixNanoMethod(), "2020-08-14T11:45:26.123456789Z", 1_597_405_526_123_456_789L),
                of(new FormatTimestampUnixNanoMethod(), "2020-08-14T11:45:26.123456789Z", 1_597_405_526_123_456_789L),
                of(new TsUnixNanoMethod(), 1.5, 1_500_000_000L));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("examples")
    void behavesAsDocumented(MethodPlugin plugin, Object target, Object[] args, Object expected) {
        Object result = call(plugin, target, args);
        if (result instanceof ZonedDateTime t) {
            result = GoTimeLayout.formatRfc3339Nano(t);
        }
        assertThat(result).isEqualTo(expected);
    }

    @Test
    void reportsGoErrorTexts() {
        assertThatThrownBy(() -> call(new ParseDurationMethod(), "1d")).isInstanceOf(QueryException.class)
                .hasMessage("time: unknown unit \"d\" in duration \"1d\"");
        assertThatThrownBy(() -> call(new TsParseMethod(), "x", "2006-01-02")).isInstanceOf(QueryException.class)
                .hasMessage("parsing time \"x\" as \"2006-01-02\": cannot parse \"x\" as \"2006\"");
        assertThatThrownBy(() -> call(new TsStrptimeMethod(), "2020", "%Y-%m")).isInstanceOf(QueryException.class)
                .hasMessage("failed to parse \"2020\" with \"%Y-%m\": expected '-'");
        assertThatThrownBy(() -> call(new ParseDurationIso8601Method(), "P1X")).isInstanceOf(QueryException.class)
                .hasMessage("P1X: expected a designator Y, M, W, D, H, or S not 'X'");
    }

    @Test
    void rejectsNonTimestampTargets() {
        assertThatThrownBy(() -> call(new TsUnixMethod(), "nope")).isInstanceOf(QueryException.class)
                .hasMessage("parsing time \"nope\" as \"2006-01-02T15:04:05.999999999Z07:00\": cannot parse \"nope\" as \"2006\"");
        assertThatThrownBy(() -> call(new TsUnixMethod(), true)).isInstanceOf(QueryException.class);
    }

    @Test
    void failsCleanlyBeyondTheRepresentableRange() {
        assertThatThrownBy(() -> call(new TsAddIso8601Method(), "2020-01-01T00:00:00Z", "P999999999999Y"))
                .isInstanceOf(QueryException.class).hasMessageStartingWith("timestamp out of range: ");
        assertThatThrownBy(() -> call(new TsStrptimeMethod(), "9999999999999999999", "%s"))
                .isInstanceOf(QueryException.class);
    }

    @Test
    void rejectsBadArgumentsWhenBinding() {
        TsTzMethod tz = new TsTzMethod();
        assertThatThrownBy(() -> tz.bind(PluginCalls.args(tz.spec(), "Mars/Olympus")))
                .isInstanceOf(QueryException.class)
                .hasMessage("failed to parse timezone location name: unknown time zone Mars/Olympus");
        TsFormatMethod format = new TsFormatMethod();
        assertThatThrownBy(() -> format.bind(PluginCalls.args(format.spec(), "2006", "+01:00")))
                .hasMessage("failed to parse timezone location name: unknown time zone +01:00");
        TsAddIso8601Method add = new TsAddIso8601Method();
        assertThatThrownBy(() -> add.bind(PluginCalls.args(add.spec(), "1Y")))
                .hasMessage("1Y: expected 'P' period mark at the start");
    }

    @Test
    void readsUnixNumbersInTheProcessLocalZone() {
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            assertThat(call(new TsFormatMethod(), new JsonNumber("1597405526"), "2006-01-02 15:04:05 MST"))
                    .isEqualTo("2020-08-14 07:45:26 EDT");
            assertThat(call(new TsFormatMethod(), 1597405526.5)).isEqualTo("2020-08-14T07:45:26.5-04:00");
            assertThat(call(new TsStrftimeMethod(), 1597405526L, "%H:%M %Z")).isEqualTo("07:45 EDT");
            // A timestamp string keeps its own offset whatever the local zone.
            assertThat(call(new TsFormatMethod(), "2020-08-14T11:45:26Z", "15:04 MST")).isEqualTo("11:45 UTC");
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            assertThat(call(new TsFormatMethod(), new JsonNumber("1597405526"), "2006-01-02 15:04:05 MST"))
                    .isEqualTo("2020-08-14 11:45:26 UTC");
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void resolvesLocalAbbreviationsWhenParsing() {
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            Object t = call(new TsParseMethod(), "2020-08-14 10:00 EDT", "2006-01-02 15:04 MST");
            assertThat(GoTimeLayout.formatRfc3339Nano((ZonedDateTime) t)).isEqualTo("2020-08-14T10:00:00-04:00");
        } finally {
            TimeZone.setDefault(saved);
        }
    }
}

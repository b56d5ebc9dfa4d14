package io.camelbenthos.bloblang.go;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class GoTimeLayoutTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Wed Feb 25 11:06:39.1234 2015 in New York, the value Go's own Format examples use. */
    private static final ZonedDateTime FEB_25 = ZonedDateTime.of(2015, 2, 25, 11, 6, 39, 123_400_000, NEW_YORK);
    private static final ZonedDateTime NOV_10 = ZonedDateTime.of(2009, 11, 10, 23, 0, 0, 0, ZoneOffset.UTC);

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of(FEB_25, "Monday, January 2, 2006", "Wednesday, February 25, 2015"),
                Arguments.of(FEB_25, "2006/01/02", "2015/02/25"),
                Arguments.of(FEB_25, "3PM==3pm==15h", "11AM==11am==11h"),
                Arguments.of(FEB_25, "Mon Jan 2 15:04:05 -0700 MST 2006", "Wed Feb 25 11:06:39 -0500 EST 2015"),
                Arguments.of(FEB_25, "15:04:05.00000", "11:06:39.12340"),
                Arguments.of(FEB_25, "15:04:05.99999999", "11:06:39.1234"),
                Arguments.of(FEB_25, "15:04:05.000", "11:06:39.123"),
                Arguments.of(FEB_25, "15:04:05,000", "11:06:39,123"),
                Arguments.of(FEB_25, "15:04:05.9", "11:06:39.1"),
                Arguments.of(FEB_25, "20060102150405", "20150225110639"),
                Arguments.of(FEB_25, "06 1 2 3 4 5", "15 2 25 11 6 39"),
                Arguments.of(FEB_25, "Jan _2", "Feb 25"),
                Arguments.of(FEB_25, "_2006", "_2015"),
                Arguments.of(FEB_25, "__2 002", " 56 056"),
                Arguments.of(ZonedDateTime.of(2015, 1, 5, 0, 0, 0, 0, ZoneOffset.UTC), "__2|_2|002|3PM", "  5| 5|005|12AM"),
                Arguments.of(FEB_25, "Z07:00 Z0700 Z07 -07:00:00 Z070000", "-05:00 -0500 -05 -05:00:00 -050000"),
                Arguments.of(NOV_10, "Z07:00 Z0700 Z07 -07:00 -0700 -07 MST", "Z Z Z +00:00 +0000 +00 UTC"),
                Arguments.of(NOV_10, "Mon Jan _2 15:04:05 2006", "Tue Nov 10 23:00:00 2009"),
                Arguments.of(NOV_10, "Monday Mondays Mon Jan January", "Tuesday Tuesdays Tue Nov November"),
                // "Janet" and "Monk" are not elements: a lower-case letter after Jan/Mon keeps them literal.
                Arguments.of(NOV_10, "Janet Monk", "Janet Monk"),
                Arguments.of(ZonedDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)), "MST -07",
                        "+0530 +05"),
                Arguments.of(ZonedDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneId.of("Asia/Dubai")), "MST", "+04"),
                Arguments.of(ZonedDateTime.of(2020, 7, 1, 0, 0, 0, 0, ZoneId.of("Europe/Paris")), "MST", "CEST"),
                Arguments.of(ZonedDateTime.of(-5, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), "2006 06", "-0005 05"));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void formatsLikeGo(ZonedDateTime t, String layout, String expected) {
        assertThat(GoTimeLayout.format(t, layout)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2020-08-14T11:50:26.371Z|2020-08-14T11:50:26.371Z",
        "2020-08-14T11:50:26.000000001Z|2020-08-14T11:50:26.000000001Z",
        "2020-08-14T11:50:26.100Z|2020-08-14T11:50:26.1Z",
        "2020-08-14T11:50:26Z|2020-08-14T11:50:26Z",
        "2021-02-03T11:05:06-05:00|2021-02-03T11:05:06-05:00",
        "2021-02-03T11:05:06+05:30|2021-02-03T11:05:06+05:30",
    })
    void formatsRfc3339NanoWithoutTrailingZeros(String iso, String expected) {
        assertThat(GoTimeLayout.formatRfc3339Nano(ZonedDateTime.parse(iso))).isEqualTo(expected);
    }

    static Stream<Arguments> parses() {
        return Stream.of(
                Arguments.of("2006-Jan-02", "2020-Aug-14", "2020-08-14T00:00:00Z"),
                Arguments.of("Jan 2, 2006 at 3:04pm (MST)", "Aug 14, 2020 at 5:54am (UTC)", "2020-08-14T05:54:00Z"),
                Arguments.of(GoTimeLayout.RFC3339, "2006-01-02T15:04:05Z", "2006-01-02T15:04:05Z"),
                Arguments.of(GoTimeLayout.RFC3339, "2006-01-02T15:04:05+07:00", "2006-01-02T15:04:05+07:00"),
                Arguments.of(GoTimeLayout.RFC3339_NANO, "2006-01-02T15:04:05.123456789Z",
                        "2006-01-02T15:04:05.123456789Z"),
                // A fraction after the seconds is accepted although the layout has none.
                Arguments.of("2006-01-02 15:04:05", "2010-02-04 21:00:57.012", "2010-02-04T21:00:57.012Z"),
                Arguments.of("2006-01-02 15:04:05", "2010-02-04 21:00:57,5", "2010-02-04T21:00:57.5Z"),
                Arguments.of("15:04:05.000", "21:00:57.012", "0000-01-01T21:00:57.012Z"),
                Arguments.of("15:04:05.999", "21:00:57.0123456", "0000-01-01T21:00:57.0123456Z"),
                Arguments.of("15:04:05.999", "21:00:57", "0000-01-01T21:00:57Z"),
                Arguments.of("Jan _2 2006", "Feb  4 2010", "2010-02-04T00:00:00Z"),
                Arguments.of("Jan _2 2006", "Feb 14 2010", "2010-02-14T00:00:00Z"),
                Arguments.of("2006 002", "2020 060", "2020-02-29T00:00:00Z"),
                Arguments.of("2006 __2", "2019  60", "2019-03-01T00:00:00Z"),
                Arguments.of("06-1-2", "69-1-2", "1969-01-02T00:00:00Z"),
                Arguments.of("06-1-2", "68-1-2", "2068-01-02T00:00:00Z"),
                Arguments.of("3:04PM", "12:30AM", "0000-01-01T00:30:00Z"),
                Arguments.of("3:04PM", "12:30PM", "0000-01-01T12:30:00Z"),
                Arguments.of("3:04pm", "1:30pm", "0000-01-01T13:30:00Z"),
                // Only the layout's element names are case-sensitive; the value matches case-insensitively.
                Arguments.of("Mon Jan 2 2006", "WED FEB 3 2010", "2010-02-03T00:00:00Z"),
                Arguments.of("2006-01-02 -0700", "2010-02-04 -0330", "2010-02-04T00:00:00-03:30"),
                Arguments.of("2006-01-02 -07:00:00", "2010-02-04 +01:02:03", "2010-02-04T00:00:00+01:02"),
                Arguments.of("2006-01-02 Z07", "2010-02-04 Z", "2010-02-04T00:00:00Z"),
                Arguments.of("2006-01-02 Z07", "2010-02-04 -03", "2010-02-04T00:00:00-03:00"),
                Arguments.of("2006-01-02 15:04 MST", "2010-02-04 10:00 PDT", "2010-02-04T10:00:00Z"),
                Arguments.of("2006-01-02   15:04", "2010-02-04 10:00", "2010-02-04T10:00:00Z"));
    }

    @ParameterizedTest
    @MethodSource("parses")
    void parsesLikeGo(String layout, String value, String expectedRfc3339Nano) {
        ZonedDateTime t = GoTimeLayout.parse(layout, value, ZoneOffset.UTC, ZoneOffset.UTC);
        assertThat(GoTimeLayout.formatRfc3339Nano(t)).isEqualTo(expectedRfc3339Nano);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "2006-01-02|x|parsing time \"x\" as \"2006-01-02\": cannot parse \"x\" as \"2006\"",
        "2006-01-02|2020-1-02|parsing time \"2020-1-02\" as \"2006-01-02\": cannot parse \"1-02\" as \"01\"",
        "2006-01-02|2020-01-02x|parsing time \"2020-01-02x\": extra text: \"x\"",
        "2006-01-02|2020/01/02|parsing time \"2020/01/02\" as \"2006-01-02\": cannot parse \"/01/02\" as \"-\"",
        "2006-01-02|2013-02-31|parsing time \"2013-02-31\": day out of range",
        "2006-01-02|2013-13-01|parsing time \"2013-13-01\": month out of range",
        "15:04:05|25:00:00|parsing time \"25:00:00\": hour out of range",
        "15:04:05|23:60:00|parsing time \"23:60:00\": minute out of range",
        "15:04:05|23:00:60|parsing time \"23:00:60\": second out of range",
        "2006 002|2019 366|parsing time \"2019 366\": day-of-year out of range",
        "2006 002 01|2019 032 01|parsing time \"2019 032 01\": day-of-year does not match month",
        "2006-01-02 -0700|2010-02-04 -2500|parsing time \"2010-02-04 -2500\": time zone offset hour out of range",
        "2006-01-02 MST|2010-02-04 Pacific|parsing time \"2010-02-04 Pacific\" as \"2006-01-02 MST\": cannot parse \"Pacific\" as \"MST\"",
        "Jan|Föo|parsing time \"F\\xc3\\xb6o\" as \"Jan\": cannot parse \"F\\xc3\\xb6o\" as \"Jan\"",
        "15:04:05.000|10:00:00.12|parsing time \"10:00:00.12\" as \"15:04:05.000\": cannot parse \".12\" as \".000\"",
        "PM|XM|parsing time \"XM\" as \"PM\": cannot parse \"XM\" as \"PM\"",
    })
    void reportsErrorsInGoWords(String layout, String value, String message) {
        assertThatThrownBy(() -> GoTimeLayout.parse(layout, value)).isInstanceOf(GoTimeException.class)
                .hasMessage(message);
    }

    @Test
    void resolvesAnOffsetMatchingTheLocalZoneToTheLocalZone() {
        ZonedDateTime t = GoTimeLayout.parse(GoTimeLayout.RFC3339, "2021-02-03T11:05:06-05:00", ZoneOffset.UTC,
                NEW_YORK);
        assertThat(t.getZone()).isEqualTo(NEW_YORK);
        assertThat(GoTimeLayout.format(t, "MST")).isEqualTo("EST");
        ZonedDateTime other = GoTimeLayout.parse(GoTimeLayout.RFC3339, "2021-02-03T11:05:06-04:00", ZoneOffset.UTC,
                NEW_YORK);
        assertThat(other.getZone()).isEqualTo(ZoneOffset.ofHours(-4));
    }

    @Test
    void resolvesALocalAbbreviationWithItsOffset() {
        ZonedDateTime t = GoTimeLayout.parse("2006-01-02 15:04 MST", "2021-07-04 10:00 EDT", ZoneOffset.UTC, NEW_YORK);
        assertThat(GoTimeLayout.formatRfc3339Nano(t)).isEqualTo("2021-07-04T10:00:00-04:00");
        ZonedDateTime winter = GoTimeLayout.parse("2006-01-02 15:04 MST", "2021-01-04 10:00 EST", ZoneOffset.UTC,
                NEW_YORK);
        assertThat(GoTimeLayout.formatRfc3339Nano(winter)).isEqualTo("2021-01-04T10:00:00-05:00");
    }

    @Test
    void fabricatesAZeroOffsetZoneForAnUnknownAbbreviation() {
        ZonedDateTime t = GoTimeLayout.parse("2006-01-02 15:04 MST", "2021-07-04 10:00 PDT", ZoneOffset.UTC,
                ZoneOffset.UTC);
        assertThat(t.getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(GoTimeLayout.format(t, "15:04 MST -0700")).isEqualTo("10:00 PDT +0000");
    }

    @Test
    void shiftsTheWallClockForGmtOffsetsLikeGo() {
        // Go reads the wall clock as UTC and then attaches a +3h zone named GMT+3.
        ZonedDateTime t = GoTimeLayout.parse("15:04 MST", "10:00 GMT+3", ZoneOffset.UTC, ZoneOffset.UTC);
        assertThat(GoTimeLayout.format(t, "15:04 MST -07:00")).isEqualTo("13:00 GMT+3 +03:00");
    }

    @Test
    void parsesInTheDefaultZoneWhenTheValueHasNone() {
        ZonedDateTime t = GoTimeLayout.parse("2006-01-02 15:04", "2021-07-04 10:00", NEW_YORK);
        assertThat(GoTimeLayout.formatRfc3339Nano(t)).isEqualTo("2021-07-04T10:00:00-04:00");
        // In the spring-forward gap Go keeps the earlier offset and moves the clock back.
        ZonedDateTime gap = GoTimeLayout.parse("2006-01-02 15:04", "2021-03-14 02:30", NEW_YORK);
        assertThat(GoTimeLayout.formatRfc3339Nano(gap)).isEqualTo("2021-03-14T01:30:00-05:00");
    }
}

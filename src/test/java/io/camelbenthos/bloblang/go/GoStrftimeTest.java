package io.camelbenthos.bloblang.go;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoStrftimeTest {
    /** Friday 2020-07-24 09:07:29.123456789 UTC. */
    private static final ZonedDateTime T = ZonedDateTime.of(2020, 7, 24, 9, 7, 29, 123_456_789, ZoneOffset.UTC);
    private static final ZonedDateTime NY = T.withZoneSameLocal(ZoneId.of("America/New_York"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "%Y/%m/%d %H:%M:%S|2020/07/24 09:07:29",
        "%a, %d %b %Y %T %z|'Fri, 24 Jul 2020 09:07:29 +0000'",
        "%A %B %h|Friday July Jul",
        "%-m/%-d %-H|7/24 9",
        "'%_m/%e/%k/%l/%I %p %P'|' 7/24/ 9/ 9/09 AM am'",
        "'%10A/%-10A/%_10A/%010A'|'    Friday/    Friday/    Friday/0000Friday'",
        "%^a %^b %#Z %#a %^P|FRI JUL utc FRI AM",
        "%:z %::z %:::z|+00:00 +00:00:00 +00",
        "%j %U %W %V %G %g %u %w|206 29 29 30 2020 20 5 5",
        "%f|123456",
        "%3f|123456",
        "%s|1595581649",
        "%C %y|20 20",
        "%F %T|2020-07-24 09:07:29",
        "%D %R %r|07/24/20 09:07 09:07:29 AM",
        "%x %X|07/24/20 09:07:29",
        "%c|Fri Jul 24 09:07:29 2020",
        "%+|Fri Jul 24 09:07:29 UTC 2020",
        "%^c|FRI JUL 24 09:07:29 2020",
        "%v|24-Jul-2020",
        "%Q %|%Q %",
        "%5Q|'  %5Q'",
        "%5|'   %5'",
        "%-|%-",
        "%::::z|%::::z",
        "%:x|%:x",
        "%%|%",
        "%_5z|' +000'",
        "%Z|UTC",
        "%Y-%b-%d %H:%M:%S.%f|2020-Jul-24 09:07:29.123456",
    })
    void formatsLikeTimefmt(String format, String expected) {
        assertThat(GoStrftime.format(T, format)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "%z %:z %::z %:::z|-0400 -04:00 -04:00:00 -04",
        "%Z|EDT",
        "%05z|-0400",
        "%07z|-000400",
        // Space padding applies to the hours too.
        "%_7z|'   -400'",
    })
    void formatsZonesLikeTimefmt(String format, String expected) {
        assertThat(GoStrftime.format(NY, format)).isEqualTo(expected);
    }

    @Test
    void formatsOddOffsetsAndYears() {
        ZonedDateTime india = T.withZoneSameInstant(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(GoStrftime.format(india, "%:::z %Z")).isEqualTo("+05:30 +0530");
        ZonedDateTime bc = ZonedDateTime.of(-5, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        assertThat(GoStrftime.format(bc, "%Y %C %y %_Y")).isEqualTo("-005 -0 05   -5");
        ZonedDateTime big = ZonedDateTime.of(12345, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        assertThat(GoStrftime.format(big, "%Y")).isEqualTo("12345");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "2020/07/24 09:07:29|%Y/%m/%d %H:%M:%S|2020-07-24T09:07:29Z",
        "2020-Aug-14|%Y-%b-%d|2020-08-14T00:00:00Z",
        "2020-Aug-14 11:50:26.371000|%Y-%b-%d %H:%M:%S.%f|2020-08-14T11:50:26.371Z",
        "11:50:26.12|%H:%M:%S.%f|1900-01-01T11:50:26.12Z",
        "1595581649|%s|2020-07-24T09:07:29Z",
        "2020-07-24T09:07:29+09:00|%Y-%m-%dT%H:%M:%S%z|2020-07-24T09:07:29+09:00",
        "2020-07-24T09:07:29+0900|%Y-%m-%dT%H:%M:%S%z|2020-07-24T09:07:29+09:00",
        "2020-07-24T09:07:29Z|%Y-%m-%dT%H:%M:%S%z|2020-07-24T09:07:29Z",
        "2020-07-24T09:07:29-05:30:15|%FT%T%::z|2020-07-24T09:07:29-05:30",
        "2020 060|%Y %j|2020-02-29T00:00:00Z",
        "2020-W30-5|%G-W%V-%u|2020-07-24T00:00:00Z",
        "09:07 PM|%I:%M %p|1900-01-01T21:07:00Z",
        "12:07 am|%I:%M %p|1900-01-01T00:07:00Z",
        "' 4 JULY 2020'|%e %B %Y|2020-07-04T00:00:00Z",
        "Fri Jul 24 09:07:29 2020|%c|2020-07-24T09:07:29Z",
        "20 20|%C %y|2020-01-01T00:00:00Z",
        "2020-02-31|%F|2020-03-02T00:00:00Z",
        "'2020 \t 07'|%Y%n%m|2020-07-01T00:00:00Z",
        "12:00 UTC|%H:%M %Z|1900-01-01T12:00:00Z",
    })
    void parsesLikeTimefmt(String source, String format, String expected) {
        ZonedDateTime t = GoStrftime.parse(source, format, ZoneOffset.UTC, ZoneOffset.UTC);
        assertThat(GoTimeLayout.formatRfc3339Nano(t)).isEqualTo(expected);
    }

    @Test
    void resolvesZoneNamesAgainstTheBaseZone() {
        ZoneId ny = ZoneId.of("America/New_York");
        ZonedDateTime t = GoStrftime.parse("2020-07-24 09:07 EDT", "%Y-%m-%d %H:%M %Z", ZoneOffset.UTC, ny);
        assertThat(GoTimeLayout.formatRfc3339Nano(t)).isEqualTo("2020-07-24T09:07:00-04:00");
        ZonedDateTime unknown = GoStrftime.parse("2020-07-24 09:07 PDT", "%Y-%m-%d %H:%M %Z", ZoneOffset.UTC,
                ZoneOffset.UTC);
        assertThat(GoStrftime.format(unknown, "%H:%M %Z %z")).isEqualTo("09:07 PDT +0000");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "2020|%Y-%m|failed to parse \"2020\" with \"%Y-%m\": expected '-'",
        "2020x|%Y|failed to parse \"2020x\" with \"%Y\": unparsed string \"x\"",
        "ab|%Y|failed to parse \"ab\" with \"%Y\": cannot parse \"%Y\"",
        "13|%m|failed to parse \"13\" with \"%m\": cannot parse \"%m\"",
        "2020|%Q|failed to parse \"2020\" with \"%Q\": unexpected format \"%Q\"",
        "2020|%Y%|failed to parse \"2020\" with \"%Y%\": stray \"%\"",
        "x|%:|failed to parse \"x\" with \"%:\": expected 'z' after \"%:\"",
        "x|%::y|failed to parse \"x\" with \"%::y\": expected 'z' after \"%::\"",
        "+0900|%:z|failed to parse \"+0900\" with \"%:z\": expected ':' for \"%:z\"",
        "0900|%z|failed to parse \"0900\" with \"%z\": cannot parse \"%z\"",
        "''|%z|failed to parse \"\" with \"%z\": cannot parse \"%z\"",
        "Pacific|%Z|failed to parse \"Pacific\" with \"%Z\": cannot parse \"P\" with \"%Z\"",
        "2020|%t|failed to parse \"2020\" with \"%t\": expected a space for \"%t\"",
        "-20|%C|failed to parse \"-20\" with \"%C\": negative century is not supported for \"%C\"",
        "2020 30|%G %j|failed to parse \"2020 30\" with \"%G %j\": use \"%Y\" to parse non-ISO year for \"%j\"",
        "2020 30|%Y %V|failed to parse \"2020 30\" with \"%Y %V\": use \"%G\" to parse ISO year for \"%V\"",
    })
    void reportsErrorsInTheLibrarysWords(String source, String format, String message) {
        assertThatThrownBy(() -> GoStrftime.parse(source, format)).isInstanceOf(GoTimeException.class)
                .hasMessage(message);
    }
}

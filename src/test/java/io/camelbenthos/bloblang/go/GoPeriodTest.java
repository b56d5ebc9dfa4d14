package io.camelbenthos.bloblang.go;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoPeriodTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "P3Y6M4DT12H30M5S|110839937000000000", "PT2H|7200000000000", "PT3.5S|3500000000",
        "P1D|86400000000000", "P1W|604800000000000", "P1M|2629746000000000", "P1Y|31556952000000000",
        "-P1D|-86400000000000", "+PT1M|60000000000", "P0D|0", "PT0S|0", "PT1,5S|1500000000",
        "P1DT-1H|82800000000000", "PT0.000000001S|1", "P0.5D|43200000000000",
    })
    void convertsToAnApproximateDuration(String iso, long nanos) {
        assertThat(GoPeriod.parse(iso).durationApproxNanos()).isEqualTo(nanos);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2020-08-14T05:54:23Z|P1Y|2021-08-14T05:54:23Z",
        "2020-01-01T00:00:00Z|P1Y2M3DT4H5M6S|2021-03-04T04:05:06Z",
        // Go's AddDate normalises Feb 31 to Mar 3 (java.time would clamp to Feb 29).
        "2020-01-31T00:00:00Z|P1M|2020-03-02T00:00:00Z",
        "2020-02-29T00:00:00Z|P1Y|2021-03-01T00:00:00Z",
        "2020-01-01T00:00:00Z|P2W|2020-01-15T00:00:00Z",
        "2020-01-01T00:00:00Z|PT36H|2020-01-02T12:00:00Z",
        "2020-01-01T00:00:00Z|P0.5D|2020-01-01T12:00:00Z",
        "2020-01-01T00:00:00Z|-P1D|2019-12-31T00:00:00Z",
    })
    void addsToTimestampsLikeTheLibrary(String start, String iso, String expected) {
        ZonedDateTime t = ZonedDateTime.parse(start);
        assertThat(GoTimeLayout.formatRfc3339Nano(GoPeriod.parse(iso).addTo(t))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2021-03-04T04:05:06Z|P1Y2M3DT4H5M6S|2020-01-01T00:00:00Z",
        "2020-08-14T05:54:23Z|P1Y|2019-08-14T05:54:23Z",
    })
    void subtractsThroughNegate(String start, String iso, String expected) {
        ZonedDateTime t = ZonedDateTime.parse(start);
        assertThat(GoTimeLayout.formatRfc3339Nano(GoPeriod.parse(iso).negate().addTo(t))).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void addsCalendarDaysAcrossDaylightSavingInTheTimestampsZone() {
        ZonedDateTime t = ZonedDateTime.of(2021, 3, 13, 12, 0, 0, 0, ZoneId.of("America/New_York"));
        assertThat(GoTimeLayout.formatRfc3339Nano(GoPeriod.parse("P1D").addTo(t)))
                .isEqualTo("2021-03-14T12:00:00-04:00");
        assertThat(GoTimeLayout.formatRfc3339Nano(GoPeriod.parse("PT24H").addTo(t)))
                .isEqualTo("2021-03-14T13:00:00-04:00");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "''|cannot parse a blank string as a period",
        "-|cannot parse a blank string as a period",
        "1Y|1Y: expected 'P' period mark at the start",
        "P|P: expected 'Y', 'M', 'W', 'D', 'H', 'M', or 'S' designator",
        "P1X|P1X: expected a designator Y, M, W, D, H, or S not 'X'",
        "P1|P1: missing designator at the end",
        "PX|PX: expected a number but found 'X'",
        "P1Y1Y|P1Y1Y: 'Y' designator cannot occur more than once",
        "PT1D|PT1D: 'D' designator cannot occur here",
        "PT1HT|PT1HT: 'T' designator cannot occur more than once",
        "P1.5Y2M|P1.5Y2M: 'Y' & 'M' only the last field can have a fraction",
        "P1..5Y|P1..5Y: number invalid or out of range",
    })
    void rejectsWithTheLibrarysMessages(String iso, String message) {
        assertThatThrownBy(() -> GoPeriod.parse(iso)).isInstanceOf(GoTimeException.class).hasMessage(message);
    }
}

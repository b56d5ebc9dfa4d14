package io.camelbenthos.bloblang.go;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoDurationTest {
    private static final long S = 1_000_000_000L;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|0", "-0|0", "+0|0", "5s|5000000000", "+5s|5000000000", "-5s|-5000000000", "5.0s|5000000000",
        "5.6s|5600000000", "5.s|5000000000", ".5s|500000000", "1.004s|1004000000", "100.00100s|100001000000",
        "10ns|10", "11us|11000", "12\u00b5s|12000", "12\u03bcs|12000", "13ms|13000000", "15m|900000000000",
        "16h|57600000000000", "3h30m|12600000000000", "10.5s4m|250500000000", "-2m3.4s|-123400000000",
        "1h2m3s4ms5us6ns|3723004005006", "39h9m14.425s|140954425000000", "0.3333333333333333333h|1200000000000",
        "9007199254740993ns|9007199254740993", "9223372036854775807ns|9223372036854775807",
        "9223372036854775.807us|9223372036854775807", "9223372036s854ms775us807ns|9223372036854775807",
        "-9223372036854775808ns|-9223372036854775808", "-2562047h47m16.854775808s|-9223372036854775808",
        "0.100000000000000000000h|360000000000", "0.830103483285477580700h|2988372539827",
        "50us|50000", "2h|7200000000000", "1.5h|5400000000000", "-2\u00b5s|-2000",
    })
    void parsesLikeGo(String text, long nanos) {
        assertThat(GoDuration.parse(text)).isEqualTo(nanos);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "''|time: invalid duration \"\"",
        "3|time: missing unit in duration \"3\"",
        "-|time: invalid duration \"-\"",
        "s|time: invalid duration \"s\"",
        ".|time: invalid duration \".\"",
        "-.|time: invalid duration \"-.\"",
        ".s|time: invalid duration \".s\"",
        "1d|time: unknown unit \"d\" in duration \"1d\"",
        "1\u00e9|time: unknown unit \"\\xc3\\xa9\" in duration \"1\\xc3\\xa9\"",
        "9223372036854775808ns|time: invalid duration \"9223372036854775808ns\"",
        "9223372036854775.808us|time: invalid duration \"9223372036854775.808us\"",
        "-9223372036854775809ns|time: invalid duration \"-9223372036854775809ns\"",
        "3000000h|time: invalid duration \"3000000h\"",
        "1h 2m|time: unknown unit \"h \" in duration \"1h 2m\"",
    })
    void rejectsLikeGo(String text, String message) {
        assertThatThrownBy(() -> GoDuration.parse(text)).isInstanceOf(GoTimeException.class).hasMessage(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|0s", "1|1ns", "1100|1.1\u00b5s", "2200000|2.2ms", "3300000000|3.3s", "245000000000|4m5s",
        "245001000000|4m5.001s", "18367001000000|5h6m7.001s", "480000000001|8m0.000000001s",
        "5400000000000|1h30m0s", "1500000000|1.5s", "-1500000000|-1.5s", "9223372036854775807|2562047h47m16.854775807s",
        "-9223372036854775808|-2562047h47m16.854775808s", "60000000000|1m0s", "3600000000000|1h0m0s",
    })
    void formatsLikeGo(long nanos, String text) {
        assertThat(GoDuration.format(nanos)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"1h30m0s", "1.5s", "300ms", "2562047h47m16.854775807s", "-4m5.001s"})
    void roundTrips(String text) {
        assertThat(GoDuration.format(GoDuration.parse(text))).isEqualTo(text);
        assertThat(GoDuration.parse("1s")).isEqualTo(S);
    }
}

package io.camelbenthos.bloblang.go;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Expected values follow Go's strconv documentation and test tables (ftoa_test.go, quote_test.go, atoi_test.go). */
class GoStrconvTest {

    @ParameterizedTest(name = "FormatFloat({0}, {1}, {2}, 64) = {3}")
    @CsvSource(delimiter = '|', value = {
        "1|e|5|1.00000e+00", "1|f|5|1.00000", "1|g|5|1", "1|g|-1|1", "20|g|-1|20", "1234567.8|g|-1|1.2345678e+06",
        "200000|g|-1|200000", "2000000|g|-1|2e+06", "1e23|e|17|9.99999999999999916e+22",
        "1e23|f|17|99999999999999991611392.00000000000000000", "1e23|g|17|9.9999999999999992e+22",
        "1e23|e|-1|1e+23", "1e23|f|-1|100000000000000000000000", "1e23|g|-1|1e+23", "0|e|5|0.00000e+00",
        "0|f|5|0.00000", "0|g|5|0", "0|g|-1|0", "0|e|-1|0e+00", "-1|e|5|-1.00000e+00", "-1|g|-1|-1",
        "12|g|-1|12", "123456700|g|-1|1.234567e+08", "1.2345e6|g|-1|1.2345e+06", "1e21|g|-1|1e+21",
        "0.1|g|-1|0.1", "0.0001|g|-1|0.0001", "0.00001|g|-1|1e-05", "32|g|0|3e+01", "100|g|5|100",
        "100000|g|3|1e+05", "0.5|f|0|0", "1.5|f|0|2", "2.5|f|0|2", "0.125|f|2|0.12", "0.375|f|2|0.38",
        "383260575764816448|f|0|383260575764816448", "383260575764816448|g|-1|3.8326057576481645e+17",
        "498484681984085570|f|-1|498484681984085570", "-5.11e-95|g|-1|-5.11e-95", "5e-324|e|-1|5e-324",
        "1.7976931348623157e308|g|-1|1.7976931348623157e+308", "1e-7|f|-1|0.0000001", "3.14159|E|2|3.14E+00",
        "1e-10|G|-1|1E-10", "123456|g|-1|123456", "1000000|g|-1|1e+06", "0.000123|e|3|1.230e-04",
        "2.675|f|2|2.67", "1e100|e|-1|1e+100", "0.0001|f|1|0.0", "0.6|f|0|1", "9.5|f|0|10", "99.99|g|3|100",
        "1.0e-5|e|-1|1e-05", "-0.0|g|-1|-0", "2e-3|g|-1|0.002"
    })
    void formatFloat64(double f, char fmt, int prec, String expected) {
        assertThat(GoStrconv.formatFloat(f, fmt, prec, 64)).isEqualTo(expected);
    }

    @Test
    void smallestDenormalInFixedNotation() {
        assertThat(GoStrconv.formatFloat(Double.MIN_VALUE, 'f', -1, 64)).isEqualTo("0." + "0".repeat(323) + "5");
    }

    @ParameterizedTest(name = "FormatFloat({0}, {1}, {2}, 32) = {3}")
    @CsvSource(delimiter = '|', value = {
        "1e23|g|-1|1e+23", "3.4028235e38|g|-1|3.4028235e+38", "16777216|g|-1|1.6777216e+07", "0.1|g|-1|0.1",
        "0.1|g|17|0.10000000149011612", "1.4e-45|e|-1|1e-45", "3.1415927|f|-1|3.1415927"
    })
    void formatFloat32(double f, char fmt, int prec, String expected) {
        assertThat(GoStrconv.formatFloat(f, fmt, prec, 32)).isEqualTo(expected);
    }

    @Test
    void specialFloats() {
        assertThat(GoStrconv.formatFloat(Double.NaN)).isEqualTo("NaN");
        assertThat(GoStrconv.formatFloat(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
        assertThat(GoStrconv.formatFloat(Double.NEGATIVE_INFINITY, 'f', 2, 64)).isEqualTo("-Inf");
    }

    @Test
    void shortestDigitsRoundTripForManyValues() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(42);
        for (int i = 0; i < 20_000; i++) {
            double d = Double.longBitsToDouble(rnd.nextLong());
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                continue;
            }
            String s = GoStrconv.formatFloat(d, 'e', -1, 64);
            assertThat(Double.parseDouble(s)).isEqualTo(d);
            // never longer than Java's own round-tripping text
            String mantissa = s.substring(0, s.indexOf('e')).replace("-", "").replace(".", "");
            assertThat(mantissa.length()).isLessThanOrEqualTo(17);
        }
    }

    @ParameterizedTest(name = "json {0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "2.0|2", "1e-7|1e-7", "1e21|1e+21", "1e20|100000000000000000000", "0.000001|0.000001",
        "0.0000001234|1.234e-7", "123456789.123|123456789.123", "-1.5|-1.5", "0|0", "1e23|1e+23",
        "1.7976931348623157e308|1.7976931348623157e+308", "5e-324|5e-324", "1e-100|1e-100"
    })
    void jsonFloat(double f, String expected) {
        assertThat(GoStrconv.formatJsonFloat(f)).isEqualTo(expected);
    }

    @Test
    void jsonRejectsNaN() {
        assertThatThrownBy(() -> GoStrconv.formatJsonFloat(Double.NaN)).hasMessage("json: unsupported value: NaN");
        assertThatThrownBy(() -> GoStrconv.formatJsonFloat(Double.NEGATIVE_INFINITY))
                .hasMessage("json: unsupported value: -Inf");
    }

    @Test
    void quote() {
        assertThat(GoStrconv.quote("\u0007\b\f\r\n\t\u000b")).isEqualTo("\"\\a\\b\\f\\r\\n\\t\\v\"");
        assertThat(GoStrconv.quote("\\")).isEqualTo("\"\\\\\"");
        assertThat(GoStrconv.quote("\"'")).isEqualTo("\"\\\"'\"");
        assertThat(GoStrconv.quote("\u263a é")).isEqualTo("\"\u263a é\"");
        assertThat(GoStrconv.quoteToASCII("\u263a é")).isEqualTo("\"\\u263a \\u00e9\"");
        assertThat(GoStrconv.quote("\u0004\u007f")).isEqualTo("\"\\x04\\x7f\"");
        assertThat(GoStrconv.quote("!\u00a0!\u2000!\u3000!\u00ad")).isEqualTo("\"!\\u00a0!\\u2000!\\u3000!\\u00ad\"");
        assertThat(GoStrconv.quote(new String(Character.toChars(0x10ffff)))).isEqualTo("\"\\U0010ffff\"");
        assertThat(GoStrconv.quoteToASCII("\uD83D\uDE00")).isEqualTo("\"\\U0001f600\"");
        assertThat(GoStrconv.quote("\uD83D\uDE00")).isEqualTo("\"\uD83D\uDE00\"");
        byte[] invalid = {'a', 'b', 'c', (byte) 0xff, 'd'};
        assertThat(GoStrconv.quote(invalid)).isEqualTo("\"abc\\xffd\"");
        assertThat(GoStrconv.quoteRune('\'')).isEqualTo("'\\''");
        assertThat(GoStrconv.quoteRune(0xD800)).isEqualTo("'\uFFFD'");
        assertThat(GoStrconv.quoteRune('\u263a')).isEqualTo("'\u263a'");
    }

    @ParameterizedTest(name = "Unquote({0}) = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "\"\"|", "\"a\"|a", "\"abc\"|abc", "\"\\u263a\"|\u263a", "\"\\U0001F600\"|\uD83D\uDE00", "\"\\u00e9\"|é",
        "\"\\n\\t\\\\\\\"\"|~\n\t\\\"~", "'a'|a", "'\\''|'", "'\"'|\"", "\"'\"|'", "`a\\nb`|a\\nb", "'☹'|☹",
        "\"\\101\\x41\"|AA"
    })
    void unquote(String in, String expected) {
        assertThat(GoStrconv.unquote(in)).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void unquoteKeepsBytesAndDropsRawCarriageReturns() {
        assertThat(GoStrconv.unquoteBytes("\"\\xff\\377\"")).containsExactly(0xff, 0xff);
        assertThat(GoStrconv.unquote("`a\r\nb`")).isEqualTo("a\nb");
        assertThat(GoStrconv.unquote("\"\\xe2\\x98\\xba\"")).isEqualTo("\u263a");
        // an invalid byte stays raw (held as a lone surrogate, see GoUtf8) as in Go's string
        assertThat(GoUtf8.encode(GoStrconv.unquote("\"\\xff\""))).containsExactly(0xff);
    }

    @ParameterizedTest(name = "Unquote({0}) fails")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "\"", "\"lone", "'ab'", "''", "\"\\'\"", "\"\\z\"", "`a`b`", "\"\\400\"", "a", "\"a\nb\"", "\"\\ud800\"",
        "\"\\x1\"", "\"a\"b\"", "'\\\"'"
    })
    void unquoteFails(String in) {
        assertThatThrownBy(() -> GoStrconv.unquote(in)).hasMessage("invalid syntax");
    }

    @ParameterizedTest(name = "ParseInt({0}, {1}, {2}) = {3}")
    @CsvSource(delimiter = '|', value = {
        "0|0|64|0", "-0|10|64|0", "0x1F|0|64|31", "0X1f|0|64|31", "0b101|0|64|5", "0o17|0|64|15", "017|0|64|15",
        "1_000|0|64|1000", "0x_1F|0|64|31", "+12|10|64|12", "-9223372036854775808|10|64|-9223372036854775808",
        "9223372036854775807|10|0|9223372036854775807", "-128|10|8|-128", "127|10|8|127", "zz|36|64|1295",
        "ff|16|32|255"
    })
    void parseInt(String s, int base, int bits, long expected) {
        assertThat(GoStrconv.parseInt(s, base, bits)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "ParseInt({0}, {1}, {2}) -> {3}")
    @CsvSource(delimiter = '|', value = {
        "x|10|64|strconv.ParseInt: parsing \"x\": invalid syntax",
        "|10|64|strconv.ParseInt: parsing \"\": invalid syntax",
        "1__000|0|64|strconv.ParseInt: parsing \"1__000\": invalid syntax",
        "_1|0|64|strconv.ParseInt: parsing \"_1\": invalid syntax",
        "1_|0|64|strconv.ParseInt: parsing \"1_\": invalid syntax",
        "1_000|10|64|strconv.ParseInt: parsing \"1_000\": invalid syntax",
        "0x|0|64|strconv.ParseInt: parsing \"0x\": invalid syntax",
        "9223372036854775808|10|64|strconv.ParseInt: parsing \"9223372036854775808\": value out of range",
        "-9223372036854775809|10|64|strconv.ParseInt: parsing \"-9223372036854775809\": value out of range",
        "99999999999999999999999|10|64|strconv.ParseInt: parsing \"99999999999999999999999\": value out of range",
        "128|10|8|strconv.ParseInt: parsing \"128\": value out of range",
        "-129|10|8|strconv.ParseInt: parsing \"-129\": value out of range",
        "1.5|10|64|strconv.ParseInt: parsing \"1.5\": invalid syntax",
        "12|1|64|strconv.ParseInt: parsing \"12\": invalid base 1",
        "12|10|65|strconv.ParseInt: parsing \"12\": invalid bit size 65"
    })
    void parseIntErrors(String s, int base, int bits, String message) {
        assertThatThrownBy(() -> GoStrconv.parseInt(s == null ? "" : s, base, bits))
                .isInstanceOf(GoNumError.class).hasMessage(message);
    }

    @Test
    void parseUint() {
        assertThat(GoStrconv.parseUint("18446744073709551615", 10, 64)).isEqualTo(-1L);
        assertThatThrownBy(() -> GoStrconv.parseUint("18446744073709551616", 10, 64))
                .hasMessage("strconv.ParseUint: parsing \"18446744073709551616\": value out of range");
        assertThatThrownBy(() -> GoStrconv.parseUint("-1", 10, 64))
                .hasMessage("strconv.ParseUint: parsing \"-1\": invalid syntax");
        assertThatThrownBy(() -> GoStrconv.parseUint("256", 10, 8))
                .hasMessage("strconv.ParseUint: parsing \"256\": value out of range");
    }

    @ParameterizedTest(name = "ParseFloat({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "1|1.0", "+1|1.0", "-1.5|-1.5", "1e3|1000.0", "1E-2|0.01", ".5|0.5", "5.|5.0", "0x1p-2|0.25",
        "0x1.8p1|3.0", "1_000.5|1000.5", "inf|Infinity", "-Infinity|-Infinity", "+INF|Infinity", "1e-400|0.0",
        "00012|12.0"
    })
    void parseFloat(String s, double expected) {
        assertThat(GoStrconv.parseFloat(s, 64)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "ParseFloat({0}) -> {1}")
    @CsvSource(delimiter = '|', value = {
        "x|strconv.ParseFloat: parsing \"x\": invalid syntax", "1e|strconv.ParseFloat: parsing \"1e\": invalid syntax",
        "0x1.8|strconv.ParseFloat: parsing \"0x1.8\": invalid syntax",
        "'1.5 '|strconv.ParseFloat: parsing \"1.5 \": invalid syntax",
        "1e400|strconv.ParseFloat: parsing \"1e400\": value out of range",
        "+nan|strconv.ParseFloat: parsing \"+nan\": invalid syntax",
        "1f|strconv.ParseFloat: parsing \"1f\": invalid syntax", "1__0|strconv.ParseFloat: parsing \"1__0\": invalid syntax",
        ".|strconv.ParseFloat: parsing \".\": invalid syntax"
    })
    void parseFloatErrors(String s, String message) {
        assertThatThrownBy(() -> GoStrconv.parseFloat(s, 64)).isInstanceOf(GoNumError.class).hasMessage(message);
    }

    @Test
    void parseFloat32AndNaN() {
        assertThat(GoStrconv.parseFloat("NaN", 64)).isNaN();
        assertThat(GoStrconv.parseFloat("3.4028235e38", 32)).isEqualTo((double) Float.MAX_VALUE);
        assertThatThrownBy(() -> GoStrconv.parseFloat("3.5e38", 32))
                .hasMessage("strconv.ParseFloat: parsing \"3.5e38\": value out of range");
    }

    @Test
    void parseBool() {
        for (String t : new String[] {"1", "t", "T", "TRUE", "true", "True"}) {
            assertThat(GoStrconv.parseBool(t)).isTrue();
        }
        for (String f : new String[] {"0", "f", "F", "FALSE", "false", "False"}) {
            assertThat(GoStrconv.parseBool(f)).isFalse();
        }
        assertThatThrownBy(() -> GoStrconv.parseBool("yes"))
                .hasMessage("strconv.ParseBool: parsing \"yes\": invalid syntax");
    }
}

package io.camelbenthos.bloblang.go;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.bloblang.value.JsonNumber;
import io.camelbenthos.bloblang.value.UInt64;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected texts follow Go's fmt documentation and fmt_test.go. */
class GoFmtTest {

    static Stream<Arguments> single() {
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        return Stream.of(
            // integers (Bloblang int64)
            Arguments.of("%d", 12345L, "12345"), Arguments.of("%v", -12345L, "-12345"),
            Arguments.of("%5d", 12L, "   12"), Arguments.of("%-5d|", 12L, "12   |"), Arguments.of("%05d", -12L, "-0012"),
            Arguments.of("%+d", 12L, "+12"), Arguments.of("% d", 12L, " 12"), Arguments.of("%.3d", 7L, "007"),
            Arguments.of("%.0d", 0L, ""), Arguments.of("%5.0d", 0L, "     "), Arguments.of("%#x", 255L, "0xff"),
            Arguments.of("%#X", 255L, "0XFF"), Arguments.of("%#o", 8L, "010"), Arguments.of("%O", 8L, "0o10"),
            Arguments.of("%#b", 5L, "0b101"), Arguments.of("%b", -5L, "-101"), Arguments.of("%x", -255L, "-ff"),
            Arguments.of("%-05d|", 3L, "3    |"), Arguments.of("%08.3d", 7L, "     007"),
            Arguments.of("%c", 120L, "x"), Arguments.of("%q", 120L, "'x'"), Arguments.of("%U", 0x1F600L, "U+1F600"),
            Arguments.of("%#U", 0x263aL, "U+263A '\u263a'"), Arguments.of("%U", 1L, "U+0001"),
            Arguments.of("%d", new UInt64(-1L), "18446744073709551615"),
            Arguments.of("%#v", new UInt64(255L), "0xff"), Arguments.of("%d", 7, "7"), Arguments.of("%T", 7, "int32"),
            Arguments.of("%s", 5L, "%!s(int64=5)"), Arguments.of("%z", 1L, "%!z(int64=1)"),
            Arguments.of("%5s", 5L, "%!s(int64=    5)"),
            // strings
            Arguments.of("%s", "abc", "abc"), Arguments.of("%v", "abc", "abc"), Arguments.of("%q", "abc", "\"abc\""),
            Arguments.of("%x", "xyz", "78797a"), Arguments.of("%X", "xyz", "78797A"), Arguments.of("% x", "xyz", "78 79 7a"),
            Arguments.of("%#x", "xyz", "0x78797a"), Arguments.of("%# x", "xyz", "0x78 0x79 0x7a"),
            Arguments.of("%5s", "abc", "  abc"), Arguments.of("%-5s|", "abc", "abc  |"), Arguments.of("%05s", "abc", "00abc"),
            Arguments.of("%.2s", "abc", "ab"), Arguments.of("%.1s", "日本語", "日"), Arguments.of("%5.1s", "日本語", "    日"),
            Arguments.of("%#q", "abc", "`abc`"), Arguments.of("%#q", "a`b", "\"a`b\""),
            Arguments.of("%+q", "日本語", "\"\\u65e5\\u672c\\u8a9e\""), Arguments.of("%08q", "abc", "000\"abc\""),
            Arguments.of("%-8q|", "abc", "\"abc\"   |"), Arguments.of("%#v", "a\"b", "\"a\\\"b\""),
            Arguments.of("%d", "x", "%!d(string=x)"), Arguments.of("%T", "x", "string"), Arguments.of("%x", "", ""),
            Arguments.of("%3c|", 0x65e5L, "  日|"), Arguments.of("%w", "x", "%!w(string=x)"),
            // floats
            Arguments.of("%v", 1.0, "1"), Arguments.of("%v", 1e6, "1e+06"), Arguments.of("%v", 123456.0, "123456"),
            Arguments.of("%f", 1.5, "1.500000"), Arguments.of("%.2f", 3.14159, "3.14"), Arguments.of("%e", 1.0, "1.000000e+00"),
            Arguments.of("%g", 100000.0, "100000"), Arguments.of("%G", 1e-7, "1E-07"), Arguments.of("%8.3f", -3.14159, "  -3.142"),
            Arguments.of("%08.3f", -3.14159, "-003.142"), Arguments.of("%+.3e", 0.0, "+0.000e+00"),
            Arguments.of("%#g", 1.0, "1.00000"), Arguments.of("%#.4g", 1.0, "1.000"), Arguments.of("%#g", 123456.0, "123456."),
            Arguments.of("%#g", 1e6, "1.00000e+06"), Arguments.of("%#.0f", 1.0, "1."), Arguments.of("%#.0e", 1.0, "1.e+00"),
            Arguments.of("%x", 1.0, "0x1p+00"), Arguments.of("%X", -10.5, "-0X1.5P+03"), Arguments.of("%.1x", 1.0, "0x1.0p+00"),
            Arguments.of("%b", 1.0, "4503599627370496p-52"), Arguments.of("%5.2f", nan, "  NaN"), Arguments.of("%+f", inf, "+Inf"),
            Arguments.of("%010f", inf, "      +Inf"), Arguments.of("%-010f|", inf, "+Inf      |"), Arguments.of("% f", nan, " NaN"),
            Arguments.of("%+f", nan, "+NaN"), Arguments.of("%010f", nan, "       NaN"), Arguments.of("%F", 2.5, "2.500000"),
            Arguments.of("%d", 1.5, "%!d(float64=1.5)"), Arguments.of("%v", 1.1f, "1.1"), Arguments.of("%T", 1.1f, "float32"),
            Arguments.of("%.3v", 3.14159, "3.14"), Arguments.of("%+v", 1.5, "1.5"), Arguments.of("% .2f", 1.0, " 1.00"),
            Arguments.of("%+07.2f", 1.0, "+001.00"), Arguments.of("%-07.2f|", -1.0, "-1.00  |"),
            // bools and nil
            Arguments.of("%t", true, "true"), Arguments.of("%v", false, "false"), Arguments.of("%d", true, "%!d(bool=true)"),
            Arguments.of("%6t|", true, "  true|"), Arguments.of("%v", null, "<nil>"), Arguments.of("%d", null, "%!d(<nil>)"),
            Arguments.of("%T", null, "<nil>"), Arguments.of("%s", null, "%!s(<nil>)"), Arguments.of("%6v", null, " <nil>"),
            // json.Number
            Arguments.of("%v", new JsonNumber("30"), "30"), Arguments.of("%d", new JsonNumber("30"), "%!d(json.Number=30)"),
            Arguments.of("%T", new JsonNumber("1.5"), "json.Number"), Arguments.of("%s", new JsonNumber("30"), "30"),
            Arguments.of("%q", new JsonNumber("30"), "\"30\""), Arguments.of("%#v", new JsonNumber("30"), "\"30\""),
            Arguments.of("%f", new JsonNumber("1.5"), "%!f(json.Number=1.5)"),
            // bytes
            Arguments.of("%v", "hi".getBytes(StandardCharsets.UTF_8), "[104 105]"),
            Arguments.of("%s", "hi".getBytes(StandardCharsets.UTF_8), "hi"),
            Arguments.of("%x", "hi".getBytes(StandardCharsets.UTF_8), "6869"),
            Arguments.of("%#v", "hi".getBytes(StandardCharsets.UTF_8), "[]byte{0x68, 0x69}"),
            Arguments.of("%T", "hi".getBytes(StandardCharsets.UTF_8), "[]uint8"),
            Arguments.of("%q", "hi".getBytes(StandardCharsets.UTF_8), "\"hi\""),
            Arguments.of("%t", "hi".getBytes(StandardCharsets.UTF_8), "%!t([]uint8=[104 105])"),
            // composites
            Arguments.of("%v", map("b", 2L, "a", 1L), "map[a:1 b:2]"),
            Arguments.of("%#v", map("b", 2L, "a", "x"), "map[string]interface {}{\"a\":\"x\", \"b\":2}"),
            Arguments.of("%T", map("a", 1L), "map[string]interface {}"),
            Arguments.of("%v", list(1L, "a", null, 1.5), "[1 a <nil> 1.5]"),
            Arguments.of("%#v", list(1L, "a", null), "[]interface {}{1, \"a\", interface {}(nil)}"),
            Arguments.of("%d", list(1L, 2L), "[1 2]"), Arguments.of("%x", list("ab", 255L), "[6162 ff]"),
            Arguments.of("%d", list("a"), "[%!d(string=a)]"), Arguments.of("%T", list(), "[]interface {}"),
            Arguments.of("%v", list(list(1L), map("k", list())), "[[1] map[k:[]]]"),
            Arguments.of("%3v", list(1L, 2L), "[  1   2]"),
            Arguments.of("%#v", list("hi".getBytes(StandardCharsets.UTF_8)), "[]interface {}{[]uint8{0x68, 0x69}}"),
            Arguments.of("%v", map("x", new JsonNumber("1.50")), "map[x:1.50]"),
            Arguments.of("%v", map("B", 1L, "a", 2L, "_", 3L), "map[B:1 _:3 a:2]"),
            // timestamps
            Arguments.of("%v", ZonedDateTime.of(2009, 11, 10, 23, 0, 0, 0, ZoneOffset.UTC), "2009-11-10 23:00:00 +0000 UTC"),
            Arguments.of("%s", ZonedDateTime.of(2009, 11, 10, 23, 0, 0, 500_000_000, ZoneOffset.UTC),
                "2009-11-10 23:00:00.5 +0000 UTC"),
            Arguments.of("%v", ZonedDateTime.of(2020, 1, 2, 3, 4, 5, 6, ZoneOffset.ofHours(1)),
                "2020-01-02 03:04:05.000000006 +0100 +0100"),
            Arguments.of("%#v", ZonedDateTime.of(2009, 11, 10, 23, 0, 0, 0, ZoneOffset.UTC),
                "time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)"),
            Arguments.of("%T", ZonedDateTime.of(2009, 11, 10, 23, 0, 0, 0, ZoneOffset.UTC), "time.Time"),
            Arguments.of("%d", ZonedDateTime.of(2009, 11, 10, 23, 0, 0, 0, ZoneOffset.UTC),
                "%!d(time.Time=2009-11-10 23:00:00 +0000 UTC)"));
    }

    @ParameterizedTest(name = "[{index}] {0} of {1} = {2}")
    @MethodSource("single")
    void formatsOneValue(String format, Object arg, String expected) {
        assertThat(GoFmt.sprintf(format, list(arg))).isEqualTo(expected);
    }

    @Test
    void directivesAndArgumentBookkeeping() {
        assertThat(GoFmt.sprintf("%d", 1L, "a")).isEqualTo("1%!(EXTRA string=a)");
        assertThat(GoFmt.sprintf("hi", 1L, null)).isEqualTo("hi%!(EXTRA int64=1, <nil>)");
        assertThat(GoFmt.sprintf("%d %d", 1L)).isEqualTo("1 %!d(MISSING)");
        assertThat(GoFmt.sprintf("%[2]d %[1]d", 1L, 2L)).isEqualTo("2 1");
        assertThat(GoFmt.sprintf("%[3]d", 1L, 2L)).isEqualTo("%!d(BADINDEX)");
        assertThat(GoFmt.sprintf("%[1]d %d", 1L, 2L)).isEqualTo("1 2");
        assertThat(GoFmt.sprintf("%[2]*[1]d", 12L, 5L)).isEqualTo("   12");
        assertThat(GoFmt.sprintf("%*d", 5L, 1L)).isEqualTo("    1");
        assertThat(GoFmt.sprintf("%-*d|", 3L, 1L)).isEqualTo("1  |");
        assertThat(GoFmt.sprintf("%*d|", -3L, 1L)).isEqualTo("1  |");
        assertThat(GoFmt.sprintf("%*d", "x", 42L)).isEqualTo("%!(BADWIDTH)42");
        assertThat(GoFmt.sprintf("%.*d", 3L, 7L)).isEqualTo("007");
        assertThat(GoFmt.sprintf("%.*d", "x", 7L)).isEqualTo("%!(BADPREC)7");
        assertThat(GoFmt.sprintf("%")).isEqualTo("%!(NOVERB)");
        assertThat(GoFmt.sprintf("abc%-")).isEqualTo("abc%!(NOVERB)");
        assertThat(GoFmt.sprintf("%%")).isEqualTo("%");
        assertThat(GoFmt.sprintf("%5%")).isEqualTo("%");
        assertThat(GoFmt.sprintf("%v")).isEqualTo("%!v(MISSING)");
        assertThat(GoFmt.sprintf("%!", 1L)).isEqualTo("%!!(int64=1)");
        assertThat(GoFmt.sprintf("%☺", 1L)).isEqualTo("%!☺(int64=1)");
    }

    @Test
    void bloblangFormatExamples() {
        assertThat(GoFmt.sprintf("%s(%v): %v", "lance", new JsonNumber("37"), new JsonNumber("13")))
                .isEqualTo("lance(37): 13");
        assertThat(GoFmt.sprintf("User %s has %v points", "alice", new JsonNumber("100")))
                .isEqualTo("User alice has 100 points");
    }

    private static List<Object> list(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}

package io.camelbenthos.bloblang.go;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Go's {@code net.ParseIP} and {@code net.IP.String}. */
class GoIpTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "1.2.3.4, 00000000000000000000ffff01020304",
        "255.255.255.255, 00000000000000000000ffffffffffff",
        "0.0.0.0, 00000000000000000000ffff00000000",
        "::, 00000000000000000000000000000000",
        "::1, 00000000000000000000000000000001",
        "2001:db8::, 20010db8000000000000000000000000",
        "2001:DB8:0:0:8:800:200C:417A, 20010db8000000000008080020 0c417a",
        "fe80::1:2, fe800000000000000000000000010002",
        "::ffff:1.2.3.4, 00000000000000000000ffff01020304",
        "::1.2.3.4, 00000000000000000000000001020304",
        "1:2:3:4:5:6:1.2.3.4, 00010002000300040005000601020304",
        "1:2:3:4:5:6:7:8, 00010002000300040005000600070008",
        "1::8, 00010000000000000000000000000008",
    })
    void parsesWhatGoAccepts(String text, String hex) {
        assertThat(HexFormat.of().formatHex(GoIp.parse(text))).isEqualTo(hex.replace(" ", ""));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.256", "1..2.3", "1.2.3.4 ", " 1.2.3.4",
        "1.2.3.-4", "a.b.c.d", "localhost", ":", ":::", "1:2", "1::2::3", "12345::", "1:2:3:4:5:6:7:8:9",
        "1:2:3:4:5:6:7::8", "::1.2.3", "1:2:3:4:5:6:7:1.2.3.4", "1.2.3.4::", "fe80::1%eth0", "1.2.3.4%x", "::g",
        "1:", "::ffff:1.2.3.04", "１.2.3.4"})
    void rejectsWhatGoRejects(String text) {
        assertThat(GoIp.parse(text)).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "2001:0db8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
        "1:0:0:4:0:0:0:8, 1:0:0:4::8",
        "1:0:2:0:3:0:4:0, 1:0:2:0:3:0:4:0",
        "0:0:0:0:0:0:0:0, ::",
        "1:2:3:4:5:6:7:0, 1:2:3:4:5:6:7:0",
        "0:0:3:4:5:6:7:8, ::3:4:5:6:7:8",
        "1:2:3:4:5:6:0:0, 1:2:3:4:5:6::",
        "::ffff:1.2.3.4, 1.2.3.4",
        "::1.2.3.4, ::102:304",
    })
    void formatsAsGo(String in, String out) {
        assertThat(GoIp.format(GoIp.parse(in))).isEqualTo(out);
    }
}

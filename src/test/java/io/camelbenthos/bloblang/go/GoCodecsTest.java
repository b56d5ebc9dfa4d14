package io.camelbenthos.bloblang.go;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** ascii85/z85 and the small hashes, against Go's documented values and published test vectors. */
class GoCodecsTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void ascii85() {
        // the Bloblang encode/decode doc example
        String enc = "FD,B0+DGm>FDl80Ci\"A>F`)8BEckl6F`M&(+Cno&@/";
        assertThat(GoAscii85.encode(b("this is totally unstructured data"))).isEqualTo(enc);
        assertThat(new String(GoAscii85.decode(b(enc)), StandardCharsets.UTF_8))
                .isEqualTo("this is totally unstructured data");
        assertThat(GoAscii85.encode(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 1})).isEqualTo("zz!<");
        assertThat(GoAscii85.decode(b("zz !<\n"))).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 1);
        assertThat(GoAscii85.encode(new byte[0])).isEmpty();
        assertThatThrownBy(() -> GoAscii85.decode(b("ab~cd"))).hasMessage("illegal ascii85 data at input byte 2");
        assertThatThrownBy(() -> GoAscii85.decode(b("abcdef"))).hasMessage("illegal ascii85 data at input byte 6");
    }

    @Test
    void z85() {
        byte[] raw = {(byte) 0x86, 0x4F, (byte) 0xD2, 0x6F, (byte) 0xB5, 0x59, (byte) 0xF7, 0x5B};
        assertThat(GoAscii85.z85Encode(raw)).isEqualTo("HelloWorld");
        assertThat(GoAscii85.z85Decode(b("HelloWorld"))).isEqualTo(raw);
        assertThatThrownBy(() -> GoAscii85.z85Encode(new byte[] {1, 2, 3})).hasMessageContaining("aligned");
        assertThatThrownBy(() -> GoAscii85.z85Decode(b("~~~~~"))).hasMessageContaining("invalid input byte");
    }

    @Test
    void hashes() {
        assertThat(Integer.toHexString(GoHashes.crc32Koopman(b("hello world")))).isEqualTo("df373d3c");
        assertThat(Long.toUnsignedString(GoHashes.xxhash64(new byte[0]))).isEqualTo("17241709254077376921");
        assertThat(Long.toHexString(GoHashes.xxhash64(b("abc")))).isEqualTo("44bc2cf5ad770999");
        assertThat(Long.toHexString(GoHashes.xxhash64(b("Nobody inspects the spammish repetition"))))
                .isEqualTo("fbcea83c8a378bf1");
        assertThat(Integer.toUnsignedString(GoHashes.fnv1a_32(b("")))).isEqualTo("2166136261");
        assertThat(Integer.toHexString(GoHashes.fnv1a_32(b("a")))).isEqualTo("e40c292c");
        assertThat(Integer.toHexString(GoHashes.fnv1_32(b("a")))).isEqualTo("50c5d7e");
        assertThat(Integer.toHexString(GoHashes.fnv1_32(b("foobar")))).isEqualTo("31f0b262");
        assertThat(Integer.toHexString(GoHashes.fnv1a_32(b("foobar")))).isEqualTo("bf9cf968");
    }
}

package io.camelbenthos.bloblang.methods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.bloblang.BloblangException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Encoding, encryption, compression and number methods beyond the documented examples. */
class EncodingAndNumberMethodsTest {

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "root = this.s.encode(\"base64rawurl\")|{\"s\":\"\\u00ff?\"}|w78_",
        "root = this.s.decode(\"base64\").string()|{\"s\":\"aGk=\\n\"}|hi",
        "root = this.s.encode(\"z85\")|{\"s\":\"abcd\"}|vpA.S",
        "root = this.s.decode(\"z85\").string()|{\"s\":\"vpA.S\"}|abcd",
        "root = this.s.hash(\"xxhash64\").string()|{\"s\":\"abc\"}|4952883123889572249",
        "root = this.s.hash(\"fnv32\").string()|{\"s\":\"a\"}|84696446",
        "root = this.s.hash(\"crc32\").encode(\"hex\")|{\"s\":\"hello world\"}|0d4a1185",
        "root = this.s.hash(\"sha256\").encode(\"hex\")|{\"s\":\"\"}|e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "root = this.s.hash(\"hmac_sha256\", \"key\").encode(\"hex\")|{\"s\":\"The quick brown fox jumps over the lazy dog\"}|f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
        "root = this.s.uuid_v5(\"dns\")|{\"s\":\"www.example.com\"}|2ed6657d-e927-568b-95e1-2665a8aea6a2",
        "root = this.s.uuid_v5()|{\"s\":\"x\"}|f3e951bb-a80b-5e6c-a038-a56ee0caa25d",
        "root = this.c.decode(\"base64\").decompress(\"lz4\").string()|{\"c\":\"BCJNGGRwuRgAAIBoZWxsbyB3b3JsZCBJIGxvdmUgc3BhY2UAAAAAGoETLg==\"}|hello world I love space",
        "root = this.s.compress(\"zstd\").decompress(\"zstd\").string()|{\"s\":\"zstd round trip\"}|zstd round trip",
        "root = this.s.compress(\"snappy\").decompress(\"snappy\").string()|{\"s\":\"snappy\"}|snappy",
        "root = this.s.compress(\"lz4\").decompress(\"lz4\").string()|{\"s\":\"lz4 frame\"}|lz4 frame",
        "root = this.s.compress(\"flate\", 9).decompress(\"flate\").string()|{\"s\":\"flate\"}|flate",
        "root = this.s.compress(\"zlib\").decompress(\"zlib\").string()|{\"s\":\"zlib\"}|zlib",
        "root = this.s.compress(\"pgzip\").decompress(\"gzip\").string()|{\"s\":\"gz\"}|gz",
        "root = this.s.decompress(\"lz4\").string()|{\"s\":\"\"}|",
        "root = this.s.encrypt_aes(\"gcm\", \"0123456789abcdef\", \"0123456789ab\").decrypt_aes(\"gcm\", \"0123456789abcdef\", \"0123456789ab\").string()|{\"s\":\"secret\"}|secret",
        "root = this.s.encrypt_aes(\"cbc\", \"0123456789abcdef\", \"0123456789abcdef\").decrypt_aes(\"cbc\", \"0123456789abcdef\", \"0123456789abcdef\").string()|{\"s\":\"sixteen byte msg\"}|sixteen byte msg",
        "root = this.n.abs()|{\"n\":-9223372036854775808}|9223372036854775807",
        "root = this.n.round()|{\"n\":-2.5}|-3",
        "root = this.n.round()|{\"n\":2.5}|3",
        "root = this.n.ceil()|{\"n\":1e300}|1e+300",
        "root = this.n.floor()|{\"n\":-0.5}|-1",
        "root = this.n.int8()|{\"n\":\"-0x80\"}|-128",
        "root = this.n.uint16()|{\"n\":\"0b1111\"}|15",
        "root = this.n.uint64()|{\"n\":\"18446744073709551615\"}|18446744073709551615",
        "root = this.n.float32()|{\"n\":0.1}|0.1",
        "root = this.n.float64()|{\"n\":\"1_000.5\"}|1000.5",
        "root = this.n.log10()|{\"n\":1000000}|6",
        "root = this.n.pow(0.5)|{\"n\":16}|4",
        "root = this.n.bitwise_xor(-1)|{\"n\":0}|-1",
        "root = this.n.max()|{\"n\":[1,\"2\"]}|~ERR~",
        "root = [1, 2.5, -3].min()|{}|-3"
    })
    void behavesLikeGo(String mapping, String input, String expected) {
        if ("ERR".equals(expected)) {
            assertThatThrownBy(() -> MappingRunner.run(mapping, input)).isInstanceOf(BloblangException.class);
            return;
        }
        assertThat(MappingRunner.run(mapping, input)).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "root = this.s.encode(\"rot13\")|{\"s\":\"x\"}|unrecognized encoding type: rot13",
        "root = this.s.decode(\"hex\")|{\"s\":\"zz\"}|encoding/hex: invalid byte: U+007A 'z'",
        "root = this.s.decode(\"hex\")|{\"s\":\"abc\"}|unexpected EOF",
        "root = this.s.decode(\"base64\")|{\"s\":\"a!==\"}|illegal base64 data at input byte 1",
        "root = this.s.decode(\"ascii85\")|{\"s\":\"ab~d\"}|illegal ascii85 data at input byte 2",
        "root = this.s.hash(\"hmac_sha1\")|{\"s\":\"x\"}|hash algorithm hmac_sha1 requires a key argument",
        "root = this.s.hash(algorithm: \"crc32\", polynomial: \"Nope\")|{\"s\":\"x\"}|unsupported crc32 hash key \"Nope\"",
        "root = this.s.encrypt_aes(\"ctr\", \"short\", \"0123456789abcdef\")|{\"s\":\"x\"}|crypto/aes: invalid key size 5",
        "root = this.s.encrypt_aes(\"ctr\", \"0123456789abcdef\", \"iv\")|{\"s\":\"x\"}|the key must match the initialisation vector size",
        "root = this.s.encrypt_aes(\"ecb\", \"0123456789abcdef\", \"iv\")|{\"s\":\"x\"}|unrecognized encryption type: ecb",
        "root = this.s.encrypt_aes(\"cbc\", \"0123456789abcdef\", \"0123456789abcdef\")|{\"s\":\"x\"}|plaintext is not a multiple of the block size",
        "root = this.s.decrypt_aes(\"gcm\", \"0123456789abcdef\", \"0123456789ab\")|{\"s\":\"0123456789abcdefgh\"}|gcm decrypting failed: cipher: message authentication failed",
        "root = this.s.compress(\"rar\")|{\"s\":\"x\"}|compression type not recognised: rar",
        "root = this.s.decompress(\"gzip\")|{\"s\":\"not gzip\"}|Not in GZIP format",
        "root = this.n.int8()|{\"n\":128}|value is too large to be cast as an 8-bit signed integer",
        "root = (this.n * 1.0).int32()|{\"n\":1.5}|float value contains decimals and therefore cannot be cast as a signed integer",
        "root = this.n.uint32()|{\"n\":-1}|signed integer value is negative and cannot be cast as an unsigned integer",
        "root = this.n.int64()|{\"n\":\"12x\"}|strconv.ParseInt: parsing \"12x\": invalid syntax",
        "root = this.n.uint64()|{\"n\":\"18446744073709551616\"}|strconv.ParseUint: parsing \"18446744073709551616\": value out of range",
        "root = this.n.max()|{\"n\":[]}|the array was empty",
        "root = this.n.min()|{\"n\":[1,\"x\"]}|index 1 of array: expected number value, got string",
        "root = this.n.abs()|{\"n\":\"1\"}|expected number or integer value, got string"
    })
    void failsLikeGo(String mapping, String input, String messagePart) {
        assertThatThrownBy(() -> MappingRunner.run(mapping, input)).isInstanceOf(BloblangException.class)
                .hasMessageContaining(messagePart);
    }
}

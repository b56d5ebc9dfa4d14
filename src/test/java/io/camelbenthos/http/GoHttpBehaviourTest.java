package io.camelbenthos.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Go behaviours the HTTP server reproduces: header canonicalisation, content sniffing, path templates. */
class GoHttpBehaviourTest {

    @ParameterizedTest
    @CsvSource({
        "content-type, Content-Type",
        "x-request-id, X-Request-Id",
        "USER-AGENT, User-Agent",
        "accept-encoding, Accept-Encoding",
        "Already-Canonical, Already-Canonical",
        "'bad key', 'bad key'",
        "x_under, X_under"
    })
    void canonicalHeaderKeys(String in, String expected) {
        assertThat(GoHttp.canonicalHeaderKey(in)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"a\":1}|text/plain; charset=utf-8",
        "hello world|text/plain; charset=utf-8",
        "  <!DOCTYPE html><html>|text/html; charset=utf-8",
        "<html>|text/html; charset=utf-8",
        "<?xml version=\"1.0\"?>|text/xml; charset=utf-8",
        "%PDF-1.4|application/pdf",
        "GIF89a...|image/gif",
        "<a href>|text/html; charset=utf-8",
        "<abc>|text/plain; charset=utf-8"
    })
    void sniffsLikeGo(String content, String expected) {
        assertThat(ContentSniffer.detect(content.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "89504E470D0A1A0A0000|image/png",
        "FFD8FFE0|image/jpeg",
        "1F8B0800|application/x-gzip",
        "504B0304|application/zip",
        "00010203|application/octet-stream",
        "|text/plain; charset=utf-8"
    })
    void sniffsBinarySignatures(String hex, String expected) {
        byte[] bytes = hex == null ? new byte[0] : java.util.HexFormat.of().parseHex(hex);
        assertThat(ContentSniffer.detect(bytes)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/post|/post|{}",
        "/post|/post/x|",
        "/files/|/files/a/b|{}",
        "/items/{id}|/items/42|{id=42}",
        "/items/{id}|/items/42/more|",
        "/u/{name}/p/{n:[0-9]+}|/u/ann/p/7|{name=ann, n=7}",
        "/u/{n:[0-9]+}|/u/x|"
    })
    void gorillaStylePathTemplates(String template, String path, String expected) {
        Map<String, String> vars = PathTemplate.compile(template).match(path);
        assertThat(vars == null ? null : vars.toString()).isEqualTo(expected);
    }
}

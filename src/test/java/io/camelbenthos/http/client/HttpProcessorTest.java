package io.camelbenthos.http.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.http.client.RecordingServer.Reply;
import io.camelbenthos.testing.StreamHarness;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@code http} processor against a real HTTP server: the response replaces the message, failures flag it. */
class HttpProcessorTest {
    @RegisterExtension
    final HttpTestBench bench = new HttpTestBench();
    private final RecordingServer server = bench.server();
    private StreamHarness stream;

    private Exchange process(String path, String body) throws Exception {
        stream = bench.start("""
                input:
                  test_direct:
                    name: in
                pipeline:
                  processors:
                    - mutation: 'meta kept = "yes"'
                    - http:
                        url: %s
                        verb: PUT
                        retries: 0
                        extract_headers:
                          include_prefixes: [x-]
                    - mutation: 'meta failed = if errored() { error() } else { "no" }'
                output:
                  drop: {}
                """.formatted(server.url(path)));
        return stream.send("in", body);
    }

    @Test
    void theResponseReplacesTheMessageAndItsMetadataIsMerged() throws Exception {
        server.on("/ok", r -> new Reply(201, Map.of("X-Trace", "t1", "Content-Type", "text/plain"),
                ("echo:" + r.text()).getBytes(StandardCharsets.UTF_8)));
        Exchange e = process("/ok", "hi");
        assertThat(e.getException()).isNull();
        assertThat(StreamHarness.body(e)).isEqualTo("echo:hi");
        assertThat(StreamHarness.metadata(e)).containsEntry("http_status_code", 201)
                .containsEntry("x-trace", "t1").containsEntry("kept", "yes").containsEntry("failed", "no");
        assertThat(server.requests("/ok").get(0).method()).isEqualTo("PUT");
    }

    @Test
    void aFailureFlagsTheUnchangedMessageWithTheStatusAndHeaders() throws Exception {
        server.on("/bad", r -> new Reply(409, Map.of("X-Reason", "teapot"), "short and stout".getBytes(StandardCharsets.UTF_8)));
        Exchange e = process("/bad", "hi");
        String error = server.url("/bad")
                + ": HTTP request returned unexpected response code (409): 409 Conflict, Error: short and stout";
        assertThat(e.getException()).isNull(); // a processor failure is no nack: the message flows on
        assertThat(BenthosExchange.error(e)).hasMessage(error);
        assertThat(StreamHarness.body(e)).isEqualTo("hi");
        assertThat(StreamHarness.metadata(e)).containsEntry("http_status_code", 409)
                .containsEntry("x-reason", "teapot").containsEntry("kept", "yes").containsEntry("failed", error);
    }

    @Test
    void anEmptyMultipartResponseIsAnError() throws Exception {
        server.on("/empty", r -> new Reply(200, Map.of("Content-Type", "multipart/mixed; boundary=q"),
                "--q--\r\n".getBytes(StandardCharsets.UTF_8)));
        Exchange e = process("/empty", "hi");
        assertThat(BenthosExchange.error(e)).hasMessage("HTTP response from '" + server.url("/empty") + "' was empty");
        // Benthos flags the message as it was sent: no response bytes, no response metadata
        assertThat(StreamHarness.body(e)).isEqualTo("hi");
        assertThat(StreamHarness.metadata(e)).doesNotContainKey("http_status_code");
    }
}

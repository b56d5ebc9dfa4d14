package io.camelbenthos.http.client;

import io.camelbenthos.testing.StreamHarness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The bench of an http client test: a real {@link RecordingServer} to send to and the stream under test, both closed
 * after each test. Register it with {@code @RegisterExtension} on an instance field.
 */
final class HttpTestBench implements AfterEachCallback {
    private final RecordingServer server;
    private StreamHarness stream;

    HttpTestBench() {
        try {
            server = new RecordingServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RecordingServer server() {
        return server;
    }

    /** Starts a stream from {@code config}, closing the one before: a test may run several in turn. */
    StreamHarness start(String config) throws Exception {
        closeStream();
        stream = new StreamHarness(config);
        return stream;
    }

    /**
     * Starts a stream that reads the {@code test_direct} input {@code in} and writes to an {@code http_client} output
     * with {@code clientFields} (YAML at column 0, {@code url} included).
     */
    StreamHarness startClient(String clientFields) throws Exception {
        return start("""
                input:
                  test_direct:
                    name: in
                output:
                  http_client:
                %s""".formatted(clientFields.indent(4)));
    }

    /**
     * Starts a stream whose {@code http_server} input takes POST requests and whose {@code http_client} output has
     * {@code clientFields} (YAML at column 0, {@code url} included), and returns where to post: the sync response
     * comes back on that request.
     */
    URI startServedClient(String clientFields) throws Exception {
        int port = AvailablePortFinder.find().getPort();
        start("""
                http:
                  address: 127.0.0.1:%d
                input:
                  http_server:
                    path: /post
                output:
                  http_client:
                %s""".formatted(port, clientFields.indent(4)));
        return URI.create("http://127.0.0.1:" + port + "/post");
    }

    private void closeStream() {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        closeStream();
        server.close();
    }
}

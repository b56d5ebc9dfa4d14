package io.camelbenthos.http.client;

import io.camelbenthos.message.Message;
import io.camelbenthos.scanner.Scanner;
import io.camelbenthos.scanner.ScannerFactory;
import io.camelbenthos.source.BatchSource;
import io.camelbenthos.source.SourceBatch;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code http_client} input's stream mode (connectors reference §7.4): one long request whose body is cut into
 * messages by the scanner as it arrives (no timeout, no http metadata). At the end of the body the request is made
 * again ({@code stream.reconnect}, default) or the input ends. A failed request is a read error, tried again.
 */
public final class HttpStreamSource implements BatchSource {
    private static final Logger LOG = LoggerFactory.getLogger(HttpStreamSource.class);

    private final HttpClient client;
    private final HttpRequest request;
    private final ScannerFactory scanners;
    private final boolean reconnect;
    private Scanner open;
    private boolean ended;

    /**
     * @param basicAuth {@code user:password}, or null
     */
    public HttpStreamSource(String url, String verb, Map<String, String> headers, String payload, String basicAuth,
                            boolean followRedirects, ScannerFactory scanners, boolean reconnect) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(followRedirects ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER).build();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).method(verb, payload == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(payload));
        headers.forEach(b::header);
        if (basicAuth != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(basicAuth.getBytes(StandardCharsets.UTF_8)));
        }
        this.request = b.build();
        this.scanners = scanners;
        this.reconnect = reconnect;
    }

    @Override
    public SourceBatch read() throws IOException, InterruptedException {
        while (!ended) {
            if (open == null) {
                connect();
            }
            List<Message> batch;
            try {
                batch = open.next();
            } catch (IOException e) {
                closeOpen();
                throw e;
            }
            if (batch != null) {
                return SourceBatch.unacked(batch);
            }
            closeOpen();
            if (!reconnect) {
                ended = true;
            }
        }
        return null;
    }

    private void connect() throws IOException, InterruptedException {
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() < 200 || response.statusCode() > 299) {
            response.body().close();
            throw new IOException("HTTP request returned unexpected response code (" + response.statusCode() + ")");
        }
        LOG.debug("Streaming from '{}'", request.uri());
        open = scanners.open(response.body(), request.uri().toString());
    }

    private void closeOpen() {
        if (open != null) {
            try {
                open.close();
            } catch (IOException e) {
                LOG.debug("Closing the stream of '{}': {}", request.uri(), e.getMessage());
            }
            open = null;
        }
    }

    @Override
    public void close() {
        closeOpen();
    }
}

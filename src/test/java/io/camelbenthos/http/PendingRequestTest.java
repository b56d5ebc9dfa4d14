package io.camelbenthos.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How one request is answered once its transaction is done, on a real Vert.x server. */
class PendingRequestTest {
    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    /**
     * Benthos times the round trip before it writes the reply, so {@code input_latency_ns} read by the client right
     * after its reply already counts the request (the race behind a flaky /stats versus /metrics comparison).
     */
    @Test
    void theLatencyIsRecordedBeforeTheReplyIsWritten() throws Exception {
        CompletableFuture<Boolean> endedWhenRecorded = new CompletableFuture<>();
        SyncResponseRenderer renderer = new SyncResponseRenderer("200", SyncResponseRenderer.DEFAULT_HEADERS,
                new MetadataFilter(List.of(), List.of()));
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            PendingRequest[] pending = new PendingRequest[1];
            pending[0] = new PendingRequest(request.response(), renderer, new InflightRequests(),
                    nanos -> endedWhenRecorded.complete(request.response().ended()));
            pending[0].startTimer(vertx, 5000);
            pending[0].ack();
        });
        int port = server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS).actualPort();

        HttpResponse<String> reply = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(endedWhenRecorded.get(10, TimeUnit.SECONDS)).as("reply already written when timed").isFalse();
    }
}

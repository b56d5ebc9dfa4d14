package io.camelbenthos.bench;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The physical limit of {@code bench/http-load.sh}: example 1 of the sync-responses guide (POST /post, reply with the
 * upper-cased body) as a plain Vert.x 4.5 application, the HTTP stack Camel's and camel-benthos's servers run on.
 * Everything happens on the event loop, as a raw Vert.x app would do it: no Camel, no hand-over to another thread.
 * Not a test: run by the benchmark script with the test classpath.
 *
 * <p>Usage: {@code RawVertxUppercase <host> <port>}; runs until killed.
 */
public final class RawVertxUppercase {
    private RawVertxUppercase() {
    }

    public static void main(String[] args) throws Exception {
        String host = args.length > 0 ? args[0] : "127.0.0.1";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 4195;
        Vertx vertx = Vertx.vertx();
        vertx.createHttpServer()
                .requestHandler(RawVertxUppercase::handle)
                .listen(port, host)
                .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        System.out.println("raw Vert.x listening on http://" + host + ":" + port + "/post");
        // Runs until the benchmark kills the JVM.
        new CountDownLatch(1).await();
    }

    private static void handle(HttpServerRequest request) {
        if (request.method() != HttpMethod.POST || !"/post".equals(request.path())) {
            request.response().setStatusCode(404).end();
            return;
        }
        request.body()
                .onSuccess(body -> request.response()
                        .putHeader("Content-Type", "application/octet-stream")
                        .end(Buffer.buffer(uppercase(body.getBytes()))))
                .onFailure(e -> request.response().setStatusCode(400).end());
    }

    /** The whole body upper-cased, as {@code content().uppercase()} does (Go's strings.ToUpper on UTF-8). */
    private static byte[] uppercase(byte[] body) {
        return new String(body, StandardCharsets.UTF_8).toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
    }
}

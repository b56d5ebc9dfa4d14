package io.camelbenthos.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Context;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

class BenthosHttpConsumerTest extends HttpTestSupport {

    /** The guide's first example: uppercase, then a sync_response output. */
    @Test
    void repliesWithTheStoredResponse() throws Exception {
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from(shared("/post")).process(e -> {
                    e.getMessage().setBody(e.getMessage().getBody(String.class).toUpperCase().getBytes(StandardCharsets.UTF_8));
                    SyncResponses.store(e);
                });
            }
        });
        HttpResponse<String> r = post("/post", "foo bar");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("FOO BAR");
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
    }

    @Test
    void eventLoopRunsTheRouteOnTheEventLoopThatReceivedTheRequest() throws Exception {
        AtomicReference<Boolean> onEventLoop = new AtomicReference<>();
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from(shared("/post?eventLoop=true")).process(e -> {
                    onEventLoop.set(Context.isOnEventLoopThread());
                    SyncResponses.store(e);
                });
            }
        });
        HttpResponse<String> r = post("/post", "foo");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("foo");
        assertThat(onEventLoop.get()).isTrue();
    }

    @Test
    void withoutEventLoopTheRouteRunsOnAWorkerThread() throws Exception {
        AtomicReference<Boolean> onWorker = new AtomicReference<>();
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from(shared("/post")).process(e -> {
                    onWorker.set(Context.isOnWorkerThread());
                    SyncResponses.store(e);
                });
            }
        });
        assertThat(post("/post", "foo").body()).isEqualTo("foo");
        assertThat(onWorker.get()).isTrue();
    }

    @Test
    void emptyStoreGives200WithEmptyBodyAndNoContentType() throws Exception {
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from(shared("/post")).log("${body}");
            }
        });
        HttpResponse<String> r = post("/post", "x");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
        assertThat(r.headers().firstValue("Content-Type")).isEmpty();
        assertThat(r.headers().firstValue("Content-Length")).hasValue("0");
    }

    @Test
    void rootPathServesTheSamePath() throws Exception {
        start(storeRoute("/post"));
        assertThat(post("/benthos/post", "hi").body()).isEqualTo("hi");
    }

    @Test
    void wrongVerbIs405AndUnknownPathIs404() throws Exception {
        start(storeRoute("/post"));
        HttpResponse<String> r = send(HttpRequest.newBuilder(url("/post")).GET().build());
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.body()).isEqualTo("Incorrect method\n");
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(post("/nope", "x").statusCode()).isEqualTo(404);
    }

    @Test
    void allowedVerbsAreHonoured() throws Exception {
        start(storeRoute("/put?allowedVerbs=PUT,GET"));
        HttpResponse<String> r = send(HttpRequest.newBuilder(url("/put")).PUT(HttpRequest.BodyPublishers.ofString("p")).build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("p");
        assertThat(post("/put", "x").statusCode()).isEqualTo(405);
    }

    @Test
    void timeoutAnswers408WhileTheExchangeKeepsRunning() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from(shared("/slow?timeout=200")).process(e -> {
                    release.await(10, TimeUnit.SECONDS);
                    finished.countDown();
                });
            }
        });
        HttpResponse<String> r = post("/slow", "x");
        assertThat(r.statusCode()).isEqualTo(408);
        assertThat(r.body()).isEqualTo("Request timed out\n");
        release.countDown();
        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void nackIs502WithTheErrorText() throws Exception {
        start(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler());
                from(shared("/post")).process(e -> {
                    SyncResponses.store(e); // a stored response does not survive a nack
                    throw new IllegalStateException("kaboom: it failed");
                });
            }
        });
        HttpResponse<String> r = post("/post", "x");
        assertThat(r.statusCode()).isEqualTo(502);
        assertThat(r.body()).isEqualTo("kaboom: it failed\n");
    }

    @Test
    void statusThatIsNotAnIntegerIs502WithEmptyBody() throws Exception {
        start(storeRoute("/post?responseStatus=abc&responseHeader.X-Kept=yes"));
        HttpResponse<String> r = post("/post", "x");
        assertThat(r.statusCode()).isEqualTo(502);
        assertThat(r.body()).isEmpty();
        assertThat(r.headers().firstValue("X-Kept")).hasValue("yes");
    }

    @Test
    void customStatusAndHeadersReplaceTheDefaultAndContentTypeIsSniffed() throws Exception {
        start(storeRoute("/post?responseStatus=201&responseHeader.foo=bar"));
        HttpResponse<String> r = post("/post", "{\"a\":1}");
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(r.headers().firstValue("Foo")).hasValue("bar");
        // Go's DetectContentType never says JSON
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
    }

    @Test
    void metadataFollowsGoConventionsAndRequestHeadersNeverLeak() throws Exception {
        AtomicReference<Map<String, Object>> seen = new AtomicReference<>();
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from(shared("/items/{id}")).process(e -> {
                    seen.set(new ConcurrentHashMap<>(e.getMessage().getHeaders()));
                    SyncResponses.store(e);
                });
            }
        });
        HttpResponse<String> r = send(HttpRequest.newBuilder(url("/items/42?q=one&q=two&http_server_verb=OVERRIDE"))
                .header("x-request-id", "abc").header("X-Multi", "1").header("X-Multi", "2")
                .header("Cookie", "session=s3cr3t")
                .POST(HttpRequest.BodyPublishers.ofString("body")).build());
        assertThat(r.statusCode()).isEqualTo(200);
        Map<String, Object> meta = seen.get();
        assertThat(meta).containsEntry("http_server_request_path", "/items/42")
                .containsEntry("http_server_verb", "OVERRIDE") // a query parameter overrides, as in Benthos
                .containsEntry("http_server_remote_ip", "127.0.0.1")
                .containsEntry("X-Request-Id", "abc")
                .containsEntry("X-Multi", "1")
                .containsEntry("q", "one")
                .containsEntry("id", "42")
                .containsEntry("session", "s3cr3t")
                .containsKey("http_server_user_agent")
                .doesNotContainKey("Host");
        assertThat(r.headers().map().keySet()).noneMatch(k -> k.equalsIgnoreCase("x-request-id")
                || k.equalsIgnoreCase("x-multi") || k.equalsIgnoreCase("q") || k.equalsIgnoreCase("set-cookie"));
    }

    @Test
    void prefixPathMatchesEverythingBelowIt() throws Exception {
        start(storeRoute("/files/"));
        assertThat(post("/files/a/b", "deep").body()).isEqualTo("deep");
    }

    @Test
    void formEncodedBodiesArriveAsRawBytes() throws Exception {
        start(storeRoute("/post"));
        HttpResponse<String> r = send(HttpRequest.newBuilder(url("/post"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("hello benthos&a=1")).build());
        assertThat(r.body()).isEqualTo("hello benthos&a=1");
    }

    @Test
    void metadataHeadersCopyMatchingKeys() throws Exception {
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from(shared("/post?metadataPrefix.0=out_&metadataPattern.0=RAW(^x-.*-id$)"))
                        .setHeader("out_one", constant("1")).setHeader("x-trace-id", constant("t"))
                        .setHeader("other", constant("no"))
                        .process(SyncResponses::store);
            }
        });
        HttpResponse<String> r = post("/post", "x");
        assertThat(r.headers().firstValue("Out_one")).hasValue("1");
        assertThat(r.headers().firstValue("X-Trace-Id")).hasValue("t");
        assertThat(r.headers().firstValue("Other")).isEmpty();
    }

    private RouteBuilder storeRoute(String path) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(shared(path)).process(SyncResponses::store);
            }
        };
    }
}

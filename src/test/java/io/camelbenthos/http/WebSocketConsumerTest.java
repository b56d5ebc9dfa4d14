package io.camelbenthos.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

/** The benthos-http consumer's websocket path with plain Camel routes: acks, nacks and retries. */
class WebSocketConsumerTest extends HttpTestSupport {
    private URI ws(String path) {
        return URI.create("ws://127.0.0.1:" + sharedPort + path);
    }

    @Test
    void aNackSendsTheSameMessageAgainAndWhatWasStoredIsWrittenAfterEveryAttempt() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from(shared("/post")).process(e -> {
                    int n = attempts.incrementAndGet();
                    String body = new String(e.getMessage().getBody(byte[].class), StandardCharsets.UTF_8);
                    e.getMessage().setBody((body + " attempt " + n).getBytes(StandardCharsets.UTF_8));
                    SyncResponses.store(e);
                    if (n < 3) {
                        throw new IllegalStateException("not yet");
                    }
                });
            }
        });
        try (WsClient client = WsClient.connect(ws("/post/ws"))) {
            client.sendText("msg");
            // Benthos: three retries without a pause before it throttles, and the store is written after a nack too
            assertThat(client.next()).isEqualTo("text:msg attempt 1");
            assertThat(client.next()).isEqualTo("text:msg attempt 2");
            assertThat(client.next()).isEqualTo("text:msg attempt 3");
            client.sendText("next");
            assertThat(client.next()).isEqualTo("text:next attempt 4");
        }
    }

    @Test
    void messagesAreDeliveredOneAtATimeInOrder() throws Exception {
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from(shared("/post?wsPath=/in")).process(SyncResponses::store);
            }
        });
        try (WsClient client = WsClient.connect(ws("/in"))) {
            for (int i = 0; i < 20; i++) {
                client.sendText("m" + i);
            }
            for (int i = 0; i < 20; i++) {
                assertThat(client.next()).isEqualTo("text:m" + i);
            }
        }
    }

    @Test
    void stoppingTheRouteAnswersTheUpgrade503ServiceUnavailable() throws Exception {
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from(shared("/post")).routeId("in").process(SyncResponses::store);
                from(shared("/other?wsPath=")).routeId("keeps-the-shared-server").process(SyncResponses::store);
            }
        });
        camel.getRouteController().stopRoute("in");
        var r = send(java.net.http.HttpRequest.newBuilder(url("/post/ws")).build());
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).isEqualTo("Service unavailable\n");
    }
}

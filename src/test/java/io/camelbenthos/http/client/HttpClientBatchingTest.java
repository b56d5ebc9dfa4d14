package io.camelbenthos.http.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.components.outputs.BatchPolicyStep;
import io.camelbenthos.http.Multipart;
import io.camelbenthos.http.client.RecordingServer.Reply;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import io.camelbenthos.testing.StreamHarness;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** http_client's {@code batching} with and without {@code batch_as_multipart}, against a real HTTP server. */
class HttpClientBatchingTest {
    @RegisterExtension
    final HttpTestBench bench = new HttpTestBench();
    private final RecordingServer server = bench.server();
    private StreamHarness stream;

    private void start(String output) throws Exception {
        stream = bench.start("""
                input:
                  test_direct:
                    name: in
                pipeline:
                  processors:
                    - mutation: |
                        meta idx = content().string()
                        meta kind = "plain"
                output:
                  http_client:
                    url: %s
                    retries: 0
                %s
                """.formatted(server.url("/batch"), output.indent(4)));
    }

    private static List<Exchange> awaitAll(List<Future<Exchange>> pending) throws Exception {
        List<Exchange> done = new ArrayList<>();
        for (Future<Exchange> f : pending) {
            done.add(f.get(30, TimeUnit.SECONDS));
        }
        return done;
    }

    /** Sends each body without waiting: the output holds every message until its batch is written. */
    private List<Exchange> sendAll(String... bodies) throws Exception {
        ProducerTemplate producer = stream.camel().createProducerTemplate();
        List<Future<Exchange>> pending = new ArrayList<>();
        for (String body : bodies) {
            pending.add(producer.asyncSend("direct:test.in",
                    e -> e.getMessage().setBody(body.getBytes(StandardCharsets.UTF_8))));
        }
        return awaitAll(pending);
    }

    /**
     * Sends each body only once the previous one is held by the batching step, so the batch keeps their order, and
     * then waits for them all.
     */
    private List<Exchange> sendInOrder(String... bodies) throws Exception {
        ProducerTemplate producer = stream.camel().createProducerTemplate();
        BatchPolicyStep batching = stream.camel().getRegistry().findSingleByType(BatchPolicyStep.class);
        List<Future<Exchange>> pending = new ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            String body = bodies[i];
            pending.add(producer.asyncSend("direct:test.in",
                    e -> e.getMessage().setBody(body.getBytes(StandardCharsets.UTF_8))));
            while (i < bodies.length - 1 && batching.heldMessages() <= i) {
                Thread.onSpinWait(); // until this message is held, so the next one lands after it
            }
        }
        return awaitAll(pending);
    }

    @Test
    void aBatchAsMultipartIsOneRequestWithAPartPerMessage() throws Exception {
        start("""
                batch_as_multipart: true
                headers:
                  Content-Type: text/${! @kind }
                metadata:
                  include_prefixes: [idx]
                batching:
                  count: 3
                """);
        List<Exchange> done = sendAll("a", "b", "c");
        assertThat(done).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(server.requests("/batch")).hasSize(1);
        RecordingServer.Request r = server.requests("/batch").get(0);
        String contentType = r.header("Content-Type");
        assertThat(contentType).startsWith("multipart/form-data; boundary=");
        List<String> parts = Multipart.parse(r.body(), contentType).stream()
                .map(b -> new String(b, StandardCharsets.UTF_8)).toList();
        assertThat(parts).containsExactlyInAnyOrder("a", "b", "c");
        // each part carries its own message's Content-Type and metadata headers (sorted, as Go writes them)
        String text = r.text();
        for (String p : parts) {
            assertThat(text).contains("Content-Type: text/plain\r\nidx: " + p + "\r\n\r\n" + p + "\r\n");
        }
        // request-level headers come from message 0
        assertThat(r.header("idx")).isIn("a", "b", "c");
    }

    /** Sends each batch as one transaction of several messages, without waiting for its ack. */
    private List<Exchange> sendTransactions(List<List<String>> transactions) throws Exception {
        ProducerTemplate producer = stream.camel().createProducerTemplate();
        List<Future<Exchange>> pending = new ArrayList<>();
        for (List<String> bodies : transactions) {
            MessageBatch batch = MessageBatch.of(bodies.stream().map(Message::of).toList());
            pending.add(producer.asyncSend("direct:test.in", e -> e.getMessage().setBody(batch)));
        }
        return awaitAll(pending);
    }

    @Test
    void aBatchAsMultipartCarriesEveryMessageOfEveryHeldTransaction() throws Exception {
        start("""
                batch_as_multipart: true
                batching:
                  count: 4
                """);
        List<Exchange> done = sendTransactions(List.of(List.of("a", "b"), List.of("c", "d")));
        assertThat(done).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(server.requests("/batch")).hasSize(1);
        RecordingServer.Request r = server.requests("/batch").get(0);
        List<String> parts = Multipart.parse(r.body(), r.header("Content-Type")).stream()
                .map(b -> new String(b, StandardCharsets.UTF_8)).toList();
        assertThat(parts).containsExactlyInAnyOrder("a", "b", "c", "d");
    }

    @Test
    void withoutMultipartEveryMessageOfAHeldTransactionIsItsOwnRequest() throws Exception {
        start("""
                batching:
                  count: 3
                """);
        List<Exchange> done = sendTransactions(List.of(List.of("x", "y"), List.of("z")));
        assertThat(done).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(server.requests("/batch")).extracting(RecordingServer.Request::text)
                .containsExactlyInAnyOrder("x", "y", "z");
    }

    @Test
    void withoutMultipartEachMessageIsItsOwnRequestAndAllAck() throws Exception {
        start("""
                batching:
                  count: 2
                """);
        List<Exchange> done = sendAll("x", "y");
        assertThat(done).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(server.requests("/batch")).extracting(RecordingServer.Request::text)
                .containsExactlyInAnyOrder("x", "y");
    }

    @Test
    void theFirstFailureAbortsTheRestAndNacksTheWholeBatch() throws Exception {
        server.on("/batch", r -> r.text().equals("bad") ? Reply.text(500, "nope") : Reply.text(200, "ok"));
        start("""
                batching:
                  count: 3
                """);
        List<Exchange> done = sendAll("good", "bad", "later");
        String error = server.url("/batch")
                + ": HTTP request returned unexpected response code (500): 500 Internal Server Error, Error: nope";
        assertThat(done).allSatisfy(e -> assertThat(e.getException()).hasMessage(error));
        List<String> sent = server.requests("/batch").stream().map(RecordingServer.Request::text).toList();
        assertThat(sent).containsOnlyOnce("bad").endsWith("bad");
    }

    @Test
    void aPropagatedBatchResponseGoesToTheStoreOfMessageZero() throws Exception {
        server.on("/batch", r -> new Reply(200, Map.of("Content-Type", "multipart/mixed; boundary=b"),
                "--b\r\n\r\nr0\r\n--b\r\n\r\nr1\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8)));
        URI post = bench.startServedClient("""
                url: %s
                batch_as_multipart: true
                propagate_response: true
                batching:
                  count: 2
                """.formatted(server.url("/batch")));
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(post)
                .POST(HttpRequest.BodyPublishers.ofString("q")).build();
        var first = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        var second = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        List<HttpResponse<String>> replies = List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
        assertThat(replies).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        // Benthos's SetAsResponse looks at message 0 only: its request gets both parts, the other an empty 200
        assertThat(replies).extracting(HttpResponse::body).anySatisfy(b -> assertThat(b).contains("r0", "r1"))
                .anySatisfy(b -> assertThat(b).isEmpty());
        assertThat(server.requests("/batch")).hasSize(1);
    }

    @Test
    void stoppingTheStreamSendsTheIncompleteBatch() throws Exception {
        start("""
                batch_as_multipart: true
                batching:
                  count: 2
                """);
        // a first, full batch: the output has sent before (its endpoint exists when the stream stops)
        assertThat(sendAll("a", "b")).allSatisfy(e -> assertThat(e.getException()).isNull());
        Future<Exchange> pending = stream.camel().createProducerTemplate().asyncSend("direct:test.in",
                e -> e.getMessage().setBody("last".getBytes(StandardCharsets.UTF_8)));
        BatchPolicyStep batching = stream.camel().getRegistry().findSingleByType(BatchPolicyStep.class);
        while (batching.heldMessages() == 0) {
            Thread.onSpinWait(); // until the message is held for its batch
        }
        stream.close();
        stream = null;
        // Benthos flushes a partial batch on close: the message is sent and acked, not handed back
        assertThat(pending.get(30, TimeUnit.SECONDS).getException()).isNull();
        assertThat(server.requests("/batch")).hasSize(2).last().extracting(RecordingServer.Request::text)
                .isEqualTo("last");
    }

    @Test
    void aCheckEndsTheBatchAtTheMessageItAccepts() throws Exception {
        start("""
                batch_as_multipart: true
                batching:
                  check: content().string() == "end"
                  period: 1h
                """);
        List<Exchange> done = sendInOrder("a", "b", "end");
        assertThat(done).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(server.requests("/batch")).hasSize(1);
        RecordingServer.Request r = server.requests("/batch").get(0);
        assertThat(Multipart.parse(r.body(), r.header("Content-Type")).stream()
                .map(b -> new String(b, StandardCharsets.UTF_8))).containsExactly("a", "b", "end");
    }

    @Test
    void anIncompleteBatchIsSentWhenThePeriodEnds() throws Exception {
        start("""
                batch_as_multipart: true
                batching:
                  count: 10
                  period: 50ms
                """);
        List<Exchange> done = sendAll("only");
        assertThat(done.get(0).getException()).isNull();
        // a batch of one is sent as the raw body, as Benthos's request creator does
        assertThat(server.requests("/batch")).extracting(RecordingServer.Request::text).containsExactly("only");
        assertThat(server.requests("/batch").get(0).header("Content-Type")).isEqualTo("application/octet-stream");
    }
}

package io.camelbenthos.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.GetResponse;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import io.camelbenthos.readiness.ConnectionState;
import io.camelbenthos.readiness.Readiness;
import io.camelbenthos.testing.StreamHarness;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.camel.Exchange;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The amqp_0_9 output fed by a {@code test_direct} input, against the real local RabbitMQ. */
class Amqp09OutputTest {
    private Rabbit rabbit;
    private final List<StreamHarness> streams = new ArrayList<>();

    @BeforeEach
    void connect() throws Exception {
        rabbit = new Rabbit();
    }

    @AfterEach
    void cleanUp() throws Exception {
        streams.forEach(StreamHarness::close);
        if (rabbit != null) {
            rabbit.close();
        }
    }

    private StreamHarness output(String fields) throws Exception {
        return output("[ \"" + rabbit.url + "\" ]", fields);
    }

    private StreamHarness output(String urls, String fields) throws Exception {
        String yaml = "input:\n  test_direct:\n    name: in\noutput:\n  amqp_0_9:\n    urls: " + urls + "\n" + fields;
        String id = "amqpout" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        StreamHarness s = new StreamHarness(id + ".yaml", yaml, Map.of());
        streams.add(s);
        return s;
    }

    private static Exchange send(StreamHarness s, String body, Map<String, Object> metadata) {
        return s.camel().createProducerTemplate().send("direct:test.in", e -> {
            e.getMessage().setBody(body.getBytes(StandardCharsets.UTF_8));
            e.getMessage().setHeaders(new LinkedHashMap<>(metadata));
        });
    }

    @Test
    void propertiesKeyAndExchangeAreInterpolatedPerMessage() throws Exception {
        String exchange = rabbit.forgetExchange(Rabbit.unique("topic"));
        String queue = rabbit.queue("bound");
        StreamHarness s = output("""
                    exchange: ${! @ex }
                    exchange_declare:
                      enabled: true
                      type: topic
                    key: ${! @k }
                    type: ${! @kind }
                    content_type: text/plain
                    content_encoding: identity
                    correlation_id: ${! @id }
                    message_id: msg-${! @id }
                    app_id: tests
                    priority: ${! @prio }
                    persistent: true
                    metadata:
                      exclude_prefixes: [ "ex", "prio" ]
                """);

        // the exchange is declared on first use; bind once it exists, then publish what is read back
        Exchange first = send(s, "warm-up", Map.of("ex", exchange, "k", "nobody/listens", "prio", "0", "id", "0"));
        assertThat(first.getException()).isNull();
        assertThat(rabbit.exists(exchange)).isTrue();
        rabbit.bind(queue, exchange, "orders.eu");

        Exchange done = send(s, "payload", Map.of("ex", exchange, "k", "orders/eu", "kind", "a/b", "id", "42",
                "prio", "7", "my_key", "v", "count", 3L));

        assertThat(done.getException()).isNull();
        GetResponse got = rabbit.next(queue);
        assertThat(Rabbit.body(got)).isEqualTo("payload");
        AMQP.BasicProperties p = got.getProps();
        assertThat(got.getEnvelope().getRoutingKey()).as("'/' becomes '.' for a topic exchange").isEqualTo("orders.eu");
        assertThat(p.getType()).isEqualTo("a.b");
        assertThat(p.getContentType()).isEqualTo("text/plain");
        assertThat(p.getContentEncoding()).isEqualTo("identity");
        assertThat(p.getCorrelationId()).isEqualTo("42");
        assertThat(p.getMessageId()).isEqualTo("msg-42");
        assertThat(p.getAppId()).isEqualTo("tests");
        assertThat(p.getPriority()).isEqualTo(7);
        assertThat(p.getDeliveryMode()).isEqualTo(2);
        assertThat(p.getHeaders()).containsOnlyKeys("k", "kind", "id", "my-key", "count");
        assertThat(p.getHeaders().get("count")).isEqualTo(3L);
        assertThat(p.getHeaders().get("my-key").toString()).isEqualTo("v");
    }

    @Test
    void aPriorityOutOfRangeIsANack() throws Exception {
        String queue = rabbit.queue("q");
        StreamHarness s = output("    exchange: \"\"\n    key: " + queue + "\n    priority: ${! @p }\n");

        Exchange done = send(s, "x", Map.of("p", "12"));

        assertThat(done.getException()).hasMessage(
                "invalid priority parsed from expression, must be <= 9 and >= 0, got 12");
        assertThat(send(s, "x", Map.of("p", "high")).getException()).hasMessage(
                "failed to parse valid integer from priority expression: strconv.Atoi: parsing \"high\": invalid syntax");
        assertThat(rabbit.ready(queue)).isZero();
    }

    @Test
    void anUnreachableBrokerHoldsMessagesAndIsReportedLikeBenthos() throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        String queue = rabbit.queue("q");
        try (LogTap log = new LogTap()) {
            StreamHarness s = output("[ \"amqp://guest:guest@127.0.0.1:" + port + "/\" ]",
                    "    exchange: \"\"\n    key: " + queue + "\n");
            String error = "connecting to server: dial tcp 127.0.0.1:" + port + ": connect: connection refused";
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> log.text().contains("Failed to connect to amqp_0_9: " + error));
            ConnectionState state = Readiness.find(s.camel()).report().states().get(1);
            assertThat(state).isEqualTo(ConnectionState.failing(error));

            CompletableFuture<Exchange> pending = s.camel().createProducerTemplate().asyncSend("direct:test.in",
                    e -> e.getMessage().setBody("held".getBytes(StandardCharsets.UTF_8)));
            await().atMost(Duration.ofSeconds(20)).until(() -> s.camel().getInflightRepository().size() > 0);
            assertThat(pending).as("held while the output cannot connect").isNotDone();
            s.camel().getShutdownStrategy().setTimeout(1); // the held message never completes: do not wait 45 s
            s.close();
            assertThat(pending.get().getException()).hasMessage("type was closed");
        }
    }

    @Test
    void urlsAreTriedInOrder() throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        String queue = rabbit.queue("q");
        StreamHarness s = output("[ \"amqp://127.0.0.1:" + port + "/, " + rabbit.url + "\" ]",
                "    exchange: \"\"\n    key: " + queue + "\n");

        assertThat(send(s, "second url", Map.of()).getException()).isNull();

        assertThat(Rabbit.body(rabbit.next(queue))).isEqualTo("second url");
    }

    @Test
    void manyMessagesInFlightAreAllConfirmed() throws Exception {
        String queue = rabbit.queue("q");
        StreamHarness s = output("    exchange: \"\"\n    key: " + queue + "\n    max_in_flight: 4\n");
        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String body = "m" + i;
            sent.add(s.camel().createProducerTemplate().asyncSend("direct:test.in",
                    e -> e.getMessage().setBody(body.getBytes(StandardCharsets.UTF_8))));
        }
        for (CompletableFuture<Exchange> f : sent) {
            assertThat(f.get().getException()).isNull();
        }
        assertThat(rabbit.ready(queue)).isEqualTo(50);
    }

    private static Exchange sendBatch(StreamHarness s, List<Message> batch) {
        return s.camel().createProducerTemplate().send("direct:test.in",
                e -> e.getMessage().setBody(MessageBatch.of(batch)));
    }

    private static Message message(String body, Map<String, Object> metadata) {
        return Message.builder().content(body.getBytes(StandardCharsets.UTF_8)).metadata(metadata).build();
    }

    @Test
    void aBatchIsOnePublishPerMessageAndOneAck() throws Exception {
        String queue = rabbit.queue("q");
        StreamHarness s = output("    exchange: \"\"\n    key: " + queue
                + "\n    message_id: ${! batch_index() }-of-${! batch_size() }\n");

        Exchange done = sendBatch(s, List.of(message("a", Map.of()), message("b", Map.of()), message("c", Map.of())));

        assertThat(done.getException()).isNull();
        List<String> got = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            GetResponse r = rabbit.next(queue);
            got.add(Rabbit.body(r) + " " + r.getProps().getMessageId());
        }
        assertThat(got).containsExactly("a 0-of-3", "b 1-of-3", "c 2-of-3");
        assertThat(done.getMessage().getBody()).as("the output leaves the batch as it was")
                .isInstanceOf(MessageBatch.class);
    }

    @Test
    void oneMessageOfABatchNotConfirmedNacksTheWholeBatch() throws Exception {
        String queue = rabbit.queue("q");
        StreamHarness s = output("    exchange: \"\"\n    key: ${! @k }\n    mandatory: true\n");

        Exchange done = sendBatch(s, List.of(message("a", Map.of("k", queue)),
                message("lost", Map.of("k", Rabbit.unique("nobody"))), message("c", Map.of("k", queue))));

        assertThat(done.getException()).hasMessage("receiving acknowledgement");
        assertThat(rabbit.ready(queue)).as("the others were published (Benthos retries the batch)").isEqualTo(2);
    }

    @Test
    void aMessageOfABatchThatDoesNotRenderNacksItBeforeAnyPublish() throws Exception {
        String queue = rabbit.queue("q");
        StreamHarness s = output("    exchange: \"\"\n    key: " + queue + "\n    priority: ${! @p }\n");

        Exchange done = sendBatch(s, List.of(message("a", Map.of("p", "1")), message("b", Map.of("p", "12"))));

        assertThat(done.getException()).hasMessage(
                "invalid priority parsed from expression, must be <= 9 and >= 0, got 12");
        assertThat(rabbit.ready(queue)).isZero();
    }
}

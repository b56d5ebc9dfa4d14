package io.camelbenthos.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.GetResponse;
import io.camelbenthos.readiness.ConnectionState;
import io.camelbenthos.readiness.Readiness;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * amqp_0_9 in, processors, amqp_0_9 (or a test sink) out, against the real local RabbitMQ: the round trip, the
 * metadata a delivery gets, nacks that requeue or drop, and a connection the server closes.
 */
class Amqp09StreamTest {
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

    /** Starts a stream from YAML; its id (and so its connection names) is unique. */
    private StreamHarness stream(String yaml) throws Exception {
        String id = "amqp" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        StreamHarness s = new StreamHarness(id + ".yaml", yaml, Map.of());
        streams.add(s);
        return s;
    }

    private String input(String queue, String extra) {
        return "input:\n  amqp_0_9:\n    urls: [ \"" + rabbit.url + "\" ]\n    queue: " + queue + "\n" + extra;
    }

    private String amqpOutput(String queue) {
        return "output:\n  amqp_0_9:\n    urls: [ \"" + rabbit.url + "\" ]\n    exchange: \"\"\n    key: " + queue + "\n";
    }

    private static void awaitConnected(StreamHarness s) {
        await().atMost(Duration.ofSeconds(20)).until(() -> Readiness.find(s.camel()).report().allConnected());
    }

    @Test
    void roundTripThroughAMapping() throws Exception {
        String in = rabbit.queue("in");
        String out = rabbit.queue("out");
        StreamHarness s = stream(input(in, "") + """
                pipeline:
                  processors:
                    - mapping: |
                        root = content().uppercase()
                        meta seen = "yes"
                """ + amqpOutput(out));
        awaitConnected(s);

        rabbit.publish(in, new AMQP.BasicProperties.Builder().contentType("text/plain")
                .headers(Map.of("x-trace", "t1")).build(), "hello amqp");

        GetResponse got = rabbit.next(out);
        assertThat(Rabbit.body(got)).isEqualTo("HELLO AMQP");
        AMQP.BasicProperties p = got.getProps();
        assertThat(p.getContentType()).isEqualTo("application/octet-stream");
        assertThat(p.getDeliveryMode()).isEqualTo(1);
        // metadata become headers with '_' turned into '-': the input's x-trace comes back as it was
        assertThat(p.getHeaders()).containsKeys("x-trace", "seen", "amqp-content-type", "amqp-routing-key");
        assertThat(p.getHeaders().get("x-trace").toString()).isEqualTo("t1");
        assertThat(p.getHeaders().get("amqp-routing-key").toString()).isEqualTo(in);
        assertThat(p.getHeaders().get("amqp-content-type").toString()).isEqualTo("text/plain");

        s.close();
        assertThat(rabbit.ready(in)).as("the delivery was acked").isZero();
    }

    @Test
    void deliveriesCarryBenthosMetadataKeys() throws Exception {
        String in = rabbit.queue("in");
        String out = rabbit.queue("out");
        StreamHarness s = stream(input(in, "") + """
                pipeline:
                  processors:
                    - mapping: root = @
                """ + amqpOutput(out));
        awaitConnected(s);
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("x-count", 5);
        headers.put("big", 1234567890123L);
        headers.put("flag", true);
        headers.put("ratio", 1.5d);
        headers.put("nested", Map.of("a-b", "c"));
        headers.put("list", List.of(1, "two"));
        headers.put("empty", "");
        rabbit.publish(in, new AMQP.BasicProperties.Builder().contentType("application/json").contentEncoding("gzip")
                .deliveryMode(2).priority(3).correlationId("corr").replyTo("replies").expiration("60000")
                .messageId("m1").timestamp(new Date(1_700_000_000_000L)).type("kind").userId("guest").appId("app")
                .headers(headers).build(), "{}");

        @SuppressWarnings("unchecked")
        Map<String, Object> meta = new ObjectMapper().readValue(rabbit.next(out).getBody(), Map.class);

        assertThat(meta).containsEntry("x_count", "5").containsEntry("big", "1234567890123")
                .containsEntry("flag", "true").containsEntry("ratio", "1.5").containsEntry("nested_a_b", "c")
                .containsEntry("list_0", "1").containsEntry("list_1", "two")
                .containsEntry("amqp_content_type", "application/json").containsEntry("amqp_content_encoding", "gzip")
                .containsEntry("amqp_delivery_mode", "2").containsEntry("amqp_priority", "3")
                .containsEntry("amqp_correlation_id", "corr").containsEntry("amqp_reply_to", "replies")
                .containsEntry("amqp_expiration", "60000").containsEntry("amqp_message_id", "m1")
                .containsEntry("amqp_timestamp", "1700000000").containsEntry("amqp_type", "kind")
                .containsEntry("amqp_user_id", "guest").containsEntry("amqp_app_id", "app")
                .containsEntry("amqp_redelivered", "false").containsEntry("amqp_routing_key", in)
                .containsEntry("amqp_delivery_tag", "1")
                .containsKey("amqp_consumer_tag")
                .doesNotContainKeys("empty", "amqp_exchange"); // empty values are not set (the default exchange is "")
        assertThat(meta.values()).allSatisfy(v -> assertThat(v).isInstanceOf(String.class));
    }

    @Test
    void aFailedDeliveryIsRequeuedAndComesBack() throws Exception {
        String in = rabbit.queue("in");
        String sink = "sink-" + UUID.randomUUID();
        StreamHarness s = stream(input(in, "") + """
                pipeline:
                  processors:
                    - mapping: root = content().string() + " redelivered=" + @amqp_redelivered
                output:
                  test_sink:
                    name: %s
                    fail_first: 2
                """.formatted(sink));
        awaitConnected(s);

        rabbit.publish(in, "poison?");

        await().atMost(Duration.ofSeconds(20)).until(() -> !TestComponents.sink(sink).isEmpty());
        assertThat(TestComponents.sink(sink)).containsExactly("poison? redelivered=true");
        assertThat(TestComponents.ATTEMPTS.get(sink)).hasValue(3);
        s.close();
        assertThat(rabbit.ready(in)).isZero();
    }

    @Test
    void aFailureMatchingANackRejectPatternIsDropped() throws Exception {
        String in = rabbit.queue("in");
        String sink = "sink-" + UUID.randomUUID();
        StreamHarness s = stream(input(in, "    nack_reject_patterns: [ \"failed attempt 1$\" ]\n") + """
                output:
                  test_sink:
                    name: %s
                    fail_first: 1
                """.formatted(sink));
        awaitConnected(s);

        rabbit.publish(in, "drop me");

        await().atMost(Duration.ofSeconds(20)).until(() -> TestComponents.ATTEMPTS.containsKey(sink));
        s.close(); // waits for the nack of the message in flight
        assertThat(rabbit.ready(in)).as("nacked without requeue").isZero();
        assertThat(TestComponents.sink(sink)).isEmpty();
    }

    @Test
    void aFailingAmqpOutputNacksTheInputSoNothingIsLost() throws Exception {
        String in = rabbit.queue("in");
        // mandatory publish to a queue that does not exist: the broker returns it, the output nacks, the input requeues
        StreamHarness s = stream(input(in, "") + amqpOutput("cb-test-nowhere-" + UUID.randomUUID())
                + "    mandatory: true\n");
        awaitConnected(s);

        try (LogTap log = new LogTap()) {
            rabbit.publish(in, "keep me");
            await().atMost(Duration.ofSeconds(20)).until(() -> log.text().contains("Failed to acknowledge message."));
        }
        s.close();
        GetResponse back = rabbit.next(in);
        assertThat(Rabbit.body(back)).isEqualTo("keep me");
        assertThat(back.getEnvelope().isRedeliver()).isTrue();
    }

    @Test
    void aConnectionClosedByTheServerIsALoggedReconnect() throws Exception {
        if (!Rabbit.canAdminister()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("rabbitmqctl cannot reach RabbitMQ; under CI=true this test must run");
            }
            Assumptions.abort("rabbitmqctl cannot reach RabbitMQ (RabbitMQ's CLI, beside the broker): test skipped");
        }
        String in = rabbit.queue("in");
        String out = rabbit.queue("out");
        StreamHarness s = stream(input(in, "") + amqpOutput(out));
        awaitConnected(s);
        rabbit.publish(in, "before");
        assertThat(Rabbit.body(rabbit.next(out))).isEqualTo("before");

        try (LogTap log = new LogTap()) {
            String stream = s.builder().streams().get(0).id();
            assertThat(Rabbit.closeConnections("camel-benthos amqp_0_9 " + stream + ".")).isEqualTo(2);
            await().atMost(Duration.ofSeconds(30)).until(() -> count(log.text(), "Input type amqp_0_9 is now active") == 1
                    && count(log.text(), "Output type amqp_0_9 is now active") == 1);
            assertThat(log.text()).contains("Failed to cancel consumer: ");
        }
        awaitConnected(s);
        rabbit.publish(in, "after");
        assertThat(Rabbit.body(rabbit.next(out))).isEqualTo("after");

        // messages in flight while the server closes both connections are not lost (at least once: maybe twice)
        for (int i = 0; i < 30; i++) {
            rabbit.publish(in, "m" + i);
        }
        Rabbit.closeConnections("camel-benthos amqp_0_9 " + s.builder().streams().get(0).id() + ".");
        java.util.Set<String> seen = new java.util.HashSet<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (GetResponse r; (r = rabbit.poll(out)) != null; ) {
                seen.add(Rabbit.body(r));
            }
            return seen.size() == 30;
        });
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void aMissingQueueIsAFailedConnectLoggedAndShownOnReady() throws Exception {
        String missing = Rabbit.unique("missing");
        try (LogTap log = new LogTap()) {
            StreamHarness s = stream(input(missing, "") + "output:\n  drop: {}\n");
            String error = "queue Consume: Exception (404) Reason: \"NOT_FOUND - no queue '" + missing
                    + "' in vhost '/'\"";
            await().atMost(Duration.ofSeconds(20)).until(() -> log.text().contains("Failed to connect to amqp_0_9: " + error));
            assertThat(Readiness.find(s.camel()).report().states().get(0)).isEqualTo(ConnectionState.failing(error));
        }
    }

    @Test
    void declaresItsQueueAndBindings() throws Exception {
        String in = rabbit.forget(Rabbit.unique("declared"));
        String exchange = rabbit.exchange("ex", "direct");
        String sink = "sink-" + UUID.randomUUID();
        StreamHarness s = stream(input(in, """
                    queue_declare:
                      enabled: true
                      durable: false
                    bindings_declare:
                      - exchange: %s
                        key: k1
                    auto_ack: true
                """.formatted(exchange)) + "output:\n  test_sink:\n    name: " + sink + "\n");
        awaitConnected(s);

        rabbit.publishTo(exchange, "k1", "routed");

        await().atMost(Duration.ofSeconds(20)).until(() -> !TestComponents.sink(sink).isEmpty());
        assertThat(TestComponents.sink(sink)).containsExactly("routed");
    }
}

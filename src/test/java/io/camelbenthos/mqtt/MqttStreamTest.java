package io.camelbenthos.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelbenthos.amqp.LogTap;
import io.camelbenthos.readiness.Readiness;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TcpForwarder;
import io.camelbenthos.testing.TestComponents;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * mqtt in, processors, mqtt (or a test sink) out, against the real local Mosquitto: the round trip with Benthos's
 * metadata, topic interpolation and retained flags, acks only after the output acked (a nack is replayed), and
 * connections cut mid-stream with nothing acknowledged lost.
 */
class MqttStreamTest {
    private Mosquitto mosquitto;
    private final List<StreamHarness> streams = new ArrayList<>();

    @BeforeEach
    void connect() throws Exception {
        mosquitto = new Mosquitto();
    }

    @AfterEach
    void cleanUp() throws Exception {
        streams.forEach(StreamHarness::close);
        if (mosquitto != null) {
            mosquitto.close();
        }
    }

    private StreamHarness stream(String yaml) throws Exception {
        String id = "mqtt" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        StreamHarness s = new StreamHarness(id + ".yaml", yaml, Map.of());
        streams.add(s);
        return s;
    }

    private static void awaitConnected(StreamHarness s) {
        await().atMost(Duration.ofSeconds(20)).until(() -> Readiness.find(s.camel()).report().allConnected());
    }

    @Test
    void roundTripCarriesMetadataInterpolatedTopicsAndRetainedFlags() throws Exception {
        String in = Mosquitto.topic("in");
        BlockingQueue<Mosquitto.Received> out = mosquitto.subscribe(in + "/out/#", 1);
        StreamHarness s = stream("""
                input:
                  mqtt:
                    urls: [ "%1$s" ]
                    topics: [ "%2$s" ]
                pipeline:
                  processors:
                    - mapping: |
                        root.body = content().string().uppercase()
                        root.qos = @mqtt_qos
                        root.retained = @mqtt_retained
                        root.duplicate = @mqtt_duplicate
                        root.topic = @mqtt_topic
                        root.id = @mqtt_message_id
                        meta kind = if content().string().has_prefix("keep") { "kept" } else { "plain" }
                output:
                  mqtt:
                    urls: [ "%1$s" ]
                    topic: '${! @mqtt_topic }/out/${! @kind }'
                    qos: 2
                    retained_interpolated: '${! @kind == "kept" }'
                """.formatted(mosquitto.url, in));
        awaitConnected(s);
        mosquitto.forgetRetained(in + "/out/kept");

        mosquitto.publish(in, "hello mqtt", 1);
        mosquitto.publish(in, "keep me", 1);

        // the pipeline's threads may finish them in either order
        Map<String, Mosquitto.Received> byTopic = new java.util.HashMap<>();
        for (int i = 0; i < 2; i++) {
            Mosquitto.Received r = Mosquitto.next(out);
            byTopic.put(r.topic(), r);
        }
        assertThat(byTopic).containsOnlyKeys(in + "/out/plain", in + "/out/kept");
        Mosquitto.Received first = byTopic.get(in + "/out/plain");
        JsonNode json = new ObjectMapper().readTree(first.body());
        assertThat(first.qos()).isEqualTo(1); // the subscription's QoS caps the output's 2
        assertThat(json.get("body").asText()).isEqualTo("HELLO MQTT");
        assertThat(json.get("qos").isIntegralNumber()).isTrue();
        assertThat(json.get("qos").asInt()).isEqualTo(1);
        assertThat(json.get("retained").isBoolean()).isTrue();
        assertThat(json.get("retained").asBoolean()).isFalse();
        assertThat(json.get("duplicate").asBoolean()).isFalse();
        assertThat(json.get("topic").asText()).isEqualTo(in);
        assertThat(json.get("id").asInt()).isPositive();

        // a new subscriber gets the retained one only
        BlockingQueue<Mosquitto.Received> late = mosquitto.subscribe(in + "/out/#", 1);
        Mosquitto.Received retained = Mosquitto.next(late);
        assertThat(retained.topic()).isEqualTo(in + "/out/kept");
        assertThat(retained.retained()).isTrue();
    }

    @Test
    void aNackedMessageIsReplayedAndAckedOnlyOnceTheOutputAcked() throws Exception {
        String in = Mosquitto.topic("in");
        String sink = "sink-" + UUID.randomUUID();
        StreamHarness s = stream("""
                input:
                  mqtt:
                    urls: [ "%s" ]
                    topics: [ "%s" ]
                output:
                  test_sink:
                    name: %s
                    fail_first: 2
                """.formatted(mosquitto.url, in, sink));
        awaitConnected(s);

        mosquitto.publish(in, "try again", 1);

        await().atMost(Duration.ofSeconds(20)).until(() -> !TestComponents.sink(sink).isEmpty());
        assertThat(TestComponents.sink(sink)).containsExactly("try again");
        assertThat(TestComponents.ATTEMPTS.get(sink)).hasValue(3);
    }

    /** The last will is registered: a connection that dies without a DISCONNECT makes the broker publish it. */
    @Test
    void aConnectionCutPublishesTheWill() throws Exception {
        URI broker = URI.create(mosquitto.url);
        String will = Mosquitto.topic("will");
        BlockingQueue<Mosquitto.Received> wills = mosquitto.subscribe(will, 1);
        try (TcpForwarder forwarder = new TcpForwarder(broker.getHost(), broker.getPort())) {
            StreamHarness s = stream("""
                    input:
                      test_direct: { name: in }
                    output:
                      mqtt:
                        urls: [ "tcp://127.0.0.1:%d" ]
                        topic: unused
                        will:
                          enabled: true
                          qos: 1
                          topic: "%s"
                          payload: output gone
                    """.formatted(forwarder.port(), will));
            awaitConnected(s);
            forwarder.dropAll();

            Mosquitto.Received got = Mosquitto.next(wills);
            assertThat(got.body()).isEqualTo("output gone");
            s.close();
        }
    }

    /** Unlike Benthos (whose paho acks on hand-off), a message never acked by the output comes back after a restart. */
    @Test
    void aMessageTheOutputNeverAckedIsDeliveredAgainAfterARestart() throws Exception {
        String in = Mosquitto.topic("in");
        String clientId = "cb-test-in-" + UUID.randomUUID();
        mosquitto.forgetSession(clientId);
        String failing = "sink-" + UUID.randomUUID();
        String input = """
                input:
                  mqtt:
                    urls: [ "%s" ]
                    topics: [ "%s" ]
                    client_id: %s
                    clean_session: false
                pipeline:
                  processors:
                    - mapping: root = content().string() + " duplicate=" + @mqtt_duplicate.string()
                """.formatted(mosquitto.url, in, clientId);
        StreamHarness first = stream(input + "output:\n  test_sink:\n    name: " + failing + "\n    fail_first: 1000000\n");
        awaitConnected(first);
        mosquitto.publish(in, "unfinished", 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> TestComponents.ATTEMPTS.containsKey(failing)
                && TestComponents.ATTEMPTS.get(failing).get() >= 2);
        first.close();

        String sink = "sink-" + UUID.randomUUID();
        StreamHarness second = stream(input + "output:\n  test_sink:\n    name: " + sink + "\n");
        awaitConnected(second);
        await().atMost(Duration.ofSeconds(20)).until(() -> !TestComponents.sink(sink).isEmpty());
        assertThat(TestComponents.sink(sink)).containsExactly("unfinished duplicate=true");
    }

    @Test
    void anUnreachableBrokerIsALoggedRetryShownOnReady() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (LogTap log = new LogTap()) {
            StreamHarness s = stream("""
                    input:
                      mqtt:
                        urls: [ "tcp://127.0.0.1:%d" ]
                        topics: [ a ]
                    output:
                      drop: {}
                    """.formatted(port));
            String error = "network Error : dial tcp 127.0.0.1:" + port + ": connect: connection refused";
            await().atMost(Duration.ofSeconds(20)).until(() -> count(log.text(), "Failed to connect to mqtt: " + error) >= 2);
            assertThat(Readiness.find(s.camel()).report().allConnected()).isFalse();
        }
    }

    /**
     * QoS 1 through a forwarder that cuts every connection mid-stream (input and output): both reconnect, logging
     * Benthos's lines, and every message published is delivered at least once; acks went only after the output's.
     */
    @Test
    void connectionsCutMidStreamLoseNothingAcknowledged() throws Exception {
        URI broker = URI.create(mosquitto.url);
        String in = Mosquitto.topic("in");
        String out = Mosquitto.topic("out");
        String clientId = "cb-test-in-" + UUID.randomUUID();
        mosquitto.forgetSession(clientId);
        BlockingQueue<Mosquitto.Received> received = mosquitto.subscribe(out, 1);
        int total = 200;
        try (TcpForwarder forwarder = new TcpForwarder(broker.getHost(), broker.getPort());
             LogTap log = new LogTap()) {
            String via = "tcp://127.0.0.1:" + forwarder.port();
            StreamHarness s = stream("""
                    input:
                      mqtt:
                        urls: [ "%1$s" ]
                        topics: [ "%2$s" ]
                        client_id: %3$s
                        clean_session: false
                    pipeline:
                      processors:
                        - sleep:
                            duration: 5ms
                    output:
                      mqtt:
                        urls: [ "%1$s" ]
                        topic: %4$s
                    """.formatted(via, in, clientId, out));
            awaitConnected(s);

            Set<String> seen = new HashSet<>();
            for (int i = 0; i < total; i++) {
                mosquitto.publish(in, "m" + i, 1);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                drain(received, seen);
                return seen.size() >= total / 4;
            });
            forwarder.dropAll();

            await().atMost(Duration.ofSeconds(30)).until(() -> count(log.text(), "Input type mqtt is now active") >= 1
                    && count(log.text(), "Output type mqtt is now active") >= 1);
            assertThat(log.text()).contains("Connection lost due to: ");
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                drain(received, seen);
                return seen.size() == total;
            });
            s.close(); // while the forwarder still forwards: what is in flight can finish
        }
    }

    private static void drain(BlockingQueue<Mosquitto.Received> queue, Set<String> seen) {
        for (Mosquitto.Received r; (r = queue.poll()) != null; ) {
            seen.add(r.body());
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}

package io.camelbenthos.nats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelbenthos.amqp.LogTap;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TcpForwarder;
import io.camelbenthos.testing.TestComponents;
import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.ConsumerInfo;
import io.nats.client.api.MessageInfo;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsMessage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/**
 * The {@code nats_jetstream} input and output end to end through the runtime against the real local NATS server:
 * written with one config and read back with jnats, read with another config with Benthos's metadata, acked only
 * after the output, nacks redelivered, and connections cut mid-stream losing nothing acknowledged.
 */
class NatsJetStreamStreamTest extends NatsServerTest {
    private String durableInput(String stream, String subject, String durable) {
        return """
                input:
                  nats_jetstream:
                    urls: [ "%s" ]
                    stream: %s
                    subject: %s
                    durable: %s
                """.formatted(nats.url, stream, subject, durable);
    }

    @Test
    void theOutputAcksOnceTheStreamStoredTheMessage() throws Exception {
        String subject = NatsServer.subject("js-out");
        String stream = nats.stream(subject);
        StreamHarness s = nats.run("""
                input:
                  test_direct:
                    name: in
                pipeline:
                  processors:
                    - mapping: |
                        root = content()
                        meta tenant = "acme"
                        meta other = "not sent"
                output:
                  nats_jetstream:
                    urls: [ "%s" ]
                    subject: %s
                    headers:
                      Content-Type: text/plain
                    metadata:
                      include_patterns: [ "^ten" ]
                """.formatted(nats.url, subject));
        NatsServer.awaitConnected(s);

        Exchange done = s.send("in", "stored");

        assertThat(done.getException()).isNull();
        MessageInfo stored = nats.client.jetStreamManagement().getLastMessage(stream, subject);
        assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).isEqualTo("stored");
        assertThat(stored.getHeaders().getFirst("Content-Type")).isEqualTo("text/plain");
        assertThat(stored.getHeaders().getFirst("tenant")).isEqualTo("acme");
        assertThat(stored.getHeaders().containsKey("other")).isFalse();
    }

    @Test
    void aSubjectNoStreamTakesIsANack() throws Exception {
        StreamHarness s = nats.run("""
                input:
                  test_direct:
                    name: in
                output:
                  nats_jetstream:
                    urls: [ "%s" ]
                    subject: %s
                """.formatted(nats.url, NatsServer.subject("nowhere")));
        NatsServer.awaitConnected(s);

        Exchange done = s.send("in", "lost?");

        assertThat(done.getException()).as("no stream stores it: the write fails, the input is nacked")
                .hasMessage("nats: no response from stream");
    }

    @Test
    void theInputSetsBenthosMetadataAndAcksAfterTheOutput() throws Exception {
        String subject = NatsServer.subject("js-in");
        String stream = nats.stream(subject);
        JetStream js = nats.client.jetStream();
        js.publish(NatsMessage.builder().subject(subject).headers(new Headers().add("Trace", "t1").add("Blank", ""))
                .data("{}").build());
        String sink = "sink-" + UUID.randomUUID();
        String durable = NatsServer.unique("durable");
        StreamHarness s = nats.run(durableInput(stream, subject, durable) + """
                pipeline:
                  processors:
                    - mapping: root = @
                output:
                  test_sink:
                    name: %s
                """.formatted(sink));

        await().atMost(Duration.ofSeconds(20)).until(() -> !TestComponents.sink(sink).isEmpty());
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = new ObjectMapper().readValue(TestComponents.sink(sink).get(0), Map.class);
        assertThat(meta).containsEntry("nats_subject", subject).containsEntry("nats_sequence_stream", "1")
                .containsEntry("nats_sequence_consumer", "1").containsEntry("nats_num_delivered", "1")
                .containsEntry("nats_num_pending", "0").containsEntry("nats_consumer", durable)
                .containsEntry("nats_domain", "").containsEntry("Trace", "t1").containsKey("nats_timestamp_unix_nano")
                .doesNotContainKeys("Blank", "nats_reply_subject");
        assertThat(Long.parseLong((String) meta.get("nats_timestamp_unix_nano"))).isPositive();
        JetStreamManagement jsm = nats.client.jetStreamManagement();
        await().atMost(Duration.ofSeconds(10)).until(() -> jsm.getConsumerInfo(stream, durable).getAckFloor()
                .getStreamSequence() == 1);
        s.close();
        ConsumerInfo after = jsm.getConsumerInfo(stream, durable);
        assertThat(after.getNumAckPending()).isZero();
        assertThat(after.getNumPending()).isZero();
    }

    @Test
    void aNackedMessageIsRedeliveredByTheServer() throws Exception {
        String subject = NatsServer.subject("js-nack");
        String stream = nats.stream(subject);
        nats.client.jetStream().publish(subject, "poison?".getBytes(StandardCharsets.UTF_8));
        String sink = "sink-" + UUID.randomUUID();
        nats.run(durableInput(stream, subject, NatsServer.unique("durable")) + """
                pipeline:
                  processors:
                    - mapping: root = content().string() + " delivered=" + @nats_num_delivered
                output:
                  test_sink:
                    name: %s
                    fail_first: 2
                """.formatted(sink));

        await().atMost(Duration.ofSeconds(20)).until(() -> !TestComponents.sink(sink).isEmpty());
        assertThat(TestComponents.sink(sink)).containsExactly("poison? delivered=3");
    }

    @Test
    void aMissingStreamIsAFailedConnectUnlessCreated() throws Exception {
        String missing = NatsServer.unique("missing");
        try (LogTap log = new LogTap()) {
            nats.run("""
                    input:
                      nats_jetstream:
                        urls: [ "%s" ]
                        stream: %s
                        subject: %s
                    output:
                      drop: {}
                    """.formatted(nats.url, missing, NatsServer.subject("x")));
            await().atMost(Duration.ofSeconds(20)).until(() -> log.text().contains(
                    "Failed to connect to nats_jetstream: stream " + missing + " does not exist and create_stream is false"));
        }
        String created = NatsServer.unique("created");
        nats.forgetStream(created);
        StreamHarness s = nats.run("""
                input:
                  nats_jetstream:
                    urls: [ "%s" ]
                    stream: %s
                    subject: %s
                    create_stream: true
                output:
                  drop: {}
                """.formatted(nats.url, created, NatsServer.subject("y")));
        NatsServer.awaitConnected(s);
        assertThat(nats.client.jetStreamManagement().getStreamInfo(created).getConfiguration().getName())
                .isEqualTo(created);
    }

    @Test
    void connectionsCutMidStreamLoseNothingAcknowledged() throws Exception {
        String in = NatsServer.subject("fault-in");
        String out = NatsServer.subject("fault-out");
        String inStream = nats.stream(in);
        String outStream = nats.stream(out);
        URI server = URI.create(nats.url);
        int total = 200;
        try (TcpForwarder forwarder = new TcpForwarder(server.getHost(), server.getPort() < 0 ? 4222 : server.getPort());
             LogTap log = new LogTap()) {
            String viaForwarder = "nats://127.0.0.1:" + forwarder.port();
            StreamHarness s = nats.run("""
                    input:
                      nats_jetstream:
                        urls: [ "%s" ]
                        stream: %s
                        subject: %s
                        durable: %s
                        ack_wait: 5s
                    pipeline:
                      processors:
                        - sleep:
                            duration: 20ms
                    output:
                      nats_jetstream:
                        urls: [ "%s" ]
                        subject: %s
                    """.formatted(viaForwarder, inStream, in, NatsServer.unique("durable"), viaForwarder, out));
            NatsServer.awaitConnected(s);
            JetStream js = nats.client.jetStream();
            for (int i = 0; i < total; i++) {
                js.publish(in, ("m" + i).getBytes(StandardCharsets.UTF_8));
            }
            JetStreamManagement jsm = nats.client.jetStreamManagement();
            await().atMost(Duration.ofSeconds(20)).until(() -> jsm.getStreamInfo(outStream).getStreamState()
                    .getMsgCount() > 20);

            long before = jsm.getStreamInfo(outStream).getStreamState().getMsgCount();
            forwarder.dropAll(); // both clients lose their connection mid-stream

            await().atMost(Duration.ofSeconds(60)).until(() -> distinct(outStream).size() == total);
            await().atMost(Duration.ofSeconds(20)).until(() -> log.text().contains("Lost connection to nats_jetstream")
                    && count(log.text(), "Input type nats_jetstream is now active") >= 2
                    && count(log.text(), "Output type nats_jetstream is now active") >= 2);
            NatsServer.awaitConnected(s);
            long stored = jsm.getStreamInfo(outStream).getStreamState().getMsgCount();
            System.err.println("fault test: " + total + " messages, " + before + " written before the cut, "
                    + (stored - total) + " duplicates (at-least-once allows them)");
            s.close();
        }
    }

    /** The distinct bodies stored in a stream. */
    private Set<String> distinct(String stream) throws Exception {
        JetStreamManagement jsm = nats.client.jetStreamManagement();
        long last = jsm.getStreamInfo(stream).getStreamState().getLastSequence();
        Set<String> seen = new HashSet<>();
        for (long seq = 1; seq <= last; seq++) {
            seen.add(new String(jsm.getMessage(stream, seq).getData(), StandardCharsets.UTF_8));
        }
        return seen;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}

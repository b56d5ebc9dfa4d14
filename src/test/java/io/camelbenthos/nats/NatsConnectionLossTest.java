package io.camelbenthos.nats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camelbenthos.amqp.LogTap;
import io.camelbenthos.readiness.ConnectionState;
import io.camelbenthos.readiness.Readiness;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TcpForwarder;
import io.camelbenthos.testing.TestComponents;
import io.nats.client.JetStreamSubscription;
import io.nats.client.Message;
import io.nats.client.PullSubscribeOptions;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * NATS connections that fail: a server that is not there is Benthos's logged connect loop and a failing {@code /ready};
 * a connection the client gives up on ({@code max_reconnects: 0}) sends the component back to that loop instead of
 * stalling; and {@code bind} to an existing pull consumer reads through it.
 */
class NatsConnectionLossTest extends NatsServerTest {

    @Test
    void anUnreachableServerIsALoggedRetryAndShownOnReady() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        try (LogTap log = new LogTap()) {
            StreamHarness s = nats.run("""
                    input:
                      nats:
                        urls: [ "nats://127.0.0.1:%d" ]
                        subject: foo
                    output:
                      nats_kv:
                        urls: [ "nats://127.0.0.1:%d" ]
                        bucket: b
                        key: k
                    """.formatted(closedPort, closedPort));
            await().atMost(Duration.ofSeconds(20)).until(() -> count(log.text(), "Failed to connect to nats: ") >= 2
                    && count(log.text(), "Failed to connect to nats_kv: ") >= 2);
            assertThat(Readiness.find(s.camel()).report().states())
                    .allSatisfy(st -> assertThat(st).isNotEqualTo(ConnectionState.CONNECTED));
        }
    }

    @Test
    void aConnectionTheClientGivesUpOnGoesBackToTheConnectLoop() throws Exception {
        URI server = URI.create(nats.url);
        String in = NatsServer.subject("lost-in");
        String out = NatsServer.subject("lost-out");
        try (TcpForwarder forwarder = new TcpForwarder(server.getHost(), server.getPort() < 0 ? 4222 : server.getPort());
             LogTap log = new LogTap()) {
            String via = "nats://127.0.0.1:" + forwarder.port();
            StreamHarness s = nats.run("""
                    input:
                      nats:
                        urls: [ "%s" ]
                        subject: %s
                        max_reconnects: 0
                    output:
                      nats:
                        urls: [ "%s" ]
                        subject: %s
                        max_reconnects: 0
                    """.formatted(via, in, via, out));
            NatsServer.awaitConnected(s);

            forwarder.dropAll();

            await().atMost(Duration.ofSeconds(30)).until(() -> count(log.text(), "Input type nats is now active") >= 2
                    && count(log.text(), "Output type nats is now active") >= 2);
            assertThat(log.text()).contains("Failed to read message: nats: connection closed");
            NatsServer.awaitConnected(s);
            var reader = nats.client.subscribe(out);
            nats.client.flush(Duration.ofSeconds(5));
            // core NATS keeps nothing for a subscriber that is away: publish until the new subscription has one
            Message got = null;
            for (int i = 0; i < 50 && got == null; i++) {
                nats.client.publish(in, ("after " + i).getBytes(StandardCharsets.UTF_8));
                got = reader.nextMessage(Duration.ofMillis(200));
            }
            assertThat(got).as("the stream works again on its new connections").isNotNull();
            s.close();
        }
    }

    @Test
    void bindReadsThroughAnExistingPullConsumer() throws Exception {
        String subject = NatsServer.subject("pull");
        String stream = nats.stream(subject);
        String durable = NatsServer.unique("pull");
        nats.client.jetStreamManagement().addOrUpdateConsumer(stream, ConsumerConfiguration.builder().durable(durable)
                .ackPolicy(AckPolicy.Explicit).build());
        for (int i = 0; i < 3; i++) {
            nats.client.jetStream().publish(subject, ("p" + i).getBytes(StandardCharsets.UTF_8));
        }
        String sink = "sink-" + UUID.randomUUID();
        nats.run("""
                input:
                  nats_jetstream:
                    urls: [ "%s" ]
                    stream: %s
                    durable: %s
                    bind: true
                output:
                  test_sink:
                    name: %s
                """.formatted(nats.url, stream, durable, sink));

        await().atMost(Duration.ofSeconds(20)).until(() -> TestComponents.sink(sink).size() == 3);
        assertThat(TestComponents.sink(sink)).containsExactly("p0", "p1", "p2");
        await().atMost(Duration.ofSeconds(10)).until(() -> nats.client.jetStreamManagement()
                .getConsumerInfo(stream, durable).getAckFloor().getStreamSequence() == 3);
        JetStreamSubscription check = nats.client.jetStream().subscribe(null, PullSubscribeOptions.bind(stream, durable));
        assertThat(check.fetch(1, Duration.ofMillis(300))).as("all acked: nothing left").isEmpty();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}

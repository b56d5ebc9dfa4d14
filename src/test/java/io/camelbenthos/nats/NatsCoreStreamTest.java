package io.camelbenthos.nats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import io.nats.client.Message;
import io.nats.client.Subscription;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The {@code nats} input and output end to end through the runtime against the real local NATS server: the round
 * trip with headers and metadata, {@code +ACK} to a requester, nacks replayed in memory or answered {@code -NAK}.
 */
class NatsCoreStreamTest extends NatsServerTest {
    private String input(String subject, String extra) {
        return "input:\n  nats:\n    urls: [ \"" + nats.url + "\" ]\n    subject: " + subject + "\n" + extra;
    }

    private static String text(Message m) {
        return new String(m.getData(), StandardCharsets.UTF_8);
    }

    @Test
    void roundTripWithHeadersAndMetadata() throws Exception {
        String in = NatsServer.subject("in");
        String out = NatsServer.subject("out");
        Subscription reader = nats.client.subscribe(out + ".>");
        nats.client.flush(Duration.ofSeconds(5));
        StreamHarness s = nats.run(input(in, "") + """
                pipeline:
                  processors:
                    - mapping: |
                        root = content().uppercase()
                        meta seen = "yes"
                output:
                  nats:
                    urls: [ "%s" ]
                    subject: %s.${! meta("kind") }
                    headers:
                      Static: fixed
                      Subject: ${! @nats_subject }
                    metadata:
                      include_prefixes: [ "se", "kind" ]
                """.formatted(nats.url, out));
        NatsServer.awaitConnected(s);

        Headers headers = new Headers().add("kind", "greeting").add("kind", "second");
        nats.client.publish(NatsMessage.builder().subject(in).headers(headers).data("hello nats").build());

        Message got = reader.nextMessage(Duration.ofSeconds(20));
        assertThat(got).as("the output published").isNotNull();
        assertThat(text(got)).isEqualTo("HELLO NATS");
        assertThat(got.getSubject()).isEqualTo(out + ".greeting"); // the first value of a header is its metadata
        assertThat(got.getHeaders().getFirst("Static")).isEqualTo("fixed");
        assertThat(got.getHeaders().getFirst("Subject")).isEqualTo(in);
        assertThat(got.getHeaders().getFirst("seen")).isEqualTo("yes");
        assertThat(got.getHeaders().getFirst("kind")).isEqualTo("greeting");
        assertThat(got.getHeaders().containsKey("nats_subject")).as("not in the include filter").isFalse();
    }

    @Test
    void deliveriesCarryBenthosMetadataAndTheRequesterGetsAnAck() throws Exception {
        String in = NatsServer.subject("in");
        String out = NatsServer.subject("out");
        Subscription reader = nats.client.subscribe(out);
        nats.client.flush(Duration.ofSeconds(5));
        StreamHarness s = nats.run(input(in, "    queue: workers\n") + """
                pipeline:
                  processors:
                    - mapping: root = @
                output:
                  nats:
                    urls: [ "%s" ]
                    subject: %s
                """.formatted(nats.url, out));
        NatsServer.awaitConnected(s);

        Message reply = nats.client.request(NatsMessage.builder().subject(in)
                .headers(new Headers().add("Trace", "t1").add("Empty", "")).data("{}").build(), Duration.ofSeconds(20));

        assertThat(text(reply)).as("send_ack answers +ACK once the output acked").isEqualTo("+ACK");
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = new ObjectMapper().readValue(reader.nextMessage(Duration.ofSeconds(20)).getData(),
                Map.class);
        assertThat(meta).containsEntry("nats_subject", in).containsEntry("Trace", "t1").containsEntry("Empty", "");
        assertThat((String) meta.get("nats_reply_subject")).startsWith("_INBOX.");
    }

    @Test
    void aNackIsReplayedInMemoryUntilTheOutputTakesIt() throws Exception {
        String in = NatsServer.subject("in");
        String sink = "sink-" + UUID.randomUUID();
        StreamHarness s = nats.run(input(in, "") + """
                output:
                  test_sink:
                    name: %s
                    fail_first: 2
                """.formatted(sink));
        NatsServer.awaitConnected(s);

        Message reply = nats.client.request(in, "again".getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(20));

        assertThat(text(reply)).isEqualTo("+ACK");
        assertThat(TestComponents.sink(sink)).containsExactly("again");
        assertThat(TestComponents.ATTEMPTS.get(sink)).hasValue(3);
    }

    @Test
    void withoutReplayANackIsAnsweredWithADelayedNak() throws Exception {
        String in = NatsServer.subject("in");
        String sink = "sink-" + UUID.randomUUID();
        StreamHarness s = nats.run(input(in, "    auto_replay_nacks: false\n    nak_delay: 2s\n") + """
                output:
                  test_sink:
                    name: %s
                    fail_first: 1
                """.formatted(sink));
        NatsServer.awaitConnected(s);

        Message reply = nats.client.request(in, "no".getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(20));

        assertThat(text(reply)).isEqualTo("-NAK {\"delay\": 2000000000}");
        assertThat(TestComponents.sink(sink)).isEmpty();
    }

    @Test
    void sendAckFalseLeavesTheReplySubjectToTheOutput() throws Exception {
        String in = NatsServer.subject("in");
        StreamHarness s = nats.run(input(in, "    send_ack: false\n") + """
                pipeline:
                  processors:
                    - mapping: root = "answer to " + content().string()
                output:
                  nats:
                    urls: [ "%s" ]
                    subject: ${! @nats_reply_subject }
                """.formatted(nats.url));
        NatsServer.awaitConnected(s);

        Message reply = nats.client.request(in, "question".getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(20));

        assertThat(text(reply)).isEqualTo("answer to question");
    }
}

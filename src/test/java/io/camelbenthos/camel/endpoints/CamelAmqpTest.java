package io.camelbenthos.camel.endpoints;

import static io.camelbenthos.camel.endpoints.JmsClient.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.testing.StreamHarness;
import jakarta.jms.Message;
import java.util.Map;
import java.util.UUID;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code camel} input and output over AMQP 1.0 (camel-amqp and the Qpid JMS client on an in-process Artemis):
 * a second request/reply protocol answered with {@code sync_response}, and {@code propagate_response} through a
 * {@code camel} output.
 */
class CamelAmqpTest {
    private EmbeddedArtemis broker;
    private JmsConnectionFactory cf;
    private JmsClient client;
    private StreamHarness stream;

    @BeforeEach
    void start() throws Exception {
        broker = new EmbeddedArtemis();
        cf = new JmsConnectionFactory(broker.amqpUrl());
        client = new JmsClient(cf);
    }

    @AfterEach
    void stop() throws Exception {
        if (stream != null) {
            stream.close();
        }
        client.close();
        broker.close();
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private void stream(String yaml) throws Exception {
        stream = new StreamHarness("amqp" + unique() + ".yaml", yaml, Map.of(), Map.of("qpid", cf));
    }

    @Test
    void anAmqpRequestIsAnsweredWithTheSyncResponse() throws Exception {
        String queue = "req" + unique();
        stream("""
                input:
                  camel:
                    uri: amqp:queue:%s?connectionFactory=#qpid
                    sync_response:
                      status: '${! @code }'
                      headers: {X-Seen: '${! @trace }'}
                pipeline:
                  processors:
                    - mapping: |
                        root = content().uppercase()
                        meta code = "201"
                output:
                  sync_response: {}
                """.formatted(queue));

        Message reply = client.request(queue, "over amqp", "trace", "a1");

        assertThat(reply).isNotNull();
        assertThat(text(reply)).isEqualTo("OVER AMQP");
        assertThat(reply.getStringProperty("X_HYPHEN_Seen")).isEqualTo("a1");
    }

    @Test
    void propagateResponseOverAmqp() throws Exception {
        String front = "front" + unique();
        String backend = "backend" + unique();
        client.respondOn(backend, body -> "amqp backend: " + body);
        stream("""
                input:
                  camel:
                    uri: amqp:queue:%s?connectionFactory=#qpid
                output:
                  camel:
                    uri: amqp:queue:%s?connectionFactory=#qpid
                    propagate_response: true
                """.formatted(front, backend));

        assertThat(text(client.request(front, "ping", "trace", "a2"))).isEqualTo("amqp backend: ping");
    }
}

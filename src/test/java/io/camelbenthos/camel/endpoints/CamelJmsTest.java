package io.camelbenthos.camel.endpoints;

import static io.camelbenthos.camel.endpoints.JmsClient.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import jakarta.jms.JMSConsumer;
import jakarta.jms.Message;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code camel} input, output and processor over JMS (camel-jms on an in-process Artemis): request/reply answered
 * with {@code sync_response} as http_server would, {@code propagate_response} through a {@code camel} output, the
 * processor's reply replacing the message, no JMS or Camel internals in metadata or replies, and a nack rolling back
 * a transacted consumer so the broker redelivers.
 */
class CamelJmsTest {
    private EmbeddedArtemis broker;
    private ActiveMQConnectionFactory cf;
    private JmsClient client;
    private final List<StreamHarness> streams = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        broker = new EmbeddedArtemis();
        cf = broker.jmsConnectionFactory();
        client = new JmsClient(cf);
    }

    @AfterEach
    void stop() throws Exception {
        streams.forEach(StreamHarness::close);
        client.close();
        cf.close();
        broker.close();
    }

    private StreamHarness stream(String yaml) throws Exception {
        StreamHarness s = new StreamHarness("jms" + unique() + ".yaml", yaml, Map.of(), Map.of("artemis", cf));
        streams.add(s);
        return s;
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private Message request(String queue, String body, String property, String value) {
        return client.request(queue, body, property, value);
    }

    private void respondOn(String queue, java.util.function.UnaryOperator<String> answer) {
        client.respondOn(queue, answer);
    }

    private static List<String> properties(Message m) throws Exception {
        return Collections.list((java.util.Enumeration<String>) m.getPropertyNames());
    }

    @Test
    void aRequestIsAnsweredWithTheSyncResponseRenderedAsHttpServerDoes() throws Exception {
        String queue = "req" + unique();
        stream("""
                input:
                  camel:
                    uri: jms:queue:%s?connectionFactory=#artemis
                    sync_response:
                      headers: {}
                      metadata_headers: {include_prefixes: [ "shown" ]}
                pipeline:
                  processors:
                    - mapping: |
                        root = content().uppercase() + " " + @.keys().sort().join(",")
                        meta shown_trace = @trace
                output:
                  sync_response: {}
                """.formatted(queue));

        Message reply = request(queue, "foo bar", "trace", "t1");

        assertThat(reply).isNotNull();
        // the request's metadata: its own property only, no JMS*, JMSX*, _AMQ* or Camel* header
        assertThat(text(reply)).isEqualTo("FOO BAR trace");
        // metadata_headers as http_server copies them: the key Go-canonical
        assertThat(reply.getStringProperty("Shown_trace")).isEqualTo("t1");
        // nothing of the request echoed back, no Camel header in the reply
        assertThat(properties(reply)).doesNotContain("trace").noneMatch(p -> p.startsWith("Camel"));
    }

    @Test
    void aTransactionWithSeveralResponsesIsOneMultipartReply() throws Exception {
        String queue = "multi" + unique();
        stream("""
                input:
                  camel:
                    uri: jms:queue:%s?connectionFactory=#artemis
                pipeline:
                  processors:
                    - sync_response: {}
                    - mapping: root = content().uppercase()
                output:
                  sync_response: {}
                """.formatted(queue));

        Message reply = request(queue, "part", "x", "y");

        assertThat(text(reply)).contains("\r\n\r\npart\r\n").contains("\r\n\r\nPART\r\n");
        assertThat(reply.getStringProperty("Content_HYPHEN_Type")).startsWith("multipart/form-data; boundary=");
    }

    @Test
    void propagateResponseThroughACamelOutputAnswersTheRequest() throws Exception {
        String front = "front" + unique();
        String backend = "backend" + unique();
        respondOn(backend, body -> "backend says " + body);
        stream("""
                input:
                  camel:
                    uri: jms:queue:%s?connectionFactory=#artemis
                output:
                  camel:
                    uri: jms:queue:%s?connectionFactory=#artemis
                    propagate_response: true
                """.formatted(front, backend));

        Message reply = request(front, "hello", "trace", "t2");

        assertThat(text(reply)).isEqualTo("backend says hello");
        // http_server's default sync_response header, a JMS property in camel-jms's key format
        assertThat(reply.getStringProperty("Content_HYPHEN_Type")).isEqualTo("application/octet-stream");
    }

    @Test
    void theProcessorsReplyReplacesTheMessageAndAnInterpolatedUriPicksTheQueue() throws Exception {
        String prices = "prices" + unique();
        String front = "front" + unique();
        respondOn(prices, body -> "price of " + body);
        stream("""
                input:
                  camel:
                    uri: jms:queue:%s?connectionFactory=#artemis
                pipeline:
                  processors:
                    - mapping: |
                        root = content()
                        meta target = "%s"
                    - camel:
                        uri: jms:queue:${! @target }?connectionFactory=#artemis
                    - mapping: root = content() + " / " + @reply_flag
                output:
                  sync_response: {}
                """.formatted(front, prices));

        assertThat(text(request(front, "apples", "trace", "t3"))).isEqualTo("price of apples / set");
    }

    @Test
    void aFailingProcessorCallFlagsTheMessageWhichFlowsOn() throws Exception {
        String front = "front" + unique();
        stream("""
                input:
                  camel:
                    uri: jms:queue:%s?connectionFactory=#artemis
                pipeline:
                  processors:
                    - camel:
                        uri: jms:queue:nobody%s?connectionFactory=#artemis&requestTimeout=300
                    - mapping: 'root = if errored() { "flagged: " + content() } else { "not flagged" }'
                output:
                  sync_response: {}
                """.formatted(front, unique()));

        assertThat(text(request(front, "orig", "trace", "t4"))).isEqualTo("flagged: orig");
    }

    @Test
    void aCamelOutputSendsEachMessageWithItsMetadataAsProperties() throws Exception {
        String in = "in" + unique();
        String out = "out" + unique();
        stream("""
                input:
                  camel:
                    uri: jms:queue:%s?connectionFactory=#artemis
                pipeline:
                  processors:
                    - mapping: |
                        root = content().uppercase()
                        meta color = "blue"
                output:
                  camel:
                    uri: jms:queue:%s?connectionFactory=#artemis
                """.formatted(in, out));

        client.send(in, "abc", "trace", "t5");

        try (JMSConsumer consumer = client.context().createConsumer(client.context().createQueue(out))) {
            Message m = consumer.receive(20_000);
            assertThat(text(m)).isEqualTo("ABC");
            assertThat(m.getStringProperty("color")).isEqualTo("blue");
            assertThat(m.getStringProperty("trace")).isEqualTo("t5");
            assertThat(m.getJMSReplyTo()).isNull(); // InOnly: a plain message, nobody waits for a reply
        }
    }

    @Test
    void aNackRollsBackATransactedConsumerAndTheBrokerRedelivers() throws Exception {
        String in = "tx" + unique();
        stream("""
                input:
                  camel:
                    uri: jms:queue:%s?connectionFactory=#artemis&transacted=true
                output:
                  test_sink: {name: tx, fail_first: 1}
                """.formatted(in));

        client.send(in, "once", "x", "y");

        await().atMost(Duration.ofSeconds(20)).until(() -> TestComponents.SINKS.getOrDefault("tx", List.of()).size() == 1);
        assertThat(TestComponents.SINKS.get("tx")).containsExactly("once");
        assertThat(TestComponents.ATTEMPTS.get("tx").get()).isEqualTo(2);
    }

    @Test
    void theExportedConfigRunsInPlainCamel() throws Exception {
        String front = "front" + unique();
        String backend = "backend" + unique();
        respondOn(backend, body -> "exported " + body);
        String exported = io.camelbenthos.export.CamelYamlExport.export("jmsexport.yaml", """
                input:
                  camel:
                    uri: jms:queue:%s?connectionFactory=#artemis
                pipeline:
                  processors:
                    - camel:
                        uri: jms:queue:${! "%s" }?connectionFactory=#artemis
                    - mapping: root = content().uppercase()
                output:
                  sync_response: {}
                """.formatted(front, backend));
        assertThat(exported).contains("jms:queue:" + front, "CamelReplyStrategy", "CamelReplyMerger");

        try (org.apache.camel.impl.DefaultCamelContext context = new org.apache.camel.impl.DefaultCamelContext()) {
            context.getRegistry().bind("artemis", cf);
            org.apache.camel.support.PluginHelper.getRoutesLoader(context).loadRoutes(
                    org.apache.camel.support.ResourceHelper.fromString("jms.camel.yaml", exported));
            context.start();
            assertThat(text(request(front, "hi", "trace", "e1"))).isEqualTo("EXPORTED HI");
        }
    }
}

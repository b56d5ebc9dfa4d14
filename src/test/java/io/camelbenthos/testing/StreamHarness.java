package io.camelbenthos.testing;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.config.ConfigLoader;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import io.camelbenthos.translate.BenthosRouteBuilder;
import io.camelbenthos.translate.BenthosRoutes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/** Runs one Benthos config in a real Camel context for a test; send through a {@code test_direct} input. */
public final class StreamHarness implements AutoCloseable {
    private final CamelContext camel;
    private final ProducerTemplate producer;
    private final BenthosRouteBuilder builder;

    public StreamHarness(String yaml) throws Exception {
        this("test.yaml", yaml, Map.of());
    }

    public StreamHarness(String location, String yaml, Map<String, String> env) throws Exception {
        this(location, yaml, env, Map.of());
    }

    /** @param beans bound in the registry before the routes start (a connection factory an endpoint URI names) */
    public StreamHarness(String location, String yaml, Map<String, String> env, Map<String, Object> beans)
            throws Exception {
        TestComponents.reset();
        ConfigLoader loader = new ConfigLoader(io.camelbenthos.components.ComponentRegistry.defaultRegistry(), env, List.of());
        builder = BenthosRoutes.fromYaml(location, yaml, loader);
        camel = new DefaultCamelContext();
        beans.forEach(camel.getRegistry()::bind);
        camel.addRoutes(builder);
        camel.start();
        producer = camel.createProducerTemplate();
    }

    public CamelContext camel() {
        return camel;
    }

    public BenthosRouteBuilder builder() {
        return builder;
    }

    /** Sends a message to {@code direct:test.<input>} and returns the completed exchange (exception = nack). */
    public Exchange send(String input, String body) {
        return producer.send("direct:test." + input, e -> e.getMessage().setBody(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Sends one transaction of several messages (a batch) to {@code direct:test.<input>}. */
    public Exchange sendBatch(String input, String... bodies) {
        List<Message> messages = java.util.Arrays.stream(bodies).map(Message::of).toList();
        return producer.send("direct:test." + input, e -> e.getMessage().setBody(MessageBatch.of(messages)));
    }

    /** Each message's content as text. */
    public static List<String> bodies(Exchange e) {
        return BenthosExchange.batch(e).messages().stream().map(Message::contentAsString).toList();
    }

    /** Message 0's content as text (null when the batch is empty). */
    public static String body(Exchange e) {
        MessageBatch b = BenthosExchange.batch(e);
        return b.isEmpty() ? null : b.get(0).contentAsString();
    }

    /** Message 0's metadata (empty when the batch is empty). */
    public static Map<String, Object> metadata(Exchange e) {
        return BenthosExchange.first(e).metadata();
    }

    @Override
    public void close() {
        camel.stop();
    }
}

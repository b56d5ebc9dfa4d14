package io.camelbenthos.configtest;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.config.StreamConfig;
import io.camelbenthos.message.Message;
import io.camelbenthos.translate.BenthosRouteBuilder;
import io.camelbenthos.translate.StreamTranslator;
import io.camelbenthos.translate.TranslatedStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

/**
 * The targeted processors as a real Camel route: the same translation as a stream's pipeline, from
 * {@code direct:<id>.pipeline}, in a Camel context of its own (a fresh set of caches and rate limits per case, as
 * Benthos builds a fresh resource manager). {@link #process} feeds input batches and collects what comes out.
 *
 * <p>The runtime carries one message per exchange for now, so a batch is fed message by message, in order, and the
 * messages that come out (not deleted) form the batch's output batch. When exchanges carry batches, {@link #feed}
 * is the one place to change: send the whole batch as one exchange and read back the batches it became.
 */
final class ProcessorsHarness implements AutoCloseable {
    /** What the processors gave: output batches in order, plus the first hard (unflagged) failure, if any. */
    record Outcome(List<List<Message>> batches, String error) {
    }

    private final CamelContext camel;
    private final ProducerTemplate producer;
    private final String endpoint;

    private ProcessorsHarness(CamelContext camel, ProducerTemplate producer, String endpoint) {
        this.camel = camel;
        this.producer = producer;
        this.endpoint = endpoint;
    }

    /** Translates and starts the config's pipeline processors. */
    static ProcessorsHarness start(StreamConfig config, ComponentRegistry registry) throws Exception {
        TranslatedStream stream = StreamTranslator.translateProcessors(config, registry);
        CamelContext camel = new DefaultCamelContext();
        try {
            camel.addRoutes(new BenthosRouteBuilder(List.of(stream)));
            camel.start();
            ProducerTemplate producer = camel.createProducerTemplate();
            return new ProcessorsHarness(camel, producer, "direct:" + stream.id() + ".pipeline");
        } catch (Exception | Error e) {
            camel.close();
            throw e;
        }
    }

    /** Runs every batch through the processors, in one context, so state (dedupe, caches) carries across batches. */
    Outcome process(List<List<Message>> batches) {
        List<List<Message>> out = new ArrayList<>();
        String error = null;
        for (List<Message> batch : batches) {
            Outcome one = feed(batch);
            out.addAll(one.batches());
            if (error == null) {
                error = one.error();
            }
        }
        return new Outcome(out, error);
    }

    private Outcome feed(List<Message> batch) {
        List<Message> result = new ArrayList<>();
        String error = null;
        for (Message message : batch) {
            Exchange exchange = new DefaultExchange(camel);
            BenthosExchange.fromMessage(message, exchange);
            producer.send(endpoint, exchange);
            if (exchange.getException() != null) {
                if (error == null) {
                    error = exchange.getException().getMessage();
                }
                continue;
            }
            if (Boolean.TRUE.equals(exchange.getProperty(BenthosExchange.DELETED, Boolean.class))) {
                continue;
            }
            result.add(BenthosExchange.toMessage(exchange));
        }
        return new Outcome(result.isEmpty() ? List.of() : List.of(result), error);
    }

    @Override
    public void close() {
        producer.stop();
        camel.stop();
    }
}

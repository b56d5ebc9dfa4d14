package io.camelbenthos.configtest;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.config.StreamConfig;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import io.camelbenthos.translate.BenthosRouteBuilder;
import io.camelbenthos.translate.StreamTranslator;
import io.camelbenthos.translate.TranslatedStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

/**
 * The targeted processors as a real Camel route: the same translation as a stream's pipeline, from
 * {@code direct:<id>.pipeline}, in a Camel context of its own (a fresh set of caches and rate limits per case, as
 * Benthos builds a fresh resource manager). {@link #process} feeds input batches and collects what comes out.
 *
 * <p>An input batch is fed as one exchange, one transaction as Benthos feeds it; a step after the last processor
 * ({@link Collector}) records each batch that comes out (several when a processor such as {@code split} made
 * several), in order; a batch emptied by deletes comes out as none.
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
        TranslatedStream stream = StreamTranslator.translateProcessors(config, registry, new Collector());
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
        Exchange exchange = new DefaultExchange(camel);
        BenthosExchange.setBatch(exchange, MessageBatch.of(batch));
        List<List<Message>> out = Collections.synchronizedList(new ArrayList<>());
        exchange.setProperty(Collector.BATCHES, out);
        producer.send(endpoint, exchange);
        String error = exchange.getException() == null ? null : exchange.getException().getMessage();
        synchronized (out) {
            return new Outcome(List.copyOf(out), error);
        }
    }

    /**
     * The step after the last processor: adds the batch to the list in {@link #BATCHES}, which the exchanges of a
     * Camel split share with the exchange that was fed (a split copies properties, not the objects they hold).
     */
    static final class Collector implements Processor {
        static final String BATCHES = "CamelBenthosTestBatches";

        @Override
        public void process(Exchange exchange) {
            @SuppressWarnings("unchecked")
            List<List<Message>> out = exchange.getProperty(BATCHES, List.class);
            List<Message> batch = BenthosExchange.batch(exchange).messages();
            if (out != null && !batch.isEmpty()) {
                out.add(List.copyOf(batch));
            }
        }

        @Override
        public String toString() {
            return "Collector";
        }
    }

    @Override
    public void close() {
        producer.stop();
        camel.stop();
    }
}

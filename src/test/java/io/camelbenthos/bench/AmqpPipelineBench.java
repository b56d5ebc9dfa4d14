package io.camelbenthos.bench;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The {@code amqp_0_9} -> {@code amqp_0_9} benchmark of {@code bench/connectors.sh}, on the local RabbitMQ: a Benthos
 * config (an upper-casing mapping between the two) through the camel-benthos runtime against the same route written
 * by hand in Camel on the project's {@code amqp09} component, both in this JVM, taking turns, Benthos's defaults on
 * both (prefetch 10, confirms, 64 in flight). Each run gets a fresh input queue holding all records and a fresh
 * output queue; the records/s count from the first percent delivered to the last. Before timing both sides move 100
 * messages and their outputs are checked to be the same.
 *
 * <p>Usage: {@code AmqpPipelineBench [records=50000] [rounds=4]}; {@code RABBITMQ_URL} (default the local guest
 * account). Not a test.
 */
public final class AmqpPipelineBench {
    private final String url;
    private final Channel channel;
    private final List<String> queues = new ArrayList<>();

    private AmqpPipelineBench(String url, Channel channel) {
        this.url = url;
        this.channel = channel;
    }

    public static void main(String[] args) throws Exception {
        long records = args.length > 0 ? Long.parseLong(args[0]) : 50_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        String env = System.getenv("RABBITMQ_URL");
        String url = env == null || env.isBlank() ? "amqp://guest:guest@127.0.0.1:5672/" : env;
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(url);
        if (factory.getVirtualHost().isEmpty()) {
            factory.setVirtualHost("/"); // the Java client reads "amqp://host/" as the vhost "", Go as "/"
        }
        try (Connection connection = factory.newConnection("camel-benthos amqp benchmark")) {
            AmqpPipelineBench bench = new AmqpPipelineBench(url, connection.createChannel());
            try {
                bench.checkEquivalence();
                String run = Long.toHexString(System.nanoTime());
                Rounds timing = new Rounds("amqp_0_9 -> amqp_0_9", records);
                timing.run(rounds,
                        round -> bench.runtime(bench.filled("in-runtime-" + run + round, records),
                                bench.queue("out-runtime-" + run + round)),
                        round -> bench.handWritten(bench.filled("in-hand-" + run + round, records),
                                bench.queue("out-hand-" + run + round)),
                        round -> bench.ready("cb-bench-out-runtime-" + run + round),
                        round -> bench.ready("cb-bench-out-hand-" + run + round),
                        600_000);
                timing.report();
            } finally {
                bench.deleteQueues();
            }
        }
        System.exit(0);
    }

    private void checkEquivalence() throws Exception {
        List<String> runtimeOut;
        List<String> handOut;
        String check = Long.toHexString(System.nanoTime());
        String out = queue("check-runtime-out-" + check);
        try (AutoCloseable side = runtime(filled("check-runtime-in-" + check, 100), out)) {
            runtimeOut = drain(out, 100);
        }
        out = queue("check-hand-out-" + check);
        try (AutoCloseable side = handWritten(filled("check-hand-in-" + check, 100), out)) {
            handOut = drain(out, 100);
        }
        runtimeOut.sort(null);
        handOut.sort(null);
        if (!runtimeOut.equals(handOut)) {
            throw new IllegalStateException("the two sides differ: " + runtimeOut.get(0) + " vs " + handOut.get(0));
        }
        System.out.println("equivalence checked: both sides moved the same 100 messages, e.g. " + runtimeOut.get(0));
    }

    /** A fresh queue of this benchmark (deleted at the end). */
    private String queue(String name) throws IOException {
        String q = "cb-bench-" + name;
        channel.queueDeclare(q, false, false, false, null);
        queues.add(q);
        return q;
    }

    /** A fresh queue holding {@code records} messages. */
    private String filled(String name, long records) throws Exception {
        String q = queue(name);
        channel.confirmSelect();
        for (long i = 0; i < records; i++) {
            channel.basicPublish("", q, null, ("message number " + i + " of the amqp benchmark")
                    .getBytes(StandardCharsets.UTF_8));
            if (i % 1000 == 999) {
                channel.waitForConfirmsOrDie(60_000);
            }
        }
        channel.waitForConfirmsOrDie(60_000);
        return q;
    }

    private LongSupplier ready(String queue) {
        return () -> {
            try {
                return channel.queueDeclarePassive(queue).getMessageCount();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private List<String> drain(String queue, int expected) throws Exception {
        List<String> bodies = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 60_000;
        while (bodies.size() < expected) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException(queue + ": only " + bodies.size() + " messages");
            }
            GetResponse r = channel.basicGet(queue, true);
            if (r == null) {
                Thread.sleep(10);
            } else {
                bodies.add(new String(r.getBody(), StandardCharsets.UTF_8));
            }
        }
        return bodies;
    }

    /** The runtime side: a Benthos config, translated and run in a Camel context of its own. */
    AutoCloseable runtime(String in, String out) throws Exception {
        String yaml = """
                input:
                  amqp_0_9:
                    urls: [ "%1$s" ]
                    queue: %2$s
                pipeline:
                  processors:
                    - mapping: root = content().uppercase()
                output:
                  amqp_0_9:
                    urls: [ "%1$s" ]
                    exchange: ""
                    key: %3$s
                """.formatted(url, in, out);
        return BenchContexts.benthos(yaml);
    }

    /** The baseline: the same route written by hand in Camel on the amqp09 component. */
    AutoCloseable handWritten(String in, String out) throws Exception {
        return BenchContexts.camel(new RouteBuilder() {
            @Override
            public void configure() {
                from("amqp09:hand-in?urls=RAW(" + url + ")&queue=" + in)
                        .routeId("hand-written-amqp")
                        .process(AmqpPipelineBench::uppercase)
                        .to("amqp09:hand-out?urls=RAW(" + url + ")&key=" + out);
            }
        });
    }

    static void uppercase(Exchange exchange) {
        byte[] body = exchange.getMessage().getBody(byte[].class);
        exchange.getMessage().setBody(new String(body, StandardCharsets.UTF_8).toUpperCase(Locale.ROOT)
                .getBytes(StandardCharsets.UTF_8));
    }

    private void deleteQueues() {
        for (String q : queues) {
            try {
                channel.queueDelete(q);
            } catch (IOException | RuntimeException e) {
                System.err.println("could not delete " + q + ": " + e);
            }
        }
    }
}

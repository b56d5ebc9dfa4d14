package io.camelbenthos.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelbenthos.kafka.EmbeddedKafkaBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.LongSupplier;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The {@code kafka} -> Bloblang -> {@code kafka} benchmark of {@code bench/connectors.sh}: a Benthos config through the
 * camel-benthos runtime against the same pipeline written by hand on camel-kafka (consumer, a Jackson processor,
 * producer), both in this JVM on the in-process broker, taking turns. Each run reads the whole input topic with a
 * group of its own and writes to a topic of its own; the records/s count from the first percent written to the last.
 * Before timing, both sides transform a small topic and their outputs are checked to be the same.
 *
 * <p>Usage: {@code KafkaPipelineBench [records=100000] [rounds=4] [partitions=4]}. Not a test.
 */
public final class KafkaPipelineBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MAPPING = """
            root = this
            root.name = this.name.uppercase()
            root.name_length = this.name.length()
            """;

    private final String bootstrap;
    private final int partitions;

    private KafkaPipelineBench(String bootstrap, int partitions) {
        this.bootstrap = bootstrap;
        this.partitions = partitions;
    }

    public static void main(String[] args) throws Exception {
        long records = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int partitions = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start("127.0.0.1:0")) {
            KafkaPipelineBench bench = new KafkaPipelineBench(kafka.bootstrapServers(), partitions);
            bench.checkEquivalence();
            bench.fill("bench_in", records);
            Rounds timing = new Rounds("kafka -> bloblang -> kafka", records);
            timing.run(rounds,
                    round -> bench.runtime("bench_in", "bench_out_runtime_" + round, "runtime_" + round),
                    round -> bench.handWritten("bench_in", "bench_out_hand_" + round, "hand_" + round),
                    round -> bench.written("bench_out_runtime_" + round),
                    round -> bench.written("bench_out_hand_" + round),
                    600_000);
            timing.report();
        }
        System.exit(0); // the broker's and clients' stray threads must not keep the JVM
    }

    /** Both sides on 100 records: the same set of output documents. */
    private void checkEquivalence() throws Exception {
        fill("check_in", 100);
        Set<JsonNode> runtimeOut;
        Set<JsonNode> handOut;
        try (AutoCloseable side = runtime("check_in", "check_out_runtime", "check_runtime")) {
            runtimeOut = readAll("check_out_runtime", 100);
        }
        try (AutoCloseable side = handWritten("check_in", "check_out_hand", "check_hand")) {
            handOut = readAll("check_out_hand", 100);
        }
        if (!runtimeOut.equals(handOut)) {
            throw new IllegalStateException("the two sides differ: " + runtimeOut.iterator().next() + " vs "
                    + handOut.iterator().next());
        }
        System.out.println("equivalence checked: both sides wrote the same 100 documents, e.g. "
                + runtimeOut.iterator().next());
    }

    private void createTopic(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        }
    }

    private void fill(String topic, long records) throws Exception {
        createTopic(topic);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (long i = 0; i < records; i++) {
                String doc = "{\"id\":" + i + ",\"name\":\"user number " + i + "\",\"tags\":[\"a\",\"b\"]}";
                producer.send(new ProducerRecord<>(topic, doc.getBytes(StandardCharsets.UTF_8)));
            }
            producer.flush();
        }
    }

    /** The runtime side: a Benthos config, translated and run in a Camel context of its own. */
    AutoCloseable runtime(String in, String out, String group) throws Exception {
        createTopic(out);
        String yaml = """
                input:
                  kafka:
                    addresses: [ %1$s ]
                    topics: [ %2$s ]
                    consumer_group: %3$s
                pipeline:
                  processors:
                    - mapping: |
                %4$s
                output:
                  kafka:
                    addresses: [ %1$s ]
                    topic: %5$s
                """.formatted(bootstrap, in, group, MAPPING.indent(12).stripTrailing(), out);
        return BenchContexts.benthos(yaml);
    }

    /** The baseline: what a Camel developer writes by hand on camel-kafka for the same pipeline. */
    AutoCloseable handWritten(String in, String out, String group) throws Exception {
        createTopic(out);
        return BenchContexts.camel(new RouteBuilder() {
            @Override
            public void configure() {
                from("kafka:" + in + "?brokers=" + bootstrap + "&groupId=" + group
                        + "&autoOffsetReset=earliest&consumersCount=" + partitions)
                        .routeId("hand-written-kafka")
                        .process(KafkaPipelineBench::transform)
                        .to("kafka:" + out + "?brokers=" + bootstrap);
            }
        });
    }

    /** The mapping, by hand: upper-cased name and its length added. */
    static void transform(Exchange exchange) throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(exchange.getMessage().getBody(byte[].class));
        String name = doc.get("name").asText();
        doc.put("name", name.toUpperCase(Locale.ROOT));
        doc.put("name_length", name.length());
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setBody(JSON.writeValueAsBytes(doc));
    }

    /** The number of records written to {@code topic} so far (the sum of its end offsets). */
    LongSupplier written(String topic) {
        KafkaConsumer<byte[], byte[]> consumer = consumer();
        List<TopicPartition> parts = new java.util.ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            parts.add(new TopicPartition(topic, p));
        }
        return () -> consumer.endOffsets(parts).values().stream().mapToLong(Long::longValue).sum();
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private Set<JsonNode> readAll(String topic, int expected) throws Exception {
        Set<JsonNode> docs = new HashSet<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> parts = new java.util.ArrayList<>();
            for (int p = 0; p < partitions; p++) {
                parts.add(new TopicPartition(topic, p));
            }
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            long deadline = System.currentTimeMillis() + 120_000;
            while (docs.size() < expected) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException(topic + ": only " + docs.size() + " documents");
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    docs.add(JSON.readTree(r.value()));
                }
            }
        }
        return docs;
    }
}

package io.camelbenthos.export;

import org.junit.jupiter.api.Test;

/** The Kafka inputs export as Camel YAML DSL ({@code benthos-kafka:} routes) that loads back as the translation. */
class KafkaInputExportTest {
    private static final String ALL = """
            input:
              broker:
                inputs:
                  - kafka:
                      addresses: [ "localhost:9092" ]
                      topics: [ "foo:0-2", "bar:1" ]
                      consumer_group: g
                      checkpoint_limit: 1
                      tls:
                        enabled: true
                        skip_cert_verify: true
                      sasl:
                        mechanism: PLAIN
                        user: "u s"
                        password: "p(w)"
                  - kafka:
                      addresses: [ "localhost:9092" ]
                      topics: [ foo, bar ]
                      consumer_group: g
                    processors:
                      - mapping: 'root = content().uppercase()'
            output:
              drop: {}
            """;

    private static final String REDPANDA = """
            redpanda:
              seed_brokers: [ "localhost:9092" ]
              sasl:
                - mechanism: SCRAM-SHA-256
                  username: u
                  password: p
            input:
              broker:
                inputs:
                  - redpanda:
                      topics: [ "foo:0:10" ]
                  - kafka_franz:
                      seed_brokers: [ "localhost:9092" ]
                      regexp_topics_include: [ "^foo" ]
                      consumer_group: g
            output:
              redpanda_common:
                topic: ${! @kafka_topic }-copy
                metadata:
                  include_prefixes: [ kafka_ ]
            """;

    @Test
    void kafkaInputsLoadBackAsTheTranslation() throws Exception {
        ExportRoundTripTest.assertExportLoadsBackAsTheTranslation("kafka_in.yaml", ALL);
    }

    @Test
    void redpandaComponentsLoadBackAsTheTranslation() throws Exception {
        ExportRoundTripTest.assertExportLoadsBackAsTheTranslation("redpanda.yaml", REDPANDA);
    }
}

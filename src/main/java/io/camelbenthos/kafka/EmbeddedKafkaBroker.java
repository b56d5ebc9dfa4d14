package io.camelbenthos.kafka;

/**
 * An in-process single-node KRaft Kafka broker from the Kafka jars, for {@code run --embedded-kafka} and tests.
 * Contract stub: the rt-kafka work implements it.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private EmbeddedKafkaBroker() {
    }

    /**
     * Formats a fresh log directory and starts a broker listening on {@code hostPort} (e.g. {@code localhost:9092};
     * port 0 picks a free port); returns once the broker answers.
     */
    public static EmbeddedKafkaBroker start(String hostPort) {
        throw new UnsupportedOperationException("embedded Kafka not yet implemented");
    }

    /** The bootstrap address clients use, e.g. {@code 127.0.0.1:9092}. */
    public String bootstrapServers() {
        throw new UnsupportedOperationException("embedded Kafka not yet implemented");
    }

    @Override
    public void close() {
    }
}

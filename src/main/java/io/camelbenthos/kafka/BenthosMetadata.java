package io.camelbenthos.kafka;

/**
 * Which exchange headers are a message's Benthos metadata. Camel keeps its own bookkeeping in headers too
 * ({@code CamelHttpMethod}, {@code kafka.KEY}, ...); those are Camel's, not the message's, and must never become
 * Kafka record headers.
 */
final class BenthosMetadata {
    private BenthosMetadata() {
    }

    static boolean isMetadataKey(String key) {
        return !(key.startsWith("Camel") || key.startsWith("camel") || key.startsWith("org.apache.camel.")
                || key.startsWith("kafka."));
    }
}

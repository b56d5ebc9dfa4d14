package io.camelbenthos.kafka;

/**
 * Keeps the Kafka server loggers at ERROR and the client loggers at WARN under slf4j-simple, unless the user chose a level.
 *
 * <p>The embedded broker logs hundreds of INFO lines at startup and every producer logs its whole config, which
 * would drown a config's own output. slf4j-simple
 * reads {@code org.slf4j.simpleLogger.log.<name>} from the system properties each time a logger is created, so setting
 * them before the first Kafka class logs is enough; other SLF4J providers ignore these properties.
 */
final class KafkaLogging {
    private static final String PREFIX = "org.slf4j.simpleLogger.log.";
    /** Server internals: their warnings (e.g. "metadata log appears to be empty") are routine for a fresh node. */
    private static final String[] SERVER = {"kafka", "state.change.logger", "org.apache.zookeeper",
        "org.apache.kafka.controller", "org.apache.kafka.raft", "org.apache.kafka.image", "org.apache.kafka.metadata",
        "org.apache.kafka.server", "org.apache.kafka.storage", "org.apache.kafka.coordinator", "org.apache.kafka.snapshot"};

    private KafkaLogging() {
    }

    static void quietenUnlessConfigured() {
        // Client warnings stay visible: "broker may not be available" is what a user needs to see.
        setUnlessConfigured("org.apache.kafka", "warn");
        for (String logger : SERVER) {
            setUnlessConfigured(logger, "error");
        }
    }

    private static void setUnlessConfigured(String logger, String level) {
        if (System.getProperty(PREFIX + logger) == null) {
            System.setProperty(PREFIX + logger, level);
        }
    }
}

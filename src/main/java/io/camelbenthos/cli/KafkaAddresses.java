package io.camelbenthos.cli;

import io.camelbenthos.translate.TranslatedStream;
import java.util.List;
import java.util.Map;

/** Finds the first Kafka address the configs use, for {@code run --embedded-kafka}. */
final class KafkaAddresses {
    static final String DEFAULT = "localhost:9092";

    private KafkaAddresses() {
    }

    static String first(List<TranslatedStream> streams) {
        for (TranslatedStream s : streams) {
            String found = find(s.config().toPlain(), false);
            if (found != null) {
                return found;
            }
        }
        return DEFAULT;
    }

    /** Depth-first through the plain config: the first address under a kafka or kafka_franz component. */
    private static String find(Object node, boolean inKafka) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                if (inKafka && (key.equals("addresses") || key.equals("seed_brokers")) && e.getValue() instanceof List<?> list
                        && !list.isEmpty()) {
                    return String.valueOf(list.get(0)).split(",")[0].strip();
                }
                String found = find(e.getValue(), inKafka || key.equals("kafka") || key.equals("kafka_franz") || key.equals("redpanda"));
                if (found != null) {
                    return found;
                }
            }
        } else if (node instanceof List<?> list) {
            for (Object item : list) {
                String found = find(item, inKafka);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}

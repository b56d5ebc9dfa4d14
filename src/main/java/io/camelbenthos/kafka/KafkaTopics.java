package io.camelbenthos.kafka;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code topics} field of Benthos's Kafka inputs ({@code ParseTopics}): each item is split on commas; {@code foo}
 * is a balanced topic, {@code foo:3} an explicit partition, {@code foo:0-10} an inclusive range and, where the input
 * allows it ({@code kafka_franz}, {@code redpanda}), {@code foo:0:10} or {@code foo:0-5:10} an explicit start offset.
 *
 * @param balanced the balanced topics, in order
 * @param explicit explicit partitions by topic, each with its start offset ({@code -1}: the input's default)
 */
public record KafkaTopics(List<String> balanced, Map<String, Map<Integer, Long>> explicit) {
    /** No explicit start offset given. */
    public static final long DEFAULT_OFFSET = -1;

    /**
     * Parses the items; errors carry Benthos's texts.
     *
     * @param allowOffsets whether {@code topic:partition:offset} is accepted ({@code kafka} refuses it)
     * @throws IllegalArgumentException with Benthos's error text
     */
    public static KafkaTopics parse(List<String> items, boolean allowOffsets) {
        List<String> balanced = new ArrayList<>();
        Map<String, Map<Integer, Long>> explicit = new LinkedHashMap<>();
        for (String item : items) {
            for (String piece : item.split(",")) {
                String topic = piece.trim();
                if (topic.isEmpty()) {
                    continue;
                }
                String[] parts = topic.split(":", -1);
                if (parts.length == 1) {
                    balanced.add(topic);
                    continue;
                }
                if (parts.length > 3) {
                    throw new IllegalArgumentException("topic '" + topic + "' is invalid, only one partition and an "
                            + "optional offset should be specified");
                }
                long offset = DEFAULT_OFFSET;
                if (parts.length == 3) {
                    if (!allowOffsets) {
                        throw new IllegalArgumentException("topic '" + topic
                                + "' is invalid, explicit offsets are not supported by this input");
                    }
                    offset = number(parts[2], topic);
                }
                Map<Integer, Long> partitions = explicit.computeIfAbsent(parts[0].trim(), t -> new LinkedHashMap<>());
                for (int partition : partitions(parts[1], topic)) {
                    // an explicit offset wins over the default when a partition is listed twice
                    Long before = partitions.get(partition);
                    if (before == null || before == DEFAULT_OFFSET) {
                        partitions.put(partition, offset);
                    }
                }
            }
        }
        return new KafkaTopics(List.copyOf(balanced), explicit);
    }

    private static Set<Integer> partitions(String spec, String topic) {
        Set<Integer> out = new LinkedHashSet<>();
        String[] range = spec.split("-", -1);
        if (range.length > 2) {
            throw new IllegalArgumentException("partition '" + spec + "' is invalid, only one range can be specified");
        }
        if (range.length == 1) {
            out.add((int) number(range[0], topic));
            return out;
        }
        long from = number(range[0], topic);
        long to = number(range[1], topic);
        if (from > to) {
            throw new IllegalArgumentException("lower partition limit is greater than upper limit: " + from + " > " + to);
        }
        for (long p = from; p <= to; p++) {
            out.add((int) p);
        }
        return out;
    }

    private static long number(String text, String topic) {
        try {
            long n = Long.parseLong(text.trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("failed to parse '" + text + "' in topic '" + topic + "' as a number");
        }
    }

    /** True when every topic is balanced (joined through a consumer group). */
    public boolean isBalanced() {
        return explicit.isEmpty();
    }
}

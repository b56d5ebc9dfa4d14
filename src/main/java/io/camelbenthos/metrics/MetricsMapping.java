package io.camelbenthos.metrics;

import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.message.Message;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code metrics.mapping}: Bloblang run on each series' name ({@code this}, a string) with its labels as
 * metadata. Assigning {@code root} a string renames the series, {@code root = deleted()} drops it, leaving
 * {@code root} alone keeps the name; the metadata afterwards are the labels. A mapping that fails keeps the series as
 * it was and logs why, as Benthos does. Results are remembered per series, so exporting runs it once per series.
 */
public final class MetricsMapping {
    private static final Logger LOG = LoggerFactory.getLogger(MetricsMapping.class);

    private final Mapping mapping;
    private final Map<String, Optional<MetricSample>> results = new ConcurrentHashMap<>();

    private MetricsMapping(Mapping mapping) {
        this.mapping = mapping;
    }

    /** Null for an empty mapping (every series as it is). */
    public static MetricsMapping parse(String text) {
        return text == null || text.isBlank() ? null : new MetricsMapping(Bloblang.parse(text));
    }

    /** The series renamed and relabelled, or empty when the mapping drops it. */
    public Optional<MetricSample> apply(MetricSample sample) {
        Optional<MetricSample> mapped = results.computeIfAbsent(sample.key(), k -> map(sample));
        // the cached result names the series; the measurement is this sample's
        return mapped.map(m -> sample.renamed(m.name(), m.labels()));
    }

    private Optional<MetricSample> map(MetricSample sample) {
        byte[] quoted = ("\"" + MetricSample.escape(sample.name()) + "\"").getBytes(StandardCharsets.UTF_8);
        Message in = Message.builder().content(quoted).metadata(sample.labels()).build();
        in.setStructuredCache(sample.name());
        Optional<Message> out;
        try {
            out = mapping.apply(in);
        } catch (BloblangException e) {
            LOG.error("Failed to apply path mapping on {}: {}", sample.name(), e.getMessage());
            return Optional.of(sample);
        }
        if (out.isEmpty()) {
            return Optional.empty();
        }
        Message result = out.get();
        String name = Arrays.equals(result.content(), quoted) ? sample.name() : result.contentAsString();
        SortedMap<String, String> labels = new TreeMap<>();
        result.metadata().forEach((k, v) -> labels.put(k, String.valueOf(v)));
        return Optional.of(sample.renamed(name, labels));
    }
}

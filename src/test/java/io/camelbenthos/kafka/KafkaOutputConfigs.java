package io.camelbenthos.kafka;

import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigLoader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;

/** A {@code kafka} output config parsed by the real config layer (spec defaults and validation included). */
final class KafkaOutputConfigs {
    private KafkaOutputConfigs() {
    }

    /** The output of a stream whose {@code output.kafka} block holds {@code fields}. */
    static ComponentConfig kafka(Map<String, Object> fields) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("input", Map.of("test_direct", Map.of("name", "in")));
        doc.put("output", Map.of("kafka", fields));
        String yaml = new Dump(DumpSettings.builder().build()).dumpToString(doc);
        return new ConfigLoader(ComponentRegistry.defaultRegistry(), Map.of(), List.of()).parse("test.yaml", yaml)
                .output();
    }
}

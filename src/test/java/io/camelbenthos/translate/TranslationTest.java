package io.camelbenthos.translate;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.config.ConfigLoader;
import io.camelbenthos.testing.StreamHarness;
import java.util.List;
import java.util.Map;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.yaml.LwModelToYAMLDumper;
import org.junit.jupiter.api.Test;

/** The shape of the translated route model: route ids, step ids, named beans, and that it dumps as Camel YAML. */
class TranslationTest {
    private static final String CONFIG = """
            input:
              label: ingest
              test_direct: {name: in}
            pipeline:
              processors:
                - test_upper: {}
                - label: checks
                  switch:
                    - processors:
                        - test_append: "!"
                - try:
                    - test_fail: {}
                - catch: []
            output:
              broker:
                pattern: fan_out
                outputs:
                  - test_sink: {name: a}
                  - label: second
                    test_sink: {name: b}
            """;

    private static TranslatedStream translate(String location, String yaml) {
        ConfigLoader loader = new ConfigLoader(ComponentRegistry.defaultRegistry(), Map.of(), List.of());
        return StreamTranslator.translate(loader.parse(location, yaml), ComponentRegistry.defaultRegistry());
    }

    @Test
    void inputsPipelineAndBrokerChildrenAreRoutesWithReadableIds() {
        TranslatedStream s = translate("orders.yaml", CONFIG);
        assertThat(s.routes()).extracting(RouteDefinition::getRouteId).containsExactly(
                "orders.pipeline",
                "orders.output.broker.outputs.0.route",
                "orders.output.broker.outputs.0.route.retry",
                "orders.second.route",
                "orders.second.route.retry",
                "orders.ingest");
        assertThat(s.routes().get(0).getInput().getEndpointUri()).isEqualTo("direct:orders.pipeline");
        assertThat(s.leafInputs()).isEqualTo(1);
    }

    @Test
    void customStepsAreNamedBeansKeyedByTheirPathOrLabel() {
        TranslatedStream s = translate("orders.yaml", CONFIG);
        assertThat(s.beans()).containsKeys(
                "orders.pipeline.processors.0",
                "orders.checks.0.check",
                "orders.pipeline.processors.2.try.0",
                "orders.pipeline.processors.3.clear",
                "orders.output.strategy",
                "orders.second");
        assertThat(s.beans().get("orders.output.strategy")).isInstanceOf(io.camelbenthos.components.outputs.FanOutStrategy.class);
    }

    @Test
    void theRouteModelDumpsAsCamelYaml() throws Exception {
        try (StreamHarness h = new StreamHarness("orders.yaml", CONFIG, Map.of())) {
            LwModelToYAMLDumper dumper = new LwModelToYAMLDumper();
            StringBuilder yaml = new StringBuilder();
            for (TranslatedStream s : h.builder().streams()) {
                for (RouteDefinition r : s.routes()) {
                    yaml.append(dumper.dumpModelAsYaml(h.camel(), r));
                }
            }
            assertThat(yaml).contains("ref: orders.pipeline.processors.0")
                    .contains("id: orders.checks.0")
                    .contains("aggregationStrategy: orders.output.strategy")
                    .contains("uri: direct:orders.pipeline");
        }
    }
}

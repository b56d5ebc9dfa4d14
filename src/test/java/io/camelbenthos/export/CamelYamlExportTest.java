package io.camelbenthos.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.components.outputs.GreedyLoadBalancer;
import io.camelbenthos.translate.PipelineThreadsStep;
import java.nio.charset.StandardCharsets;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

class CamelYamlExportTest {
    @Test
    void exportedRoutesLoadInPlainCamel() throws Exception {
        String yaml = CamelYamlExport.export("probe.yaml", "input:\n  stdin: {}\noutput:\n  drop: {}\n");
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("probe.camel.yaml", yaml));
            assertThat(context.getRouteDefinitions()).extracting(r -> r.getRouteId())
                    .containsExactly("probe.pipeline", "probe.input", "probe.input.reader");
            assertThat(context.getRegistry().lookupByName("probe.input.reader")).isNotNull();
        }
    }

    @Test
    void pipelineThreadsAndTheGreedyBrokerSurviveExport() throws Exception {
        String yaml = CamelYamlExport.export("probe.yaml", """
                input:
                  stdin: {}
                pipeline:
                  threads: 3
                output:
                  broker:
                    pattern: greedy
                    outputs:
                      - drop: {}
                      - drop: {}
                """);
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("probe.camel.yaml", yaml));
            context.start();
            assertThat(context.getRegistry().lookupByNameAndType("probe.pipeline.threads", PipelineThreadsStep.class)
                    .getThreads()).isEqualTo(3);
            assertThat(context.getRegistry().lookupByNameAndType("probe.output.greedy", GreedyLoadBalancer.class)
                    .getSlots()).containsExactly(1, 1);
            Exchange done = context.createProducerTemplate().send("direct:probe.pipeline",
                    e -> e.getMessage().setBody("x".getBytes(StandardCharsets.UTF_8)));
            assertThat(done.getException()).isNull();
        }
    }

    @Test
    void aRoundRobinBrokerLoadsBackToo() throws Exception {
        String yaml = CamelYamlExport.export("probe.yaml", """
                input:
                  stdin: {}
                output:
                  broker:
                    pattern: round_robin
                    outputs:
                      - drop: {}
                      - reject: "second"
                """);
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("probe.camel.yaml", yaml));
            context.start();
            ProducerTemplate producer = context.createProducerTemplate();
            assertThat(producer.send("direct:probe.pipeline", e -> e.getMessage().setBody(new byte[0])).getException())
                    .isNull();
            assertThat(producer.send("direct:probe.pipeline", e -> e.getMessage().setBody(new byte[0])).getException())
                    .hasMessage("second");
        }
    }
}

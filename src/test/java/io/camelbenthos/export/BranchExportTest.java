package io.camelbenthos.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.camel.BenthosExchange;
import java.nio.charset.StandardCharsets;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

/** A {@code branch} keeps the endpoint of its enrich in the export, so the exported routes load and run. */
class BranchExportTest {
    @Test
    void theExportedBranchRuns() throws Exception {
        String yaml = """
                input:
                  generate: {mapping: 'root = "unused"', count: 0, interval: ""}
                pipeline:
                  processors:
                    - branch:
                        request_map: 'root = this.name'
                        processors:
                          - mapping: 'root = content().uppercase()'
                        result_map: 'root.upper = content().string()'
                output:
                  drop: {}
                """;
        String exported = CamelYamlExport.export("branched.yaml", yaml);
        assertThat(exported).contains("expression: direct:branched.pipeline.processors.0.route");
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("branched.camel.yaml", exported));
            context.start();
            Exchange e = context.createProducerTemplate().send("direct:branched.pipeline",
                    x -> x.getMessage().setBody("{\"name\":\"ada\"}".getBytes(StandardCharsets.UTF_8)));
            assertThat(BenthosExchange.error(e)).isNull();
            assertThat(e.getMessage().getBody(String.class)).isEqualTo("{\"name\":\"ada\",\"upper\":\"ADA\"}");
        }
    }
}

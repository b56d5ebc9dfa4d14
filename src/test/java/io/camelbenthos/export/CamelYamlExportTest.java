package io.camelbenthos.export;

import static org.assertj.core.api.Assertions.assertThat;

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
}

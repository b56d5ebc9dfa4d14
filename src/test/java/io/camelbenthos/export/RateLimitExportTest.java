package io.camelbenthos.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.ratelimit.LocalRateLimit;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

/** A rate limit resource is a bean in the export, referenced from the http_server URI, and loads back as such. */
class RateLimitExportTest {
    @Test
    void theLimiterIsAnExportedBeanReferencedByTheInput() throws Exception {
        String yaml = """
                input:
                  http_server:
                    path: /post
                    rate_limit: slow
                rate_limit_resources:
                  - label: slow
                    local:
                      count: 3
                      interval: 250ms
                output:
                  drop: {}
                """;
        String exported = CamelYamlExport.export("limited.yaml", yaml);
        assertThat(exported).contains("rateLimit=#limited.rate_limit_resources.slow");
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("exported.camel.yaml", exported));
            LocalRateLimit loaded = context.getRegistry().lookupByNameAndType("limited.rate_limit_resources.slow",
                    LocalRateLimit.class);
            assertThat(loaded).isNotNull();
            assertThat(loaded.getCount()).isEqualTo(3);
            assertThat(loaded.getInterval()).isEqualTo("250ms");
        }
    }
}

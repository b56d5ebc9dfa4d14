package io.camelbenthos.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.config.ConfigLoader;
import io.camelbenthos.translate.BenthosRouteBuilder;
import io.camelbenthos.translate.BenthosRoutes;
import io.camelbenthos.translate.TranslatedStream;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

/** An http_client with every auth block, rate limit, proxy, multipart and batching exports and loads back whole. */
class HttpClientExportTest {
    private static final String CONFIG = """
            input:
              generate:
                mapping: 'root = "x"'
                count: 1
            output:
              http_client:
                url: http://127.0.0.1:9/${! @path }
                rate_limit: rl
                proxy_url: http://u:p@127.0.0.1:3128
                oauth:
                  enabled: true
                  consumer_key: ck
                jwt:
                  enabled: true
                  private_key_file: /nowhere.pem
                  signing_method: RS256
                  claims: {sub: me, n: 1, nested: {a: [1, 2]}}
                  headers: {kid: k}
                oauth2:
                  enabled: true
                  token_url: http://127.0.0.1:9/token
                  scopes: [a]
                  endpoint_params: {audience: [x, y]}
                basic_auth:
                  enabled: true
                  username: u
                multipart:
                  - content_type: text/plain
                    body: ${! content() }
                batch_as_multipart: true
                batching:
                  count: 2
                  period: 1s
            rate_limit_resources:
              - label: rl
                local: {count: 5, interval: 1s}
            """;

    @Test
    void everyBeanAndRouteRoundTrips() throws Exception {
        BenthosRouteBuilder original = BenthosRoutes.fromYaml("c.yaml", CONFIG, ConfigLoader.standard());
        String exported = CamelYamlExport.export("c.yaml", CONFIG);
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("c.camel.yaml", exported));
            for (TranslatedStream stream : original.streams()) {
                for (RouteDefinition route : stream.routes()) {
                    assertThat(context.getRouteDefinition(route.getRouteId())).as(route.getRouteId()).isNotNull();
                }
                for (var bean : stream.beans().entrySet()) {
                    Object loaded = context.getRegistry().lookupByName(bean.getKey());
                    assertThat(loaded).as(bean.getKey()).hasSameClassAs(bean.getValue());
                    assertThat(BeanJson.write(loaded)).as(bean.getKey()).isEqualTo(BeanJson.write(bean.getValue()));
                }
            }
        }
    }
}

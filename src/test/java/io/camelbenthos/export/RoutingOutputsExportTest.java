package io.camelbenthos.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The routing outputs (switch, fallback, retry, reject_errored, drop_on) export as Camel YAML DSL that loads back as
 * the same routes, error handlers and beans, and that answers like the original when run by plain Camel.
 */
class RoutingOutputsExportTest {
    @RegisterExtension
    AvailablePortFinder.Port port = AvailablePortFinder.find();

    /** Every routing output, nested, with every field set. */
    private static final String ALL = """
            input:
              http_server:
                path: /post
            output:
              fallback:
                - retry:
                    max_retries: 1
                    backoff:
                      initial_interval: 1ms
                      max_interval: 2ms
                      max_elapsed_time: 1s
                    output:
                      reject: 'refused ${! content() }'
                - switch:
                    retry_until_success: true
                    strict_mode: true
                    cases:
                      - check: '@fallback_error.contains("target destination")'
                        continue: true
                        output:
                          sync_response: {}
                          processors:
                            - mapping: 'root = "fell back: " + @fallback_error'
                      - output:
                          drop_on:
                            error_patterns: [ 'rejecting' ]
                            back_pressure: 5s
                            output:
                              reject_errored:
                                drop: {}
                - drop: {}
            """;

    @Test
    void everyRoutingOutputLoadsBackAsTheTranslation() throws Exception {
        ExportRoundTripTest.assertExportLoadsBackAsTheTranslation("all.yaml", ALL);
    }

    @Test
    void theExportAnswersLikeTheOriginal() throws Exception {
        String text = "http:\n  address: 127.0.0.1:" + port.getPort() + "\n" + ALL;
        String exported = CamelYamlExport.export("all.yaml", text);
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("all.camel.yaml", exported));
            context.start();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.getPort() + "/post"))
                    .POST(HttpRequest.BodyPublishers.ofString("foo")).build();
            HttpResponse<String> reply = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(reply.body()).isEqualTo("fell back: message failed to reach a target destination");
        }
    }
}

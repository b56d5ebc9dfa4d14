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
 * The processor library in an export (noop, rate_limit, metric, sleep, compress, decompress, jq, jmespath, grok,
 * json_schema, xml, log):
 * each is a bean of the {@code beans:} block with its settings, and the exported routes, loaded by plain Camel, run
 * the chain as the original does.
 */
class ProcessorsExportTest {
    @RegisterExtension
    AvailablePortFinder.Port port = AvailablePortFinder.find();

    private String config() {
        return """
                http:
                  address: 127.0.0.1:%d
                input:
                  http_server: {path: /post}
                pipeline:
                  processors:
                    - noop: {}
                    - rate_limit: {resource: budget}
                    - metric: {type: counter, name: seen, labels: {app: demo}}
                    - json_schema: {schema: '{"required":["log"]}'}
                    - jq: {query: '.log', output_raw: true}
                    - grok:
                        expressions: ['%%{WORD:verb} %%{INT:code:int}']
                        pattern_definitions: {UNUSED: 'x'}
                    - jmespath: {query: '{v: verb, c: code}'}
                    - compress: {algorithm: zlib, level: 5}
                    - sleep: {duration: '${! "1ms" }'}
                    - decompress: {algorithm: zlib}
                    - mapping: 'root = "<r><v>%%s</v><c>%%v</c></r>".format(this.v, this.c)'
                    - xml: {operator: to_json, cast: true}
                    - log: {message: 'done', fields_mapping: 'root.v = this.r.v', fields: {c: '${! this.r.c }'}}
                output:
                  sync_response: {}
                rate_limit_resources:
                  - label: budget
                    local: {count: 100, interval: 1s}
                """.formatted(port.getPort());
    }

    @Test
    void processorsAreExportedBeansAndTheExportRunsLikeTheOriginal() throws Exception {
        String text = config();
        ExportRoundTripTest.assertExportLoadsBackAsTheTranslation("procs.yaml", text);
        String exported = CamelYamlExport.export("procs.yaml", text);
        assertThat(exported).contains("type: io.camelbenthos.components.processors.GrokStep",
                "type: io.camelbenthos.components.processors.SleepStep");
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("procs.camel.yaml", exported));
            context.start();
            HttpResponse<String> ok = post("{\"log\":\"GET 200 fine\"}");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).isEqualTo("{\"r\":{\"c\":200,\"v\":\"GET\"}}");
        }
    }

    private HttpResponse<String> post(String body) throws Exception {
        return post(port.getPort(), body);
    }

    /** POSTs {@code body} to {@code /post} on the local {@code port}. */
    static HttpResponse<String> post(int port, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/post"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}

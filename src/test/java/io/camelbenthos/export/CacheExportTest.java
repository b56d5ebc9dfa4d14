package io.camelbenthos.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.config.ConfigLoader;
import io.camelbenthos.translate.BenthosRouteBuilder;
import io.camelbenthos.translate.BenthosRoutes;
import io.camelbenthos.translate.TranslatedStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Caches in an export: every cache type is a bean of the {@code beans:} block with its settings, and the exported
 * routes, loaded by plain Camel, use them as the original does (hydration, a cached result, the cache output).
 */
class CacheExportTest {
    @RegisterExtension
    AvailablePortFinder.Port port = AvailablePortFinder.find();

    @TempDir
    Path files;

    private String config() {
        return """
                http:
                  address: 127.0.0.1:%d
                input:
                  http_server: {path: /post}
                pipeline:
                  processors:
                    - dedupe: {cache: seen, key: '${! json("n") }'}
                    - branch:
                        processors:
                          - cache: {resource: docs, operator: get, key: '${! json("id") }'}
                        result_map: 'root.doc = content().string()'
                    - cached:
                        cache: results
                        key: '${! json("id") }'
                        processors:
                          - mapping: 'root = this.merge({"computed": count("cache-export")})'
                output:
                  broker:
                    pattern: fan_out
                    outputs:
                      - cache: {target: levels, key: '${! json("id") }', ttl: 1m}
                      - sync_response: {}
                cache_resources:
                  - label: seen
                    memory: {default_ttl: 1m, compaction_interval: "", init_values: {x: "y"}, shards: 2}
                  - label: docs
                    lru: {cap: 10, init_values: {a: "doc A"}}
                  - label: results
                    ttlru: {cap: 5, default_ttl: 1h}
                  - label: levels
                    multilevel: [hot, files]
                  - label: hot
                    lru: {algorithm: arc}
                  - label: files
                    file: {directory: '%s'}
                  - label: unused
                    noop: {}
                """.formatted(port.getPort(), files);
    }

    @Test
    void cachesAreExportedBeansAndTheExportRunsLikeTheOriginal() throws Exception {
        String text = config();
        BenthosRouteBuilder original = BenthosRoutes.fromYaml("cached.yaml", text, ConfigLoader.standard());
        String exported = CamelYamlExport.export("cached.yaml", text);
        assertThat(exported).contains("name: cached.cache_resources.levels",
                "type: io.camelbenthos.cache.MultilevelStore");
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("cached.camel.yaml", exported));
            for (TranslatedStream stream : original.streams()) {
                for (var bean : stream.beans().entrySet()) {
                    Object loaded = context.getRegistry().lookupByName(bean.getKey());
                    assertThat(loaded).as(bean.getKey()).hasSameClassAs(bean.getValue());
                    assertThat(BeanJson.write(loaded)).as(bean.getKey()).isEqualTo(BeanJson.write(bean.getValue()));
                }
            }
            context.start();

            HttpResponse<String> first = post("{\"id\":\"a\",\"n\":1}");
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).matches("\\{\"computed\":\\d+,\"doc\":\"doc A\",\"id\":\"a\",\"n\":1}");
            HttpResponse<String> second = post("{\"id\":\"a\",\"n\":2}");
            assertThat(second.body()).as("the cached result of the first request").isEqualTo(first.body());
            assertThat(Files.readString(files.resolve("a"))).isEqualTo(first.body());

            HttpResponse<String> duplicate = post("{\"id\":\"b\",\"n\":2}");
            assertThat(duplicate.statusCode()).isEqualTo(200);
            assertThat(duplicate.body()).as("dropped by dedupe: nothing to answer with").isEmpty();
        }
    }

    private HttpResponse<String> post(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.getPort() + "/post"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}

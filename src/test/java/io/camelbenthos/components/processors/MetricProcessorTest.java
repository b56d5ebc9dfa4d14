package io.camelbenthos.components.processors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.config.ConfigException;
import io.camelbenthos.testing.StreamHarness;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code metric}, rules from the processors reference §19.2, read back from the service's {@code /metrics}. */
class MetricProcessorTest {
    @RegisterExtension
    AvailablePortFinder.Port port = AvailablePortFinder.find();

    private final HttpClient client = HttpClient.newHttpClient();

    private String config() {
        return """
                http:
                  address: 127.0.0.1:%d
                input:
                  http_server: {path: /post}
                pipeline:
                  processors:
                    - metric: {type: counter, name: docs, labels: {kind: '${! this.kind }', app: demo}}
                    - metric: {type: counter_by, name: bytes_seen, value: '${! this.size }'}
                    - metric: {type: gauge, name: last_size, value: '${! this.size }'}
                    - metric: {type: timing, name: took_ns, value: '${! this.took }'}
                    - metric: {type: counter_by, name: refused, value: '-3'}
                output:
                  sync_response: {}
                """.formatted(port.getPort());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.getPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void post(String body) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port.getPort() + "/post"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).as("metric never changes the message").isEqualTo(body);
    }

    @Test
    void everyTypeIsUpdatedPerMessageAndExposedOnMetrics() throws Exception {
        try (StreamHarness h = new StreamHarness(config())) {
            post("{\"kind\":\"a\",\"size\":10,\"took\":1500}");
            post("{\"kind\":\"b\",\"size\":2.5,\"took\":500}");
            post("{\"kind\":\"a\",\"size\":4,\"took\":\"soon\"}");
            HttpResponse<String> metrics = get("/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains(
                    "# TYPE docs counter\ndocs{app=\"demo\",kind=\"a\"} 2\ndocs{app=\"demo\",kind=\"b\"} 1\n",
                    "# TYPE bytes_seen counter\nbytes_seen 16.5\n",
                    "# TYPE last_size gauge\nlast_size 4\n",
                    "# TYPE took_ns summary\ntook_ns{quantile=\"0.5\"} 1000\ntook_ns{quantile=\"0.9\"} 1500\n"
                            + "took_ns{quantile=\"0.99\"} 1500\ntook_ns_sum 2000\ntook_ns_count 2\n",
                    // as Benthos's counter, made when the processor is: a refused value only leaves it at 0
                    "# TYPE refused counter\nrefused 0\n");
            assertThat(get("/stats").body()).contains("last_size 4\n");
        }
    }

    @Test
    void theTypeAndNameAreChecked() {
        assertThatThrownBy(() -> new StreamHarness("""
                input: {test_direct: {name: in}}
                pipeline: {processors: [{metric: {type: counter, name: ''}}]}
                output: {test_sink: {name: out}}
                """)).isInstanceOf(ConfigException.class).hasMessageContaining("metric name must not be empty");
    }
}

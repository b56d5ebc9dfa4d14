package io.camelbenthos.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code pipeline.threads} behind a real http_server: concurrent requests each get the response to their own body. */
class PipelineThreadsHttpTest {
    private static final String CONFIG = """
            input:
              http_server:
                path: /post
            pipeline:
              threads: 2
              processors:
                - mapping: 'root = content().uppercase()'
            output:
              sync_response: {}
            """;

    @Test
    void concurrentRequestsEachGetTheirOwnResponse() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (RouteHarness route = RouteHarness.startYaml("threads.yaml", CONFIG, Map.of())) {
            List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + route.port() + "/post"))
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString("request-" + i)).build();
                responses.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
            }
            for (int i = 0; i < responses.size(); i++) {
                HttpResponse<String> response = responses.get(i).get(60, TimeUnit.SECONDS);
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).isEqualTo(("request-" + i).toUpperCase(Locale.ROOT));
            }
        }
    }
}

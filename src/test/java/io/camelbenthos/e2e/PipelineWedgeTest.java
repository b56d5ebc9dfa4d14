package io.camelbenthos.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Processors that wait on I/O must not wedge the pipeline: far more concurrent requests than Vert.x has worker
 * threads, each through an {@code http} processor and a {@code branch} around another, against a slow service. Every
 * request is answered (200, or 408 after the input's timeout) and afterwards a fresh request still gets its reply.
 * Before the fix, requests parked every worker waiting for a pipeline slot while the slot holders needed a worker to
 * finish their HTTP calls: every request got 408 and the server never answered again.
 */
class PipelineWedgeTest {
    private static final int REQUESTS = 256;

    private static String config(String url) {
        return """
                input:
                  http_server:
                    path: /post
                    timeout: 2s
                pipeline:
                  threads: 8
                  processors:
                    - http:
                        url: %1$s
                        verb: POST
                    - branch:
                        request_map: 'root = content()'
                        processors:
                          - http:
                              url: %1$s
                              verb: POST
                        result_map: 'root = content()'
                    - mapping: 'root = content().uppercase()'
                output:
                  sync_response: {}
                """.formatted(url);
    }

    @Test
    void requestsBeyondTheWorkerPoolThroughHttpCallsAndABranchAreAllAnsweredAndTheServerStaysUp() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        try (SlowDownstream downstream = new SlowDownstream(20);
             RouteHarness route = RouteHarness.startYaml("wedge.yaml", config(downstream.url()), Map.of())) {
            URI uri = URI.create("http://127.0.0.1:" + route.port() + "/post");
            List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                responses.add(client.sendAsync(request(uri, "r" + i), HttpResponse.BodyHandlers.ofString()));
            }
            // How many beat the 2 s timeout depends on the machine; each one is answered, by its own reply or a 408.
            for (int i = 0; i < REQUESTS; i++) {
                HttpResponse<String> response = responses.get(i).get(60, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as("request %d", i).isIn(200, 408);
                if (response.statusCode() == 200) {
                    assertThat(response.body()).isEqualTo("SLOW: SLOW: R" + i);
                }
            }

            // Messages that timed out keep going (as in Benthos); once they drained, a new request is served.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                HttpResponse<String> fresh = client.send(request(uri, "fresh"), HttpResponse.BodyHandlers.ofString());
                assertThat(fresh.statusCode()).isEqualTo(200);
                assertThat(fresh.body()).isEqualTo("SLOW: SLOW: FRESH");
            });
        }
    }

    private static HttpRequest request(URI uri, String body) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}

package io.camelbenthos.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camelbenthos.testing.HttpSink;
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
 * {@code workflow} end to end over real HTTP: {@code http_server}, a workflow whose first tier calls a real local
 * service from two branches at once and whose second tier reads both results, then {@code sync_response} and an
 * {@code http_client} output to a real sink. The reply comes only once the sink acked the message, and a nack from
 * the sink is the client's 502.
 */
class WorkflowHttpTest {

    private static String config(String downstream, String sink) {
        return """
                input:
                  http_server: {path: /post}
                pipeline:
                  processors:
                    - workflow:
                        branches:
                          city:
                            request_map: root = this.city
                            processors:
                              - http: {url: %1$s, verb: POST}
                            result_map: root.weather = content().string()
                          user:
                            request_map: root = this.user
                            processors:
                              - http: {url: %1$s, verb: POST}
                            result_map: root.profile = content().string()
                          summary:
                            request_map: root = this.profile + " / " + this.weather
                            processors:
                              - mapping: root = content().uppercase()
                            result_map: root.summary = content().string()
                    - sync_response: {}
                output:
                  http_client: {url: %2$s, verb: POST, retries: 0}
                """.formatted(downstream, sink);
    }

    @Test
    void theWorkflowRepliesOnlyAfterTheOutputAckedAndANackIsA502() throws Exception {
        try (Downstream downstream = new Downstream();
             HttpSink sink = new HttpSink();
             RouteHarness route = RouteHarness.startYaml("workflow.yaml", config(downstream.url(), sink.url()),
                     Map.of())) {
            String expected = "{\"city\":\"paris\",\"meta\":{\"workflow\":{\"succeeded\":[\"city\",\"summary\",\"user\"]}},"
                    + "\"profile\":\"proxied: ada\",\"summary\":\"PROXIED: ADA / PROXIED: PARIS\",\"user\":\"ada\","
                    + "\"weather\":\"proxied: paris\"}";

            sink.hold();
            CompletableFuture<HttpResponse<String>> reply = CompletableFuture.supplyAsync(() -> post(route,
                    "{\"user\":\"ada\",\"city\":\"paris\"}"));
            await().atMost(Duration.ofSeconds(30)).until(() -> sink.pending() == 1);
            assertThat(reply).as("no reply while the output has not acked").isNotDone();
            sink.release();
            HttpResponse<String> ok = reply.get();
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).isEqualTo(expected);
            assertThat(sink.accepted()).containsExactly(expected);
            assertThat(downstream.received()).containsExactlyInAnyOrder("ada", "paris");

            sink.failWhen(body -> body.contains("bob"));
            HttpResponse<String> nacked = post(route, "{\"user\":\"bob\",\"city\":\"rome\"}");
            assertThat(nacked.statusCode()).isEqualTo(502);
            assertThat(sink.refused()).hasSize(1);
        }
    }

    /**
     * The pipeline-wedge check of issue 13 for these processors: far more concurrent requests than there are worker
     * threads, through a workflow branch, a parallel and a retry that each call a slow service; every request is
     * answered (200, or 408 after the input's timeout) and afterwards a fresh request still gets its reply.
     */
    @Test
    void requestsBeyondTheWorkerPoolThroughWorkflowParallelAndRetryAreAllAnsweredAndTheServerStaysUp()
            throws Exception {
        String config = """
                input:
                  http_server: {path: /post, timeout: 2s}
                pipeline:
                  threads: 8
                  processors:
                    - workflow:
                        meta_path: ""
                        branches:
                          call:
                            request_map: root = content()
                            processors:
                              - http: {url: %1$s, verb: POST}
                            result_map: root = content()
                    - parallel:
                        processors:
                          - http: {url: %1$s, verb: POST}
                    - retry:
                        processors:
                          - http: {url: %1$s, verb: POST}
                    - mapping: root = content().uppercase()
                output:
                  sync_response: {}
                """;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        try (SlowDownstream downstream = new SlowDownstream(20);
             RouteHarness route = RouteHarness.startYaml("wedge.yaml", config.formatted(downstream.url()), Map.of())) {
            URI uri = URI.create("http://127.0.0.1:" + route.port() + "/post");
            List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < 256; i++) {
                responses.add(client.sendAsync(request(uri, "r" + i), HttpResponse.BodyHandlers.ofString()));
            }
            for (int i = 0; i < responses.size(); i++) {
                HttpResponse<String> response = responses.get(i).get(60, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as("request %d", i).isIn(200, 408);
                if (response.statusCode() == 200) {
                    assertThat(response.body()).isEqualTo("SLOW: SLOW: SLOW: R" + i);
                }
            }
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                HttpResponse<String> fresh = client.send(request(uri, "fresh"), HttpResponse.BodyHandlers.ofString());
                assertThat(fresh.statusCode()).isEqualTo(200);
                assertThat(fresh.body()).isEqualTo("SLOW: SLOW: SLOW: FRESH");
            });
        }
    }

    private static HttpRequest request(URI uri, String body) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpResponse<String> post(RouteHarness route, String body) {
        try {
            return route.post(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

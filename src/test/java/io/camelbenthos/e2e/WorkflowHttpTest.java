package io.camelbenthos.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camelbenthos.testing.HttpSink;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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

    private static HttpResponse<String> post(RouteHarness route, String body) {
        try {
            return route.post(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

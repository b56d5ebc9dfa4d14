package io.camelbenthos.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

/**
 * Whole configs with a {@code fallback} output behind {@code http_server}: the reply is sent once a tier acked, with
 * what that tier stored; a failed write moves on with {@code fallback_error}; the last tier's failure is the 502.
 */
class FallbackRouteTest {
    /** A port nothing listens on: an http_client to it fails at once with connection refused. */
    private static String refused() {
        return "http://127.0.0.1:" + AvailablePortFinder.find().getPort() + "/post";
    }

    @Test
    void aRefusedWriteFallsBackToTheNextTierWhichReplies() throws Exception {
        String url = refused();
        try (RouteHarness route = RouteHarness.startYaml("fallback.yaml", """
                input:
                  http_server:
                    path: /post
                output:
                  fallback:
                    - http_client:
                        url: %s
                        retries: 0
                        propagate_response: true
                    - sync_response: {}
                      processors:
                        - mapping: 'root = "fell back: " + content().string() + " after: " + @fallback_error'
                """.formatted(url), Map.of())) {
            var response = route.post("foo bar");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).startsWith("fell back: foo bar after: ").containsIgnoringCase("connection refused");
        }
    }

    @Test
    void aTierThatWritesIsTheOnlyOneUsed() throws Exception {
        try (Downstream downstream = new Downstream();
             RouteHarness route = RouteHarness.startYaml("fallback.yaml", """
                     input:
                       http_server:
                         path: /post
                     output:
                       fallback:
                         - http_client:
                             url: %s
                             propagate_response: true
                         - sync_response: {}
                     """.formatted(downstream.url()), Map.of())) {
            var response = route.post("foo bar");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("proxied: foo bar");
            assertThat(downstream.received()).containsExactly("foo bar");
        }
    }

    @Test
    void whenEveryTierFailsTheLastErrorIsThe502() throws Exception {
        String url = refused();
        try (RouteHarness route = RouteHarness.startYaml("fallback.yaml", """
                input:
                  http_server:
                    path: /post
                output:
                  fallback:
                    - reject: 'first tier refused ${! content() }'
                    - http_client:
                        url: %s
                        retries: 0
                      processors:
                        - mapping: 'root = @fallback_error'
                    - reject: 'last tier saw: ${! @fallback_error }'
                """.formatted(url), Map.of())) {
            var response = route.post("foo bar");

            assertThat(response.statusCode()).isEqualTo(502);
            assertThat(response.body()).startsWith("last tier saw: ").containsIgnoringCase("connection refused");
        }
    }

    @Test
    void aDropTierAcksWithAnEmptyReply() throws Exception {
        try (RouteHarness route = RouteHarness.startYaml("fallback.yaml", """
                input:
                  http_server:
                    path: /post
                output:
                  fallback:
                    - reject: nope
                    - drop: {}
                """, Map.of())) {
            var response = route.post("foo bar");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEmpty();
        }
    }

    /** Issue #1961: a sync_response processor plus a sync_response tier store two messages, so the reply is multipart. */
    @Test
    void aSyncResponseProcessorAndASyncResponseTierGiveAMultipartReply() throws Exception {
        try (RouteHarness route = RouteHarness.startYaml("fallback.yaml", """
                input:
                  http_server:
                    path: /post
                pipeline:
                  processors:
                    - sync_response: {}
                output:
                  fallback:
                    - reject: nope
                    - sync_response: {}
                      processors:
                        - mapping: 'root = @fallback_error'
                """, Map.of())) {
            var response = route.post("foo bar");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("multipart/form-data; boundary="));
            assertThat(response.body()).contains("foo bar").contains("nope");
        }
    }
}

package io.camelbenthos.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** routes/http_proxy.yaml: the downstream service's reply is propagated back to the client. */
class HttpProxyRouteTest {

    @Test
    void returnsTheDownstreamReply() throws Exception {
        try (Downstream downstream = new Downstream();
             RouteHarness route = RouteHarness.start("http_proxy.yaml", Map.of(),
                     "output.http_client.url=" + downstream.url())) {
            var response = route.post("foo bar");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("proxied: foo bar");
            assertThat(downstream.received()).containsExactly("foo bar");
        }
    }

    /**
     * As in Benthos, http_client has no connect phase: an unresolvable host fails each request once its retries are
     * spent, never the start of the stream.
     */
    @Test
    void anUnresolvableDownstreamFailsTheRequestNotTheStart() throws Exception {
        try (RouteHarness route = RouteHarness.start("http_proxy.yaml", Map.of(),
                "output.http_client.url=http://TODO:4196/post", "output.http_client.retry_period=10ms",
                "input.http_server.timeout=30s")) {
            var response = route.post("foo bar");

            assertThat(response.statusCode()).isEqualTo(502);
            assertThat(response.body()).contains("TODO");
            assertThat(route.get("/ready").statusCode()).isEqualTo(200);
        }
    }
}

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
}

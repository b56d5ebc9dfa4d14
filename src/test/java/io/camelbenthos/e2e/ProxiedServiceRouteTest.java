package io.camelbenthos.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

/** routes/proxied_service.yaml: the stand-in for the service behind the proxy examples, on its own address. */
class ProxiedServiceRouteTest {

    @Test
    void answersOnItsOwnAddress() throws Exception {
        int port = AvailablePortFinder.find().getPort();
        try (RouteHarness service = RouteHarness.start("proxied_service.yaml", Map.of(),
                "input.http_server.address=127.0.0.1:" + port)) {
            // The service's own server, not the service-wide one (disabled in the file).
            var response = RouteHarness.post(port, "/post", "foo bar");
            assertThat(service.port()).isNotEqualTo(port);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("proxied: foo bar");
        }
    }
}

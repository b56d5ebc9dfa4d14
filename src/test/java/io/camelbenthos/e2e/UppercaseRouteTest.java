package io.camelbenthos.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** routes/uppercase.yaml: the processed message is routed back to the client. */
class UppercaseRouteTest {

    @Test
    void repliesWithTheUppercasedBody() throws Exception {
        try (RouteHarness route = RouteHarness.start("uppercase.yaml", Map.of())) {
            var response = route.post("foo bar");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("FOO BAR");
        }
    }
}

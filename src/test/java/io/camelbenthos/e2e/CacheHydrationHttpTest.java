package io.camelbenthos.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Caches end to end over real HTTP: {@code http_server} to {@code sync_response}, a {@code branch} hydrating the
 * request from a cache ({@code cache get} then {@code result_map}), a {@code cache set} filling it, and a
 * {@code cached} around an {@code http} processor calling a real local server, which is called once per key.
 */
class CacheHydrationHttpTest {

    private static String config(String downstream) {
        return """
                input:
                  http_server: {path: /post}
                pipeline:
                  processors:
                    - switch:
                        - check: this.exists("set_profile")
                          processors:
                            - cache:
                                resource: profiles
                                operator: set
                                key: ${! json("user") }
                                value: ${! json("set_profile") }
                    - branch:
                        processors:
                          - cache: {resource: profiles, operator: get, key: '${! json("user") }'}
                        result_map: root.profile = this
                    - branch:
                        request_map: root = this.city
                        processors:
                          - cached:
                              cache: weather
                              key: weather-${! content() }
                              processors:
                                - http: {url: %s, verb: POST}
                        result_map: root.weather = content().string()
                    - mapping: root = this.without("set_profile")
                output:
                  sync_response: {}
                cache_resources:
                  - label: profiles
                    memory:
                      init_values:
                        ada: '{"name":"Ada Lovelace"}'
                  - label: weather
                    memory: {default_ttl: 1h}
                """.formatted(downstream);
    }

    @Test
    void requestsAreHydratedFromCachesAndTheDownstreamIsCalledOncePerKey() throws Exception {
        try (Downstream downstream = new Downstream();
             RouteHarness route = RouteHarness.startYaml("hydrate.yaml", config(downstream.url()), Map.of())) {
            HttpResponse<String> first = route.post("{\"user\":\"ada\",\"city\":\"paris\"}");
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).isEqualTo(
                    "{\"city\":\"paris\",\"profile\":{\"name\":\"Ada Lovelace\"},\"user\":\"ada\",\"weather\":\"proxied: paris\"}");

            HttpResponse<String> again = route.post("{\"user\":\"ada\",\"city\":\"paris\"}");
            assertThat(again.body()).isEqualTo(first.body());
            assertThat(downstream.received()).as("the second paris came from the cache").containsExactly("paris");

            HttpResponse<String> unknown = route.post("{\"user\":\"bob\",\"city\":\"rome\"}");
            assertThat(unknown.statusCode()).isEqualTo(200);
            assertThat(unknown.body()).as("a cache miss flags the message, which still gets its reply")
                    .isEqualTo("{\"city\":\"rome\",\"user\":\"bob\",\"weather\":\"proxied: rome\"}");

            HttpResponse<String> registered = route.post(
                    "{\"user\":\"bob\",\"city\":\"rome\",\"set_profile\":{\"name\":\"Bob\"}}");
            assertThat(registered.body())
                    .isEqualTo("{\"city\":\"rome\",\"profile\":{\"name\":\"Bob\"},\"user\":\"bob\",\"weather\":\"proxied: rome\"}");
            HttpResponse<String> known = route.post("{\"user\":\"bob\",\"city\":\"paris\"}");
            assertThat(known.body())
                    .isEqualTo("{\"city\":\"paris\",\"profile\":{\"name\":\"Bob\"},\"user\":\"bob\",\"weather\":\"proxied: paris\"}");
            assertThat(downstream.received()).containsExactly("paris", "rome");
        }
    }
}

package io.camelbenthos.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.config.ConfigException;
import io.camelbenthos.config.ConfigLoader;
import io.camelbenthos.ratelimit.RateLimit;
import io.camelbenthos.translate.BenthosRoutes;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

/** http_server with rate_limit_resources (semantics §1.3 step 3), over real HTTP. */
class HttpServerRateLimitTest extends HttpTestSupport {
    private static final String LIMITED = """
            input:
              http_server:
                path: /post
                rate_limit: one_a_minute
            rate_limit_resources:
              - label: one_a_minute
                local:
                  count: 1
                  interval: 60s
            output:
              sync_response: {}
            """;

    private final AtomicReference<RateLimit> limiter = new AtomicReference<>();

    @Override
    protected void customize(HttpServerSettings settings) {
        if (limiter.get() != null) {
            camel.getRegistry().bind("limiter", limiter.get());
        }
    }

    private void runConfig(String yaml) throws Exception {
        sharedPort = AvailablePortFinder.find().getPort();
        camel = new DefaultCamelContext();
        BenthosMetrics.installIn(camel);
        camel.addRoutes(BenthosRoutes.fromYaml("limited.yaml", "http:\n  address: 127.0.0.1:" + sharedPort + "\n" + yaml));
        camel.start();
    }

    @Test
    void secondRequestInTheIntervalGets429WithRetryAfter() throws Exception {
        runConfig(LIMITED);
        HttpResponse<String> first = post("/post", "hello");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("hello");

        HttpResponse<String> second = post("/post", "again");
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(second.body()).isEqualTo("Too Many Requests\n");
        assertThat(second.headers().firstValue("Retry-After")).hasValueSatisfying(v ->
                assertThat(Long.parseLong(v)).isBetween(0L, 60L));
    }

    @Test
    void theLimitIsCheckedAfterTheVerb() throws Exception {
        runConfig(LIMITED);
        HttpResponse<String> wrongVerb = send(java.net.http.HttpRequest.newBuilder(url("/post")).GET().build());
        assertThat(wrongVerb.statusCode()).isEqualTo(405); // took no token
        assertThat(post("/post", "x").statusCode()).isEqualTo(200);
    }

    @Test
    void aWaitUnderASecondIsRetryAfterZero() throws Exception {
        limiter.set(() -> Duration.ofMillis(999));
        start(storeRoute());
        HttpResponse<String> r = post("/post", "x");
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Retry-After")).hasValue("0");
    }

    @Test
    void aFailingLimiterGives502() throws Exception {
        limiter.set(() -> {
            throw new IllegalStateException("limiter down");
        });
        start(storeRoute());
        HttpResponse<String> r = post("/post", "x");
        assertThat(r.statusCode()).isEqualTo(502);
        assertThat(r.body()).isEqualTo("Server error\n");
    }

    private RouteBuilder storeRoute() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(shared("/post?rateLimit=#limiter")).process(SyncResponses::store);
            }
        };
    }

    @Test
    void anUnknownResourceIsAConfigErrorWithItsPosition() {
        String yaml = """
                input:
                  http_server:
                    rate_limit: nope
                output:
                  drop: {}
                """;
        assertThat(ConfigLoader.standard().lint("c.yaml", yaml))
                .containsExactly("c.yaml:3:17: rate limit resource 'nope' was not found");
    }

    @Test
    void unsupportedLocalSettingsAreConfigErrors() {
        String yaml = """
                input:
                  http_server:
                    rate_limit: bytes
                rate_limit_resources:
                  - label: bytes
                    local:
                      byte_size: 1024
                output:
                  drop: {}
                """;
        assertThatThrownBy(() -> BenthosRoutes.fromYaml("c.yaml", yaml))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).errors()).containsExactly(
                        "c.yaml:7:18: local rate limit: byte_size is not supported, only count per interval"
                                + " (set byte_size: 0)"));
    }

    @Test
    void anUnreferencedResourceIsStillBuiltAndChecked() {
        String yaml = """
                rate_limit_resources:
                  - label: unused
                    local:
                      count: 0
                """;
        assertThatThrownBy(() -> BenthosRoutes.fromYaml("c.yaml", yaml))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).errors())
                        .containsExactly("c.yaml:4:14: count must be larger than zero"));
    }

    @Test
    void resourcesNeedALabel() {
        String yaml = """
                rate_limit_resources:
                  - local: {}
                """;
        assertThat(ConfigLoader.standard().lint("c.yaml", yaml))
                .isEqualTo(List.of("c.yaml:2:5: the label field for resources must be unique and not empty"));
    }
}

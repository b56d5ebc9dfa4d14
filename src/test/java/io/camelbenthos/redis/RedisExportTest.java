package io.camelbenthos.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camelbenthos.export.CamelYamlExport;
import io.lettuce.core.Range;
import java.time.Duration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

/**
 * A redis config exported as Camel YAML DSL and run by plain Camel (no camel-benthos translation): the
 * {@code benthos-redis} endpoints and the redis cache bean work from the export alone.
 */
class RedisExportTest {

    @Test
    void theExportedRoutesRunInPlainCamel() throws Exception {
        try (TestRedis redis = new TestRedis()) {
            String in = redis.key("in");
            String out = redis.key("out");
            String prefix = redis.key("cache") + ":";
            String exported = CamelYamlExport.export("redis_export.yaml", """
                    cache_resources:
                      - label: seen
                        redis:
                          url: %s
                          prefix: "%s"
                          default_ttl: 1m
                    input:
                      redis_list: { url: "%s", key: "%s", timeout: 1s }
                    pipeline:
                      processors:
                        - mapping: |
                            root = content().uppercase()
                            meta origin = "export"
                        - cache: { resource: seen, operator: set, key: last, value: '${! content() }' }
                    output:
                      redis_streams: { url: "%s", stream: '%s' }
                    """.formatted(redis.url, prefix, redis.url, in, redis.url, out));
            assertThat(exported).contains("benthos-redis:redis_export.input?type=redis_list",
                    "benthos-redis:redis_export.output?type=redis_streams");

            try (DefaultCamelContext context = new DefaultCamelContext()) {
                PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("r.camel.yaml", exported));
                context.start();
                redis.cmd().rpush(in, "foo bar");
                await().atMost(Duration.ofSeconds(20)).until(() -> redis.cmd().xlen(out) == 1);
            }
            assertThat(redis.cmd().xrange(out, Range.create("-", "+")).get(0).getBody())
                    .containsEntry("body", "FOO BAR").containsEntry("origin", "export");
            assertThat(redis.cmd().get(prefix + "last")).isEqualTo("FOO BAR");
            assertThat(redis.cmd().pttl(prefix + "last")).isBetween(1L, 60_000L);
            redis.cmd().del(prefix + "last");
        }
    }
}

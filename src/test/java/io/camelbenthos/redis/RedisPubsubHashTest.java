package io.camelbenthos.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import io.lettuce.core.RedisClient;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * redis_pubsub in and out and the redis_hash output through the runtime against the local Redis, read back (and
 * published) with Lettuce.
 */
class RedisPubsubHashTest extends RedisStreamTestBase {

    @Test
    void patternSubscriptionsCarryChannelAndPattern() throws Exception {
        String prefix = "cb-test-ps-" + UUID.randomUUID();
        String sink = "sink-" + UUID.randomUUID();
        StreamHarness s = stream("""
                input:
                  redis_pubsub:
                    url: %s
                    channels: [ "%s.*" ]
                    use_patterns: true
                pipeline:
                  processors:
                    - mapping: root = @
                output:
                  test_sink: { name: %s }
                """.formatted(redis.url, prefix, sink));
        awaitConnected(s);
        // the subscription is made before the input reports itself connected
        await().atMost(Duration.ofSeconds(10)).until(() -> redis.cmd().pubsubNumpat() > 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> redis.cmd().publish(prefix + ".a", "x") > 0
                && !TestComponents.sink(sink).isEmpty());

        @SuppressWarnings("unchecked")
        Map<String, Object> meta = new ObjectMapper().readValue(TestComponents.sink(sink).get(0), Map.class);
        assertThat(meta).containsOnly(Map.entry("redis_pubsub_channel", prefix + ".a"),
                Map.entry("redis_pubsub_pattern", prefix + ".*"));
    }

    @Test
    void channelsInAndAnInterpolatedChannelOut() throws Exception {
        String in = "cb-test-in-" + UUID.randomUUID();
        String out = "cb-test-out-" + UUID.randomUUID();
        RedisClient client = RedisClient.create(redis.url);
        List<String> received = new CopyOnWriteArrayList<>();
        try (StatefulRedisPubSubConnection<String, String> sub = client.connectPubSub()) {
            sub.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String channel, String message) {
                    received.add(channel + "=" + message);
                }
            });
            sub.sync().subscribe(out + ".x");
            StreamHarness s = stream("""
                    input:
                      redis_pubsub: { url: "%s", channels: [ "%s" ] }
                    pipeline:
                      processors:
                        - mapping: 'root = content().uppercase() + " via " + @redis_pubsub_channel'
                    output:
                      redis_pubsub: { url: "%s", channel: '%s.${! "x" }' }
                    """.formatted(redis.url, in, redis.url, out));
            awaitConnected(s);
            await().atMost(Duration.ofSeconds(10)).until(() -> redis.cmd().publish(in, "hi") > 0);
            await().atMost(Duration.ofSeconds(10)).until(() -> !received.isEmpty());
            assertThat(received).containsExactly(out + ".x=HI via " + in);
        } finally {
            client.shutdown();
        }
    }

    @Test
    void hashFieldsFromMetadataTheJsonBodyAndFields() throws Exception {
        String in = redis.key("in");
        String hash = redis.key("hash");
        StreamHarness s = stream("""
                input:
                  redis_list: { url: "%s", key: "%s", timeout: 1s }
                pipeline:
                  processors:
                    - mapping: |
                        meta origin = "list"
                        meta flag = true
                        root = this
                output:
                  redis_hash:
                    url: %s
                    key: '%s'
                    walk_metadata: true
                    walk_json_object: true
                    fields:
                      id: '${! json("id") }'
                      name: override
                """.formatted(redis.url, in, redis.url, hash));
        awaitConnected(s);

        redis.cmd().rpush(in, "{\"id\":7,\"name\":\"from body\",\"nested\":{\"a\":1},\"ok\":false}");

        await().atMost(Duration.ofSeconds(20)).until(() -> redis.cmd().hlen(hash) > 0);
        assertThat(redis.cmd().hgetall(hash)).containsOnly(Map.entry("origin", "list"), Map.entry("flag", "1"),
                Map.entry("id", "7"), Map.entry("name", "override"), Map.entry("nested", "{\"a\":1}"),
                Map.entry("ok", "0"));
    }

    @Test
    void aBodyThatIsNotAnObjectNacksTheHashWrite() throws Exception {
        String in = redis.key("in");
        String hash = redis.key("hash");
        StreamHarness s = stream("""
                input:
                  redis_list: { url: "%s", key: "%s", timeout: 1s, auto_replay_nacks: false }
                output:
                  fallback:
                    - redis_hash: { url: "%s", key: "%s", walk_json_object: true }
                    - redis_list: { url: "%s", key: "%s" }
                """.formatted(redis.url, in, redis.url, hash, redis.url, in + "-dead"));
        redis.key(in + "-dead"); // not unique, but deleted at close
        awaitConnected(s);

        redis.cmd().rpush(in, "[1,2]");

        await().atMost(Duration.ofSeconds(20)).until(() -> redis.cmd().llen(in + "-dead") == 1);
        assertThat(redis.cmd().exists(hash)).isZero();
    }
}

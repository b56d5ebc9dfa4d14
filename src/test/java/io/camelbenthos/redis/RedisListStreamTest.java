package io.camelbenthos.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camelbenthos.amqp.LogTap;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TcpForwarder;
import io.camelbenthos.testing.TestComponents;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * redis_list in and out through the runtime against the local Redis: a round trip read back with Lettuce, a batched
 * output, nacks pushed back (or dropped without auto_replay_nacks), and connections dropped under a writing output.
 */
class RedisListStreamTest extends RedisStreamTestBase {

    @Test
    void roundTripThroughAMappingWithABatchedOutput() throws Exception {
        String in = redis.key("in");
        String out = redis.key("out");
        StreamHarness s = stream("""
                input:
                  redis_list:
                    url: %s
                    key: %s
                    timeout: 1s
                pipeline:
                  processors:
                    - mapping: root = content().uppercase()
                output:
                  redis_list:
                    url: %s
                    key: '${! "%s" }'
                    batching:
                      count: 3
                """.formatted(redis.url, in, redis.url, out));
        awaitConnected(s);

        redis.cmd().rpush(in, "a", "b", "c", "d", "e", "f");

        await().atMost(Duration.ofSeconds(20)).until(() -> redis.cmd().llen(out) == 6);
        assertThat(new HashSet<>(redis.cmd().lrange(out, 0, -1))).containsExactlyInAnyOrder("A", "B", "C", "D",
                "E", "F");
        assertThat(redis.cmd().llen(in)).isZero();
    }

    @Test
    void brpopAndLpushWorkTheOtherEnds() throws Exception {
        String in = redis.key("in");
        String out = redis.key("out");
        StreamHarness s = stream("""
                input:
                  redis_list: { url: "%s", key: "%s", command: brpop, timeout: 1s, max_in_flight: 1 }
                output:
                  redis_list: { url: "%s", key: "%s", command: lpush }
                """.formatted(redis.url, in, redis.url, out));
        awaitConnected(s);

        redis.cmd().rpush(in, "1", "2", "3"); // brpop reads 3, 2, 1; lpush puts each at the head

        await().atMost(Duration.ofSeconds(20)).until(() -> redis.cmd().llen(out) == 3);
        assertThat(redis.cmd().lrange(out, 0, -1)).containsExactly("1", "2", "3");
    }

    @Test
    void aNackPushesTheElementBackAndItComesAgain() throws Exception {
        String in = redis.key("in");
        String sink = "sink-" + UUID.randomUUID();
        StreamHarness s = stream("""
                input:
                  redis_list: { url: "%s", key: "%s", timeout: 1s }
                output:
                  test_sink:
                    name: %s
                    fail_first: 2
                """.formatted(redis.url, in, sink));
        awaitConnected(s);

        redis.cmd().rpush(in, "retry me");

        await().atMost(Duration.ofSeconds(20)).until(() -> !TestComponents.sink(sink).isEmpty());
        assertThat(TestComponents.sink(sink)).containsExactly("retry me");
        assertThat(TestComponents.ATTEMPTS.get(sink)).hasValue(3);
        assertThat(redis.cmd().llen(in)).isZero();
    }

    @Test
    void withoutAutoReplayANackedElementIsDropped() throws Exception {
        String in = redis.key("in");
        String sink = "sink-" + UUID.randomUUID();
        StreamHarness s = stream("""
                input:
                  redis_list: { url: "%s", key: "%s", timeout: 1s, auto_replay_nacks: false }
                output:
                  test_sink:
                    name: %s
                    fail_first: 1
                """.formatted(redis.url, in, sink));
        awaitConnected(s);

        redis.cmd().rpush(in, "drop me", "keep me");

        await().atMost(Duration.ofSeconds(20)).until(() -> !TestComponents.sink(sink).isEmpty());
        s.close();
        assertThat(TestComponents.sink(sink)).containsExactly("keep me");
        assertThat(redis.cmd().llen(in)).isZero();
    }

    @Test
    void droppedConnectionsUnderAWritingOutputLoseNothing() throws Exception {
        String out = redis.key("out");
        java.net.URI address = redis.address();
        try (TcpForwarder forwarder = new TcpForwarder(address.getHost(), address.getPort());
             LogTap log = new LogTap()) {
            StreamHarness s = stream("""
                    input:
                      generate:
                        mapping: root = counter().string()
                        interval: 5ms
                        count: 300
                    output:
                      redis_list: { url: "%s", key: "%s" }
                    """.formatted(TestRedis.viaPort(forwarder.port()), out));
            await().atMost(Duration.ofSeconds(20)).until(() -> redis.cmd().llen(out) > 50);
            forwarder.dropAll();
            await().atMost(Duration.ofSeconds(20)).until(() -> redis.cmd().llen(out) > 150);
            forwarder.dropAll();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> new HashSet<>(redis.cmd().lrange(out, 0, -1)).size() == 300);
            s.close();
            Set<String> written = new HashSet<>(redis.cmd().lrange(out, 0, -1));
            for (int i = 1; i <= 300; i++) {
                assertThat(written).contains(String.valueOf(i));
            }
            assertThat(log.text()).contains("Error from redis: ").contains("Output type redis_list is now active");
            System.out.println("redis_list output: " + (redis.cmd().llen(out) - 300) + " duplicate(s) after 2 drops");
        }
    }
}

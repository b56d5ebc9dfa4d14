package io.camelbenthos.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelbenthos.amqp.LogTap;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TcpForwarder;
import io.camelbenthos.testing.TestComponents;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * redis_streams in and out through the runtime against the local Redis: entries and their fields as metadata, XACK
 * only after the output acked, a new run re-reading what an earlier one never acked, nacks, and connections dropped
 * mid-stream with nothing acknowledged lost.
 */
class RedisStreamsStreamTest extends RedisStreamTestBase {

    private String input(String url, String stream, String extra) {
        return """
                input:
                  redis_streams:
                    url: %s
                    streams: [ %s ]
                    consumer_group: cg
                    client_id: c1
                    commit_period: 100ms
                %s""".formatted(url, stream, extra);
    }

    private long pending(String stream) {
        return redis.cmd().xpending(stream, "cg").getCount();
    }

    @Test
    void entriesGoThroughWithTheirFieldsAndAreAckedAfterTheOutput() throws Exception {
        String in = redis.key("in");
        String out = redis.key("out");
        StreamHarness s = stream(input(redis.url, in, "") + """
                pipeline:
                  processors:
                    - mapping: |
                        root = content().uppercase()
                        meta seen = "yes"
                output:
                  redis_streams:
                    url: %s
                    stream: %s
                    metadata:
                      exclude_prefixes: [ skip ]
                """.formatted(redis.url, out));
        awaitConnected(s);

        String id = redis.cmd().xadd(in, Map.of("body", "hello streams", "trace", "t1", "skip_me", "x"));

        await().atMost(Duration.ofSeconds(20)).until(() -> redis.cmd().xlen(out) == 1);
        StreamMessage<String, String> entry = redis.cmd().xrange(out, Range.create("-", "+")).get(0);
        assertThat(entry.getBody()).containsEntry("body", "HELLO STREAMS").containsEntry("trace", "t1")
                .containsEntry("seen", "yes").containsEntry("redis_stream", id).doesNotContainKey("skip_me");
        await().atMost(Duration.ofSeconds(20)).until(() -> pending(in) == 0);
    }

    @Test
    void metadataKeysOfAnEntry() throws Exception {
        String in = redis.key("in");
        String sink = "sink-" + UUID.randomUUID();
        StreamHarness s = stream(input(redis.url, in, "    body_key: payload\n") + """
                pipeline:
                  processors:
                    - mapping: root = @
                output:
                  test_sink: { name: %s }
                """.formatted(sink));
        awaitConnected(s);

        redis.cmd().xadd(in, Map.of("other", "no body here"));
        String id = redis.cmd().xadd(in, Map.of("payload", "{}", "a", "1"));

        await().atMost(Duration.ofSeconds(20)).until(() -> !TestComponents.sink(sink).isEmpty());
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = new ObjectMapper().readValue(TestComponents.sink(sink).get(0), Map.class);
        assertThat(meta).containsOnly(Map.entry("redis_stream", id), Map.entry("a", "1"));
        await().atMost(Duration.ofSeconds(20)).until(() -> pending(in) == 1); // the entry without a body, as Benthos
    }

    @Test
    void aNackedEntryIsSentAgainAndOnlyThenAcked() throws Exception {
        String in = redis.key("in");
        String sink = "sink-" + UUID.randomUUID();
        StreamHarness s = stream(input(redis.url, in, "") + """
                output:
                  test_sink: { name: %s, fail_first: 2 }
                """.formatted(sink));
        awaitConnected(s);

        redis.cmd().xadd(in, Map.of("body", "again"));

        await().atMost(Duration.ofSeconds(20)).until(() -> !TestComponents.sink(sink).isEmpty());
        assertThat(TestComponents.sink(sink)).containsExactly("again");
        assertThat(TestComponents.ATTEMPTS.get(sink)).hasValue(3);
        await().atMost(Duration.ofSeconds(20)).until(() -> pending(in) == 0);
    }

    @Test
    void aNewRunReadsWhatTheLastOneNeverAcked() throws Exception {
        String in = redis.key("in");
        String failing = "sink-" + UUID.randomUUID();
        StreamHarness first = stream(input(redis.url, in, "") + """
                output:
                  test_sink: { name: %s, fail_first: 1000000 }
                """.formatted(failing));
        awaitConnected(first);
        redis.cmd().xadd(in, Map.of("body", "one"));
        redis.cmd().xadd(in, Map.of("body", "two"));
        await().atMost(Duration.ofSeconds(20)).until(() -> pending(in) == 2);
        first.close();
        assertThat(pending(in)).as("never acked: still pending for c1").isEqualTo(2);

        String sink = "sink-" + UUID.randomUUID();
        StreamHarness second = stream(input(redis.url, in, "") + """
                output:
                  test_sink: { name: %s }
                """.formatted(sink));
        awaitConnected(second);
        await().atMost(Duration.ofSeconds(20)).until(() -> TestComponents.sink(sink).size() == 2);
        assertThat(TestComponents.sink(sink)).containsExactlyInAnyOrder("one", "two");
        await().atMost(Duration.ofSeconds(20)).until(() -> pending(in) == 0);
    }

    @Test
    void droppedConnectionsMidStreamLoseNothingAcknowledged() throws Exception {
        String in = redis.key("in");
        String out = redis.key("out");
        java.net.URI address = redis.address();
        int total = 300;
        try (TcpForwarder forwarder = new TcpForwarder(address.getHost(), address.getPort());
             LogTap log = new LogTap()) {
            String via = TestRedis.viaPort(forwarder.port());
            StreamHarness s = stream(input(via, in, "") + """
                    output:
                      redis_list: { url: "%s", key: "%s" }
                    """.formatted(via, out));
            awaitConnected(s);
            for (int i = 1; i <= total; i++) {
                redis.cmd().xadd(in, Map.of("body", String.valueOf(i)));
                if (i == 100 || i == 200) {
                    forwarder.dropAll();
                }
            }
            await().atMost(Duration.ofSeconds(40))
                    .until(() -> new HashSet<>(redis.cmd().lrange(out, 0, -1)).size() == total);
            await().atMost(Duration.ofSeconds(20)).until(() -> pending(in) == 0);
            s.close();
            Set<String> written = new HashSet<>(redis.cmd().lrange(out, 0, -1));
            assertThat(written).hasSize(total);
            assertThat(log.text()).contains("Error from redis: ").contains("Input type redis_streams is now active");
            System.out.println("redis_streams: " + (redis.cmd().llen(out) - total) + " duplicate(s) after 2 drops");
        }
    }
}

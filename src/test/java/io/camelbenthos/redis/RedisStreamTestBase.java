package io.camelbenthos.redis;

import static org.awaitility.Awaitility.await;

import io.camelbenthos.readiness.Readiness;
import io.camelbenthos.testing.StreamHarness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** What the redis stream tests share: the local Redis, streams started from YAML and closed after each test. */
abstract class RedisStreamTestBase {
    protected TestRedis redis;
    private final List<StreamHarness> streams = new ArrayList<>();

    @BeforeEach
    void connect() {
        redis = new TestRedis();
    }

    @AfterEach
    void cleanUp() {
        streams.forEach(StreamHarness::close);
        if (redis != null) {
            redis.close();
        }
    }

    /** Starts a stream from YAML; its id is unique. */
    protected StreamHarness stream(String yaml) throws Exception {
        String id = "redis" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        StreamHarness s = new StreamHarness(id + ".yaml", yaml, Map.of());
        streams.add(s);
        return s;
    }

    /** Waits until every input and output of the stream is connected ({@code /ready}). */
    protected static void awaitConnected(StreamHarness s) {
        await().atMost(Duration.ofSeconds(20)).until(() -> Readiness.find(s.camel()).report().allConnected());
    }
}

package io.camelbenthos.redis;

import io.camelbenthos.bloblang.go.GoDuration;
import io.camelbenthos.ratelimit.RateLimit;
import io.lettuce.core.ScriptOutputType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Benthos's {@code redis} rate limit: {@code count} accesses per {@code interval}, shared by every process using the
 * same {@code key}. A fixed window kept by one Lua script: the first access of a window sets the counter's expiry to
 * the interval; once the counter passes {@code count} the wait is what is left of the window (its {@code PTTL}).
 */
public class RedisRateLimit extends RedisClientBean implements RateLimit {
    private static final String SCRIPT = """
            local current = redis.call('INCR', KEYS[1])
            if current == 1 then
              redis.call('PEXPIRE', KEYS[1], ARGV[2])
            end
            if current > tonumber(ARGV[1]) then
              local ttl = redis.call('PTTL', KEYS[1])
              if ttl < 0 then
                redis.call('PEXPIRE', KEYS[1], ARGV[2])
                ttl = tonumber(ARGV[2])
              end
              return ttl
            end
            return 0
            """;

    private String key = "";
    private long count = 1000;
    private long intervalMillis = 1000;
    private String interval = "1s";

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public long getCount() {
        return count;
    }

    public void setCount(long count) {
        this.count = count;
    }

    /** A Go duration. */
    public void setInterval(String interval) {
        this.intervalMillis = Math.max(1, GoDuration.parse(interval) / 1_000_000L);
        this.interval = interval;
    }

    public String getInterval() {
        return interval;
    }

    @Override
    public Duration access() {
        byte[][] keys = {key.getBytes(StandardCharsets.UTF_8)};
        byte[] limit = String.valueOf(count).getBytes(StandardCharsets.UTF_8);
        byte[] window = String.valueOf(intervalMillis).getBytes(StandardCharsets.UTF_8);
        try {
            Long wait = run(s -> s.sync().<Long>eval(SCRIPT, ScriptOutputType.INTEGER, keys, limit, window));
            return wait == null || wait <= 0 ? Duration.ZERO : Duration.ofMillis(wait);
        } catch (RedisOperationException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}

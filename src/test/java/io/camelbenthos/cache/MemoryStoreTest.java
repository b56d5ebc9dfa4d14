package io.camelbenthos.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The {@code memory} cache against Benthos's cache_memory.go and its tests, on a clock the test moves. */
class MemoryStoreTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    private MemoryStore store(String defaultTtl, String compactionInterval) {
        MemoryStore s = new MemoryStore(now::get);
        s.setDefaultTtl(defaultTtl);
        s.setCompactionInterval(compactionInterval);
        return s;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    private void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }

    @Test
    void theContractOfBenthosTestMemoryCache() throws Exception {
        MemoryStore c = store("5m", "60s");
        assertThatThrownBy(() -> c.get("foo")).isInstanceOf(KeyNotFoundException.class).hasMessage("key does not exist");
        c.set("foo", bytes("1"), null);
        assertThat(text(c.get("foo"))).isEqualTo("1");
        c.add("bar", bytes("2"), null);
        assertThat(text(c.get("bar"))).isEqualTo("2");
        assertThatThrownBy(() -> c.add("foo", bytes("2"), null))
                .isInstanceOf(KeyAlreadyExistsException.class).hasMessage("key already exists");
        c.set("foo", bytes("3"), null);
        assertThat(text(c.get("foo"))).isEqualTo("3");
        c.delete("foo");
        assertThatThrownBy(() -> c.get("foo")).isInstanceOf(KeyNotFoundException.class);
        c.delete("never there"); // no error
    }

    @Test
    void anItemExpiresTtlAfterItsLastWrite() throws Exception {
        MemoryStore c = store("10s", "60s");
        c.set("k", bytes("v"), null);
        advance(Duration.ofSeconds(10));
        assertThat(text(c.get("k"))).as("expires.Before(now) is strict").isEqualTo("v");
        advance(Duration.ofNanos(1));
        assertThatThrownBy(() -> c.get("k")).isInstanceOf(KeyNotFoundException.class);
        c.set("k", bytes("again"), Duration.ofMinutes(1));
        advance(Duration.ofSeconds(30));
        assertThat(text(c.get("k"))).as("a per-item ttl replaces the default").isEqualTo("again");
    }

    @Test
    void addSeesAnExpiredItemUntilAWriteCompactsItAway() throws Exception {
        // Benthos #1993: add checks existence before compacting and ignores expiry.
        MemoryStore c = store("1s", "60s");
        c.add("id", bytes("t"), null);
        advance(Duration.ofSeconds(2));
        assertThatThrownBy(() -> c.get("id")).isInstanceOf(KeyNotFoundException.class);
        assertThatThrownBy(() -> c.add("id", bytes("t"), null)).isInstanceOf(KeyAlreadyExistsException.class);

        advance(Duration.ofSeconds(58));
        c.set("other", bytes("x"), null); // 60 s since the last compaction: this write compacts
        c.add("id", bytes("t"), null);
        assertThat(text(c.get("id"))).isEqualTo("t");
    }

    @Test
    void compactionRunsOnlyInWritesAndAtMostOncePerInterval() throws Exception {
        MemoryStore c = store("1s", "60s");
        c.set("a", bytes("1"), null);
        advance(Duration.ofSeconds(61));
        c.set("b", bytes("2"), null); // compacts: "a" is gone
        c.add("a", bytes("new"), null);
        c.set("c", bytes("3"), Duration.ofNanos(1));
        advance(Duration.ofSeconds(30));
        c.delete("zzz"); // only 30 s since the last compaction: "c" stays, expired
        assertThatThrownBy(() -> c.add("c", bytes("x"), null)).isInstanceOf(KeyAlreadyExistsException.class);
        advance(Duration.ofSeconds(30));
        c.delete("zzz"); // 60 s: compacts
        c.add("c", bytes("x"), null);
    }

    @Test
    void readsNeverCompact() throws Exception {
        MemoryStore c = store("1s", "1ns");
        c.add("k", bytes("v"), null);
        advance(Duration.ofSeconds(5));
        assertThatThrownBy(() -> c.get("k")).isInstanceOf(KeyNotFoundException.class);
        assertThatThrownBy(() -> c.add("k", bytes("v"), null)).isInstanceOf(KeyAlreadyExistsException.class);
    }

    @Test
    void anEmptyCompactionIntervalDisablesExpiryEntirely() throws Exception {
        MemoryStore c = store("0s", "");
        c.set("k", bytes("v"), null);
        advance(Duration.ofDays(365));
        assertThat(text(c.get("k"))).isEqualTo("v");
    }

    @Test
    void initValuesNeverExpireUntilOverwritten() throws Exception {
        MemoryStore c = store("0s", "1ns");
        c.setInitValues(Map.of("foo", "bar", "foo2", "bar2"));
        advance(Duration.ofHours(1));
        c.add("foo3", bytes("bar3"), null); // compacts
        assertThat(text(c.get("foo"))).isEqualTo("bar");
        assertThat(text(c.get("foo2"))).isEqualTo("bar2");
        c.set("foo", bytes("new"), null);
        advance(Duration.ofNanos(1));
        assertThatThrownBy(() -> c.get("foo")).isInstanceOf(KeyNotFoundException.class);
    }

    @Test
    void shardsKeepEveryKey() throws Exception {
        MemoryStore c = store("5m", "60s");
        c.setShards(8);
        c.setInitValues(Map.of("seed", "s"));
        for (int i = 0; i < 100; i++) {
            c.add("key" + i, bytes("v" + i), null);
        }
        for (int i = 0; i < 100; i++) {
            assertThat(text(c.get("key" + i))).isEqualTo("v" + i);
        }
        assertThat(text(c.get("seed"))).isEqualTo("s");
    }

    @Test
    void getReturnsACopyTheCallerOwns() throws Exception {
        MemoryStore c = store("5m", "60s");
        c.set("k", bytes("abc"), null);
        c.get("k")[0] = 'X';
        assertThat(text(c.get("k"))).isEqualTo("abc");
    }
}

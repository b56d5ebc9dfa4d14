package io.camelbenthos.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** {@code ttlru} and {@code lru} (arc, two_queues) on Caffeine, with a ticker the test moves. */
class BoundedStoreTest {
    private final AtomicLong now = new AtomicLong();

    private BoundedStore store(long cap, String ttl) {
        BoundedStore s = new BoundedStore(now::get);
        s.setCap(cap);
        s.setTtl(ttl);
        return s;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }

    @Test
    void neverHoldsMoreThanCapItems() throws Exception {
        BoundedStore c = store(10, "");
        for (int i = 0; i < 100; i++) {
            c.set("k" + i, bytes("v"), null);
        }
        int present = 0;
        for (int i = 0; i < 100; i++) {
            try {
                c.get("k" + i);
                present++;
            } catch (KeyNotFoundException e) {
                // evicted
            }
        }
        assertThat(present).isLessThanOrEqualTo(10).isPositive();
    }

    @Test
    void itemsExpireTtlAfterTheirLastWriteAndReadsDoNotExtendThem() throws Exception {
        BoundedStore c = store(100, "5m");
        c.set("k", bytes("v"), Duration.ofHours(1)); // per-item TTLs are ignored
        advance(Duration.ofMinutes(4));
        assertThat(c.get("k")).isEqualTo(bytes("v"));
        advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> c.get("k")).isInstanceOf(KeyNotFoundException.class);

        c.set("k", bytes("v2"), null);
        advance(Duration.ofMinutes(4));
        c.set("k", bytes("v3"), null); // a write restarts the clock
        advance(Duration.ofMinutes(4));
        assertThat(c.get("k")).isEqualTo(bytes("v3"));
    }

    @Test
    void addIsAtomicAndTreatsAnExpiredItemAsAbsent() throws Exception {
        BoundedStore c = store(100, "1s");
        c.add("k", bytes("1"), null);
        assertThatThrownBy(() -> c.add("k", bytes("2"), null)).isInstanceOf(KeyAlreadyExistsException.class);
        advance(Duration.ofSeconds(1));
        c.add("k", bytes("3"), null);
        assertThat(c.get("k")).isEqualTo(bytes("3"));
    }

    @Test
    void withoutTtlNothingExpiresAndInitValuesArePresent() throws Exception {
        BoundedStore c = store(100, "");
        c.setInitValues(Map.of("foo", "bar"));
        advance(Duration.ofDays(1000));
        assertThat(c.get("foo")).isEqualTo(bytes("bar"));
        c.delete("foo");
        assertThatThrownBy(() -> c.get("foo")).isInstanceOf(KeyNotFoundException.class);
    }
}

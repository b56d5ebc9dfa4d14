package io.camelbenthos.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code lru} cache with {@code algorithm: standard}: strict LRU order, as groupcache's. */
class LruStoreTest {

    private static LruStore store(long cap) {
        LruStore s = new LruStore();
        s.setCap(cap);
        return s;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theLeastRecentlyUsedItemLeavesFirst() throws Exception {
        LruStore c = store(2);
        c.set("a", bytes("1"), null);
        c.set("b", bytes("2"), null);
        c.get("a"); // a is now the most recent
        c.set("c", bytes("3"), null);
        assertThatThrownBy(() -> c.get("b")).isInstanceOf(KeyNotFoundException.class);
        assertThat(c.get("a")).isEqualTo(bytes("1"));
        assertThat(c.get("c")).isEqualTo(bytes("3"));
    }

    @Test
    void addPeeksWithoutTouchingRecency() throws Exception {
        LruStore c = store(2);
        c.set("a", bytes("1"), null);
        c.set("b", bytes("2"), null);
        assertThatThrownBy(() -> c.add("a", bytes("x"), null)).isInstanceOf(KeyAlreadyExistsException.class);
        c.add("c", bytes("3"), null);
        assertThatThrownBy(() -> c.get("a")).as("a was still the least recent").isInstanceOf(KeyNotFoundException.class);
    }

    @Test
    void ttlsAreIgnored() throws Exception {
        LruStore c = store(10);
        c.set("k", bytes("v"), Duration.ofNanos(1));
        assertThat(c.get("k")).isEqualTo(bytes("v"));
    }

    @Test
    void initValuesCountAgainstTheCapInOrder() throws Exception {
        LruStore c = store(2);
        Map<String, String> init = new LinkedHashMap<>();
        init.put("x", "1");
        init.put("y", "2");
        init.put("z", "3");
        c.setInitValues(init);
        assertThatThrownBy(() -> c.get("x")).isInstanceOf(KeyNotFoundException.class);
        assertThat(c.get("z")).isEqualTo(bytes("3"));
    }

    @Test
    void deleteOfAMissingKeyIsFine() throws Exception {
        LruStore c = store(1);
        c.delete("nothing");
        assertThatThrownBy(() -> store(0)).hasMessage("invalid lru cache parameter capacity: must be bigger than 0");
    }
}

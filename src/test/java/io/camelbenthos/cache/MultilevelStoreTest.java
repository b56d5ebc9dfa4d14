package io.camelbenthos.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code multilevel} against Benthos's cache_multilevel.go, with two memory levels in a real registry. */
class MultilevelStoreTest {
    private DefaultCamelContext camel;
    private MemoryStore hot;
    private MemoryStore cold;
    private MultilevelStore levels;

    @BeforeEach
    void bind() {
        camel = new DefaultCamelContext();
        hot = new MemoryStore();
        cold = new MemoryStore();
        camel.getRegistry().bind("s.cache_resources.hot", hot);
        camel.getRegistry().bind("s.cache_resources.cold", cold);
        levels = new MultilevelStore();
        levels.setLevels(List.of("s.cache_resources.hot", "s.cache_resources.cold"));
        camel.getRegistry().bind("s.cache_resources.both", levels);
    }

    @AfterEach
    void close() {
        camel.stop();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theRegistryGivesTheStoreItsContext() {
        assertThat(levels.getCamelContext()).isSameAs(camel);
    }

    @Test
    void aHitInALowerLevelIsCopiedIntoTheLevelsAbove() throws Exception {
        cold.set("k", bytes("v"), null);
        assertThatThrownBy(() -> hot.get("k")).isInstanceOf(KeyNotFoundException.class);
        assertThat(levels.get("k")).isEqualTo(bytes("v"));
        assertThat(hot.get("k")).isEqualTo(bytes("v"));
        assertThatThrownBy(() -> levels.get("missing")).isInstanceOf(KeyNotFoundException.class);
    }

    @Test
    void setAndDeleteGoToEveryLevel() throws Exception {
        levels.set("k", bytes("v"), null);
        assertThat(hot.get("k")).isEqualTo(bytes("v"));
        assertThat(cold.get("k")).isEqualTo(bytes("v"));
        levels.delete("k");
        assertThatThrownBy(() -> hot.get("k")).isInstanceOf(KeyNotFoundException.class);
        assertThatThrownBy(() -> cold.get("k")).isInstanceOf(KeyNotFoundException.class);
    }

    @Test
    void addFailsWhenAnUpperLevelHasTheKeyAndOtherwiseFillsEveryLevel() throws Exception {
        hot.set("h", bytes("1"), null);
        assertThatThrownBy(() -> levels.add("h", bytes("2"), null)).isInstanceOf(KeyAlreadyExistsException.class);
        cold.set("c", bytes("1"), null);
        assertThatThrownBy(() -> levels.add("c", bytes("2"), null))
                .as("the last level's own add refuses").isInstanceOf(KeyAlreadyExistsException.class);
        levels.add("new", bytes("3"), null);
        assertThat(hot.get("new")).isEqualTo(bytes("3"));
        assertThat(cold.get("new")).isEqualTo(bytes("3"));
    }
}

package io.camelbenthos.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaTopicsTest {
    @Test
    void splitsItemsOnCommasIntoBalancedTopics() {
        KafkaTopics t = KafkaTopics.parse(List.of("foo, bar", "baz,"), false);
        assertThat(t.balanced()).containsExactly("foo", "bar", "baz");
        assertThat(t.isBalanced()).isTrue();
    }

    @Test
    void explicitPartitionsAndInclusiveRanges() {
        KafkaTopics t = KafkaTopics.parse(List.of("foo:0-2", "bar:5"), false);
        assertThat(t.explicit()).isEqualTo(Map.of("foo", Map.of(0, -1L, 1, -1L, 2, -1L), "bar", Map.of(5, -1L)));
    }

    @Test
    void explicitOffsetsWinOverTheDefaultWhereAllowed() {
        KafkaTopics t = KafkaTopics.parse(List.of("foo:0-1", "foo:1:10"), true);
        assertThat(t.explicit().get("foo")).isEqualTo(Map.of(0, -1L, 1, 10L));
    }

    @Test
    void benthosErrorTexts() {
        assertThatThrownBy(() -> KafkaTopics.parse(List.of("foo:0:10"), false))
                .hasMessage("topic 'foo:0:10' is invalid, explicit offsets are not supported by this input");
        assertThatThrownBy(() -> KafkaTopics.parse(List.of("foo:0:1:2"), true))
                .hasMessage("topic 'foo:0:1:2' is invalid, only one partition and an optional offset should be specified");
    }
}

package io.camelbenthos.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageTest {
    @Test
    void copyHasItsOwnMetadata() {
        Message m = Message.builder().content("a").metadata("k", "v").build();
        Message c = m.copy();
        c.metadata().put("k", "w");
        assertThat(m.metadata()).containsEntry("k", "v");
        assertThat(c.contentAsString()).isEqualTo("a");
    }
}

package io.camelbenthos.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code cached} processor's storage format, byte for byte Benthos's. */
class CachedResultsTest {
    @Test
    void encodesVersionCountAndLengthPrefixedContents() {
        byte[] encoded = CachedResults.encode(List.of(new byte[] {'h', 'i'}, new byte[0]));
        assertThat(encoded).containsExactly(0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 2, 'h', 'i', 0, 0, 0, 0);
        assertThat(CachedResults.decode(encoded)).containsExactly(new byte[] {'h', 'i'}, new byte[0]);
    }

    @Test
    void foreignDataIsReportedInBenthosWords() {
        assertThatThrownBy(() -> CachedResults.decode(new byte[] {0, 0}))
                .hasMessage("failed to extract serialization format version: message is too small to extract number");
        assertThatThrownBy(() -> CachedResults.decode(new byte[] {0, 0, 0, 2}))
                .hasMessage("invalid format version: 2");
        assertThatThrownBy(() -> CachedResults.decode(new byte[] {0, 0, 0, 1}))
                .hasMessage("failed to extract batch size: message is too small to extract number");
        assertThatThrownBy(() -> CachedResults.decode(new byte[] {0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 5, 'a'}))
                .hasMessage("failed to extract message 0 size: input data ended unexpectedly");
        assertThatThrownBy(() -> CachedResults.decode(new byte[] {0, 0, 0, 1, 0, 0, 0, 1}))
                .hasMessage("failed to extract message 0 size: message is too small to extract number");
    }
}

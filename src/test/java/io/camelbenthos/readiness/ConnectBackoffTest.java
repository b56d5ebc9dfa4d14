package io.camelbenthos.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Benthos's reconnect backoff: 500 ms growing by half up to 1 s, each wait jittered by up to half either way. */
class ConnectBackoffTest {
    private static List<Long> waits(double random, int n) {
        ConnectBackoff backoff = new ConnectBackoff();
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(backoff.nextMillis(random));
        }
        return out;
    }

    @Test
    void intervalsGrowByHalfUpToOneSecondAndStayThere() {
        assertThat(waits(0.5, 5)).containsExactly(500L, 750L, 1000L, 1000L, 1000L);
    }

    @Test
    void jitterSpansHalfTheIntervalEitherWay() {
        assertThat(waits(0, 4)).containsExactly(250L, 375L, 500L, 500L);
        assertThat(waits(1, 4)).containsExactly(750L, 1125L, 1500L, 1500L);
    }
}

package io.camelbenthos.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LocalRateLimitTest {
    private final AtomicLong now = new AtomicLong(1_000);

    private LocalRateLimit limit(long count, String interval) {
        LocalRateLimit limit = new LocalRateLimit(now::get);
        limit.setCount(count);
        limit.setInterval(interval);
        return limit;
    }

    @Test
    void allowsCountAccessesPerIntervalThenWaitsForTheRestOfIt() {
        LocalRateLimit limit = limit(2, "10s");
        assertThat(limit.access()).isZero();
        assertThat(limit.access()).isZero();
        now.addAndGet(Duration.ofSeconds(3).toNanos());
        assertThat(limit.access()).isEqualTo(Duration.ofSeconds(7));
        assertThat(limit.access()).isEqualTo(Duration.ofSeconds(7)); // refusals take nothing
    }

    @Test
    void refillsOnceTheIntervalIsOverAndStartsANewOneThen() {
        LocalRateLimit limit = limit(1, "10s");
        assertThat(limit.access()).isZero();
        now.addAndGet(Duration.ofSeconds(25).toNanos());
        assertThat(limit.access()).isZero();
        // The new interval began at the refill, not on a fixed 10s grid.
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(limit.access()).isEqualTo(Duration.ofSeconds(6));
    }

    @Test
    void defaultsAreAThousandPerSecond() {
        LocalRateLimit limit = new LocalRateLimit(now::get);
        assertThat(limit.getCount()).isEqualTo(1000);
        assertThat(limit.getInterval()).isEqualTo("1s");
        for (int i = 0; i < 1000; i++) {
            assertThat(limit.access()).isZero();
        }
        assertThat(limit.access()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void rejectsNonPositiveSettings() {
        LocalRateLimit limit = new LocalRateLimit();
        assertThatThrownBy(() -> limit.setCount(0)).hasMessage("count must be larger than zero");
        assertThatThrownBy(() -> limit.setInterval("0s")).hasMessage("interval must be larger than zero");
    }

    @Test
    void concurrentCallersNeverGetMoreThanCount() throws Exception {
        LocalRateLimit limit = limit(500, "1h");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                tasks.add(() -> {
                    int granted = 0;
                    for (int i = 0; i < 200; i++) {
                        if (limit.access().isZero()) {
                            granted++;
                        }
                    }
                    return granted;
                });
            }
            int total = 0;
            for (Future<Integer> f : pool.invokeAll(tasks)) {
                total += f.get();
            }
            assertThat(total).isEqualTo(500);
        } finally {
            pool.shutdownNow();
        }
    }
}

package io.camelbenthos.files;

import static org.awaitility.Awaitility.await;

import io.camelbenthos.runtime.InputLifecycle;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import java.time.Duration;
import java.util.List;

/** Runs configs whose input ends, through the runtime, until their stream has closed. */
final class FiniteStreams {
    private FiniteStreams() {
    }

    /** Runs the config to its end and returns what its {@code test_sink} named {@code out} received. */
    static List<String> run(String yaml) throws Exception {
        try (StreamHarness h = new StreamHarness(yaml)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> InputLifecycle.of(h.camel()).isClosed("test"));
        }
        return TestComponents.SINKS.getOrDefault("out", List.of());
    }
}

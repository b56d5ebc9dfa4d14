package io.camelbenthos.bench;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.camelbenthos.bench.jmh.RoutingBenchmark;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Param;

/**
 * Keeps {@link RoutingBenchmark} honest: each scenario's setup fails unless the runtime and the hand-written Camel
 * route give the same result for every sample. (Here, not in the {@code jmh} package, which surefire leaves out.)
 */
class RoutingBenchmarkEquivalenceTest {
    static Stream<String> scenarios() throws NoSuchFieldException {
        return Stream.of(RoutingBenchmark.class.getField("scenario").getAnnotation(Param.class).value());
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void theRuntimeAndTheHandWrittenRouteGiveTheSameResults(String scenario) {
        RoutingBenchmark b = new RoutingBenchmark();
        b.scenario = scenario;
        try {
            assertThatCode(b::setup).doesNotThrowAnyException();
        } finally {
            b.tearDown();
        }
    }
}

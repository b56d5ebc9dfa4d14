package io.camelbenthos.bloblang;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.camelbenthos.bloblang.jmh.BloblangBenchmark;
import io.camelbenthos.bloblang.jmh.BloblangMethodsBenchmark;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Param;

/**
 * Keeps the benchmarks honest: each scenario's setup fails unless Bloblang and its baseline write identical bytes,
 * so neither side can quietly do less work than the other. Scenarios are read from the {@code @Param} lists. (Here,
 * not in the {@code jmh} package, which surefire leaves out.)
 */
class BenchmarkEquivalenceTest {
    static Stream<String> scenarios() throws NoSuchFieldException {
        return Stream.of(BloblangBenchmark.class.getField("scenario").getAnnotation(Param.class).value());
    }

    static Stream<String> methods() throws NoSuchFieldException {
        return Stream.of(BloblangMethodsBenchmark.class.getField("method").getAnnotation(Param.class).value());
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void bloblangAndJqWriteTheSameBytes(String scenario) {
        BloblangBenchmark b = new BloblangBenchmark();
        b.scenario = scenario;
        assertThatCode(b::setup).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("methods")
    void bloblangAndHandWrittenJavaWriteTheSameBytes(String method) {
        BloblangMethodsBenchmark b = new BloblangMethodsBenchmark();
        b.method = method;
        assertThatCode(b::setup).doesNotThrowAnyException();
    }
}

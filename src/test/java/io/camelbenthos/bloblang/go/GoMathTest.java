package io.camelbenthos.bloblang.go;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Go's Cephes-based trigonometry; values are what Go prints (they differ from fdlibm in places). */
class GoMathTest {
    private static final double RAD = Math.PI / 180;

    @Test
    void matchesGoOutputs() {
        assertThat(GoMath.sin(Math.PI)).isEqualTo(1.2246467991473515e-16); // fdlibm gives ...532e-16
        assertThat(GoMath.tan(Math.PI)).isEqualTo(-1.2246467991473515e-16); // tan(z) = z for the reduced argument
        assertThat(GoMath.sin(45 * RAD)).isEqualTo(0.7071067811865475);
        assertThat(GoMath.cos(45 * RAD)).isEqualTo(0.7071067811865476);
        assertThat(GoMath.sin(90 * RAD)).isEqualTo(1.0);
        assertThat(GoMath.cos(180 * RAD)).isEqualTo(-1.0);
    }

    @Test
    void specialCases() {
        assertThat(GoMath.sin(-0.0)).isEqualTo(-0.0);
        assertThat(GoMath.tan(0.0)).isEqualTo(0.0);
        assertThat(GoMath.cos(0.0)).isEqualTo(1.0);
        assertThat(GoMath.sin(Double.POSITIVE_INFINITY)).isNaN();
        assertThat(GoMath.cos(Double.NaN)).isNaN();
        assertThat(GoMath.sin(1e10)).isEqualTo(StrictMath.sin(1e10)); // Payne-Hanek range: fdlibm fallback
    }

    @Test
    void closeToFdlibmEverywhere() {
        for (double x = -20; x < 20; x += 0.01) {
            assertThat(GoMath.sin(x)).isCloseTo(StrictMath.sin(x), org.assertj.core.data.Offset.offset(1e-15));
            assertThat(GoMath.cos(x)).isCloseTo(StrictMath.cos(x), org.assertj.core.data.Offset.offset(1e-15));
        }
    }
}

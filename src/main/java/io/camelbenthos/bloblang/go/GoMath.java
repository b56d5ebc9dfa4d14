package io.camelbenthos.bloblang.go;

/**
 * Go's {@code math.Sin}, {@code Cos} and {@code Tan}: the Cephes polynomials Go implements in pure Go (no assembly on
 * amd64 or arm64). Java's {@code StrictMath} uses fdlibm, which rounds differently in the last bit for some inputs,
 * and Bloblang prints floats with all their digits. Arguments of 2^29 and above, where Go switches to Payne-Hanek
 * reduction, fall back to {@code StrictMath}.
 */
public final class GoMath {
    private static final double PI4A = 7.85398125648498535156E-1; // Pi/4 split into three parts
    private static final double PI4B = 3.77489470793079817668E-8;
    private static final double PI4C = 2.69515142907905952645E-15;
    private static final double M4PI = 1.273239544735162542821171882678754627704620361328125; // 4/Pi
    private static final double REDUCE_THRESHOLD = 1 << 29;

    private static final double[] SIN = {
        1.58962301576546568060E-10, -2.50507477628578072866E-8, 2.75573136213857245213E-6,
        -1.98412698295895385996E-4, 8.33333333332211858878E-3, -1.66666666666666307295E-1,
    };
    private static final double[] COS = {
        -1.13585365213876817300E-11, 2.08757008419747316778E-9, -2.75573141792967388112E-7,
        2.48015872888517045348E-5, -1.38888888888730564116E-3, 4.16666666666665929218E-2,
    };
    private static final double[] TAN_P = {
        -1.30936939181383777646E4, 1.15351664838587416140E6, -1.79565251976484877988E7,
    };
    private static final double[] TAN_Q = {
        1.0, 1.36812963470692954678E4, -1.32089234440210967447E6, 2.50083801823357915839E7,
        -5.38695755929454629881E7,
    };

    private GoMath() {
    }

    /** Go {@code math.Sin}. */
    public static double sin(double x) {
        if (x == 0 || Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.NaN;
        }
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        if (x >= REDUCE_THRESHOLD) {
            double r = StrictMath.sin(x);
            return sign ? -r : r;
        }
        long j = (long) (x * M4PI);
        double y = j;
        if ((j & 1) == 1) {
            j++;
            y++;
        }
        j &= 7;
        if (j > 3) {
            sign = !sign;
            j -= 4;
        }
        double z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
        double zz = z * z;
        y = (j == 1 || j == 2) ? cosPoly(z, zz) : sinPoly(z, zz);
        return sign ? -y : y;
    }

    /** Go {@code math.Cos}. */
    public static double cos(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.NaN;
        }
        x = Math.abs(x);
        if (x >= REDUCE_THRESHOLD) {
            return StrictMath.cos(x);
        }
        boolean sign = false;
        long j = (long) (x * M4PI);
        double y = j;
        if ((j & 1) == 1) {
            j++;
            y++;
        }
        j &= 7;
        if (j > 3) {
            j -= 4;
            sign = !sign;
        }
        if (j > 1) {
            sign = !sign;
        }
        double z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
        double zz = z * z;
        y = (j == 1 || j == 2) ? sinPoly(z, zz) : cosPoly(z, zz);
        return sign ? -y : y;
    }

    /** Go {@code math.Tan}. */
    public static double tan(double x) {
        if (x == 0 || Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.NaN;
        }
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        if (x >= REDUCE_THRESHOLD) {
            double r = StrictMath.tan(x);
            return sign ? -r : r;
        }
        long j = (long) (x * M4PI);
        double y = j;
        if ((j & 1) == 1) {
            j++;
            y++;
        }
        double z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
        double zz = z * z;
        if (zz > 1e-14) {
            y = z + z * (zz * (((TAN_P[0] * zz) + TAN_P[1]) * zz + TAN_P[2])
                    / ((((zz + TAN_Q[1]) * zz + TAN_Q[2]) * zz + TAN_Q[3]) * zz + TAN_Q[4]));
        } else {
            y = z;
        }
        if ((j & 2) == 2) {
            y = -1 / y;
        }
        return sign ? -y : y;
    }

    private static double sinPoly(double z, double zz) {
        return z + z * zz * ((((((SIN[0] * zz) + SIN[1]) * zz + SIN[2]) * zz + SIN[3]) * zz + SIN[4]) * zz + SIN[5]);
    }

    private static double cosPoly(double z, double zz) {
        return 1.0 - 0.5 * zz
                + zz * zz * ((((((COS[0] * zz) + COS[1]) * zz + COS[2]) * zz + COS[3]) * zz + COS[4]) * zz + COS[5]);
    }
}

package io.camelbenthos.bloblang.go;

/**
 * Go {@code time.Duration}: {@link #parse} is {@code time.ParseDuration} ({@code 1h30m}, {@code 300ms},
 * {@code 1.5h}, {@code -2µs}) and {@link #format} is {@code Duration.String()} ({@code 1h30m0s}, {@code 1.5s},
 * {@code 0s}). Durations are int64 nanoseconds, as in Go.
 */
public final class GoDuration {
    private static final long NANOSECOND = 1;
    private static final long MICROSECOND = 1_000 * NANOSECOND;
    private static final long MILLISECOND = 1_000 * MICROSECOND;
    private static final long SECOND = 1_000 * MILLISECOND;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    /** 1 << 63 as an unsigned value: the magnitude of the most negative duration. */
    private static final long TWO_63 = Long.MIN_VALUE;

    private GoDuration() {
    }

    /**
     * Go {@code time.ParseDuration}.
     *
     * @return nanoseconds
     * @throws GoTimeException {@code time: invalid duration "x"}, {@code time: missing unit in duration "1"} or
     *     {@code time: unknown unit "d" in duration "1d"}
     */
    public static long parse(String s) {
        String orig = s;
        long d = 0; // unsigned accumulator
        boolean neg = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return 0;
        }
        if (s.isEmpty()) {
            throw invalid(orig);
        }
        while (!s.isEmpty()) {
            char c0 = s.charAt(0);
            if (!(c0 == '.' || (c0 >= '0' && c0 <= '9'))) {
                throw invalid(orig);
            }
            // Integer part, unsigned, at most 1 << 63.
            int i = 0;
            long v = 0;
            for (; i < s.length() && isDigit(s.charAt(i)); i++) {
                if (Long.compareUnsigned(v, Long.divideUnsigned(TWO_63, 10)) > 0) {
                    throw invalid(orig);
                }
                v = v * 10 + (s.charAt(i) - '0');
                if (Long.compareUnsigned(v, TWO_63) > 0) {
                    throw invalid(orig);
                }
            }
            boolean pre = i > 0;
            s = s.substring(i);
            // Fraction part: digits beyond int64 precision are skipped, not rejected.
            long f = 0;
            double scale = 1;
            boolean post = false;
            if (!s.isEmpty() && s.charAt(0) == '.') {
                s = s.substring(1);
                int j = 0;
                boolean overflow = false;
                for (; j < s.length() && isDigit(s.charAt(j)); j++) {
                    if (overflow) {
                        continue;
                    }
                    if (f > Long.MAX_VALUE / 10) {
                        overflow = true;
                        continue;
                    }
                    long y = f * 10 + (s.charAt(j) - '0');
                    if (y < 0) {
                        overflow = true;
                        continue;
                    }
                    f = y;
                    scale *= 10;
                }
                post = j > 0;
                s = s.substring(j);
            }
            if (!pre && !post) {
                throw invalid(orig);
            }
            int u = 0;
            while (u < s.length() && !(s.charAt(u) == '.' || isDigit(s.charAt(u)))) {
                u++;
            }
            if (u == 0) {
                throw new GoTimeException("time: missing unit in duration " + GoQuote.quote(orig));
            }
            String unitName = s.substring(0, u);
            s = s.substring(u);
            long unit = unit(unitName);
            if (unit == 0) {
                throw new GoTimeException("time: unknown unit " + GoQuote.quote(unitName) + " in duration "
                        + GoQuote.quote(orig));
            }
            if (Long.compareUnsigned(v, Long.divideUnsigned(TWO_63, unit)) > 0) {
                throw invalid(orig);
            }
            v *= unit;
            if (f > 0) {
                // Go uses float64 here so fractions of hours stay nanosecond-accurate.
                v += (long) ((double) f * ((double) unit / scale));
                if (Long.compareUnsigned(v, TWO_63) > 0) {
                    throw invalid(orig);
                }
            }
            d += v;
            if (Long.compareUnsigned(d, TWO_63) > 0) {
                throw invalid(orig);
            }
        }
        if (neg) {
            return -d;
        }
        if (d < 0) { // exactly 1 << 63 without a minus sign
            throw invalid(orig);
        }
        return d;
    }

    /** Go {@code Duration.String()}: {@code 72h3m0.5s}, {@code 1.5ms}, {@code 2µs}, {@code 0s}. */
    public static String format(long d) {
        long u = d;
        boolean neg = d < 0;
        if (neg) {
            u = -u; // unsigned magnitude; MIN_VALUE stays 1 << 63
        }
        StringBuilder b = new StringBuilder();
        if (Long.compareUnsigned(u, SECOND) < 0) {
            int prec;
            String unit;
            if (u == 0) {
                return "0s";
            } else if (u < MICROSECOND) {
                prec = 0;
                unit = "ns";
            } else if (u < MILLISECOND) {
                prec = 3;
                unit = "µs";
            } else {
                prec = 6;
                unit = "ms";
            }
            b.insert(0, unit);
            u = prependFraction(b, u, prec);
            b.insert(0, Long.toUnsignedString(u));
        } else {
            b.insert(0, 's');
            u = prependFraction(b, u, 9);
            b.insert(0, Long.remainderUnsigned(u, 60));
            u = Long.divideUnsigned(u, 60);
            if (u > 0) {
                b.insert(0, 'm');
                b.insert(0, u % 60);
                u /= 60;
                // Go stops at hours: days have different lengths.
                if (u > 0) {
                    b.insert(0, 'h');
                    b.insert(0, u);
                }
            }
        }
        if (neg) {
            b.insert(0, '-');
        }
        return b.toString();
    }

    /** Go's fmtFrac: prepends ".ddd" of v / 10^prec without trailing zeros; returns the integer part. */
    private static long prependFraction(StringBuilder b, long v, int prec) {
        StringBuilder frac = new StringBuilder();
        boolean print = false;
        for (int i = 0; i < prec; i++) {
            long digit = Long.remainderUnsigned(v, 10);
            print = print || digit != 0;
            if (print) {
                frac.insert(0, (char) ('0' + digit));
            }
            v = Long.divideUnsigned(v, 10);
        }
        if (print) {
            b.insert(0, frac).insert(0, '.');
        }
        return v;
    }

    private static long unit(String name) {
        return switch (name) {
            case "ns" -> NANOSECOND;
            case "us", "\u00b5s", "\u03bcs" -> MICROSECOND; // micro sign and Greek mu are both accepted
            case "ms" -> MILLISECOND;
            case "s" -> SECOND;
            case "m" -> MINUTE;
            case "h" -> HOUR;
            default -> 0;
        };
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static GoTimeException invalid(String orig) {
        return new GoTimeException("time: invalid duration " + GoQuote.quote(orig));
    }
}

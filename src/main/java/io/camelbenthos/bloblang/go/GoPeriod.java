package io.camelbenthos.bloblang.go;

import java.math.BigDecimal;
import java.time.ZonedDateTime;

/**
 * An ISO-8601 period ({@code P1Y2M3W4DT5H6M7.5S}) with the semantics of {@code github.com/rickb777/period} v1,
 * which Benthos uses for {@code parse_duration_iso8601}, {@code ts_add_iso8601} and {@code ts_sub_iso8601}:
 * whole calendar fields are added with Go's {@code AddDate} (so Jan 31 + P1M is Mar 3), fractional ones through an
 * approximate duration (a year is 365.2425 days, a month a twelfth of that, a day 24 hours).
 *
 * <p>Each field keeps the decimal scale it was written with, because the library's rules depend on it.
 */
public final class GoPeriod {
    private static final long DAYS_PER_YEAR_E6 = 365_242_500L;
    private static final long DAYS_PER_MONTH_E6 = DAYS_PER_YEAR_E6 / 12;
    private static final long SECONDS_PER_DAY = 86_400L;
    private static final int MAX_DIGITS = 19;

    private static final int YEAR = 0;
    private static final int MONTH = 1;
    private static final int WEEK = 2;
    private static final int DAY = 3;
    private static final int HOUR = 4;
    private static final int MINUTE = 5;
    private static final int SECOND = 6;

    /** Signed field values, the period's overall sign already applied. */
    private final BigDecimal[] fields;

    private GoPeriod(BigDecimal[] fields) {
        this.fields = fields;
    }

    /**
     * Parses an ISO-8601 period, optionally signed ({@code -P1D}); {@code ,} may be the decimal mark and only the
     * last field may have a fraction.
     *
     * @throws GoTimeException with the library's messages, e.g. {@code P1X: expected a designator Y, M, W, D, H, or
     *     S not 'X'}
     */
    public static GoPeriod parse(String iso) {
        if (iso.isEmpty()) {
            throw new GoTimeException("cannot parse a blank string as a period");
        }
        String remaining = iso;
        boolean neg = false;
        if (remaining.charAt(0) == '-') {
            neg = true;
            remaining = remaining.substring(1);
        } else if (remaining.charAt(0) == '+') {
            remaining = remaining.substring(1);
        }
        BigDecimal[] fields = new BigDecimal[7];
        java.util.Arrays.fill(fields, BigDecimal.ZERO);
        switch (remaining) {
            case "P0Y", "P0M", "P0W", "P0D", "PT0H", "PT0M", "PT0S" -> {
                return new GoPeriod(fields);
            }
            case "" -> throw new GoTimeException("cannot parse a blank string as a period");
            default -> {
            }
        }
        if (remaining.charAt(0) != 'P') {
            throw new GoTimeException(iso + ": expected 'P' period mark at the start");
        }
        remaining = remaining.substring(1);

        boolean[] armed = {true, true, true, true, false, false, false};
        boolean[] set = new boolean[7];
        boolean isHms = false;
        boolean haveFraction = false;
        char previous = 0;
        int components = 0;
        while (!remaining.isEmpty()) {
            if (remaining.charAt(0) == 'T') {
                if (isHms) {
                    throw new GoTimeException(iso + ": 'T' designator cannot occur more than once");
                }
                isHms = true;
                armed = new boolean[] {false, false, false, false, true, true, true};
                remaining = remaining.substring(1);
                continue;
            }
            int end = scanNumber(remaining, iso);
            BigDecimal number;
            try {
                number = new BigDecimal(remaining.substring(0, end).replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new GoTimeException(iso + ": number invalid or out of range");
            }
            if (number.precision() > MAX_DIGITS || number.scale() > MAX_DIGITS) {
                throw new GoTimeException(iso + ": number invalid or out of range");
            }
            char designator = remaining.charAt(end);
            int field = switch (designator) {
                case 'Y' -> YEAR;
                case 'M' -> isHms ? MINUTE : MONTH;
                case 'W' -> WEEK;
                case 'D' -> DAY;
                case 'H' -> HOUR;
                case 'S' -> SECOND;
                default -> throw new GoTimeException(iso + ": expected a designator Y, M, W, D, H, or S not '"
                        + designator + "'");
            };
            remaining = remaining.substring(end + 1);
            if (haveFraction && number.signum() != 0) {
                throw new GoTimeException(iso + ": '" + previous + "' & '" + designator
                        + "' only the last field can have a fraction");
            }
            if (!armed[field]) {
                throw new GoTimeException(iso + ": '" + designator + "' designator cannot occur here");
            }
            if (set[field]) {
                throw new GoTimeException(iso + ": '" + designator + "' designator cannot occur more than once");
            }
            set[field] = true;
            fields[field] = neg ? number.negate() : number;
            components++;
            if (number.scale() > 0) {
                haveFraction = true;
                previous = designator;
            }
        }
        if (components == 0) {
            throw new GoTimeException(iso + ": expected 'Y', 'M', 'W', 'D', 'H', 'M', or 'S' designator");
        }
        return new GoPeriod(fields);
    }

    /** The library's scanDigits: an optional leading minus, digits and decimal marks; returns the end index. */
    private static int scanNumber(String s, String iso) {
        int i = 0;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean numeric = (i == 0 && c == '-') || c == '.' || c == ',' || (c >= '0' && c <= '9');
            if (!numeric) {
                if (i == 0) {
                    throw new GoTimeException(iso + ": expected a number but found '" + c + "'");
                }
                return i;
            }
        }
        throw new GoTimeException(iso + ": missing designator at the end");
    }

    /** The period with every field's sign flipped. */
    public GoPeriod negate() {
        BigDecimal[] negated = new BigDecimal[7];
        for (int i = 0; i < 7; i++) {
            negated[i] = fields[i].negate();
        }
        return new GoPeriod(negated);
    }

    /**
     * {@code Period.DurationApprox}: nanoseconds, with years of 365.2425 days, months of a twelfth of that and
     * 24-hour days. int64 overflow wraps, as in Go.
     */
    public long durationApproxNanos() {
        long daysE9 = fieldValue(fields[DAY], 1_000_000_000L) + fieldValue(fields[WEEK], 7 * 1_000_000_000L)
                + fieldValue(fields[MONTH], DAYS_PER_MONTH_E6 * 1_000)
                + fieldValue(fields[YEAR], DAYS_PER_YEAR_E6 * 1_000);
        return daysE9 * SECONDS_PER_DAY + hmsNanos();
    }

    /**
     * {@code Period.AddTo}: whole calendar fields through Go's {@code AddDate} plus the exact time part;
     * fractional calendar fields through the approximate duration.
     */
    public ZonedDateTime addTo(ZonedDateTime t) {
        boolean zeroCalendar = isZero(fields[YEAR]) && isZero(fields[MONTH]) && isZero(fields[WEEK])
                && isZero(fields[DAY]);
        boolean wholeCalendar = fields[YEAR].scale() <= 0 && fields[MONTH].scale() <= 0
                && fields[WEEK].scale() <= 0 && fields[DAY].scale() <= 0;
        if (!zeroCalendar && wholeCalendar) {
            long years = fields[YEAR].longValue();
            long months = fields[MONTH].longValue();
            long days = 7 * fields[WEEK].longValue() + fields[DAY].longValue();
            return GoDates.addDate(t, years, months, days).plusNanos(hmsNanos());
        }
        return t.plusNanos(durationApproxNanos());
    }

    private long hmsNanos() {
        return fieldValue(fields[HOUR], 3_600_000_000_000L) + fieldValue(fields[MINUTE], 60_000_000_000L)
                + fieldValue(fields[SECOND], 1_000_000_000L);
    }

    /** The zero value written as {@code 0} (scale 0) only: {@code 0.0} is not "zero" to the library. */
    private static boolean isZero(BigDecimal d) {
        return d.signum() == 0 && d.scale() == 0;
    }

    /** The library's fieldDuration: coefficient times the factor divided (truncating) by 10 per decimal place. */
    private static long fieldValue(BigDecimal field, long factor) {
        if (field.signum() == 0) {
            return 0;
        }
        for (int i = field.scale(); i > 0; i--) {
            factor /= 10;
        }
        return field.unscaledValue().longValue() * factor;
    }
}

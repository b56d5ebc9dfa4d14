package io.camelbenthos.bloblang.go;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;

/**
 * Go {@code time} calendar arithmetic that differs from {@code java.time}: {@code time.Date} normalisation
 * (month 13 rolls into the next year, Jan 31 + 1 month is Mar 3 rather than Feb 28/29), Go's choice of offset
 * inside a DST gap, {@code Time.AddDate}, {@code Time.Round} and unix conversions.
 */
public final class GoDates {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** Seconds from Go's zero time (January 1, year 1, UTC) to the Unix epoch; Round works from Go's zero time. */
    private static final long ZERO_TIME_TO_UNIX_SECONDS = 62_135_596_800L;

    private GoDates() {
    }

    /**
     * Go {@code time.Date}: every field may be out of range and is normalised the way Go does (so October 32
     * is November 1). In a DST gap Go picks the offset in effect before the transition and moves the wall clock
     * backwards (NY 02:30 on spring-forward day becomes 01:30 EST), unlike {@link ZonedDateTime#of}, which moves
     * it forwards.
     */
    public static ZonedDateTime date(long year, long month, long day, long hour, long min, long sec, long nsec,
            ZoneId zone) {
        long m = month - 1;
        year += Math.floorDiv(m, 12);
        m = Math.floorMod(m, 12);
        sec += Math.floorDiv(nsec, NANOS_PER_SECOND);
        nsec = Math.floorMod(nsec, NANOS_PER_SECOND);
        min += Math.floorDiv(sec, 60);
        sec = Math.floorMod(sec, 60);
        hour += Math.floorDiv(min, 60);
        min = Math.floorMod(min, 60);
        day += Math.floorDiv(hour, 24);
        hour = Math.floorMod(hour, 24);

        long epochDay = LocalDate.of(Math.toIntExact(year), (int) m + 1, 1).toEpochDay() + day - 1;
        long wallSeconds = epochDay * 86_400L + hour * 3600 + min * 60 + sec;
        ZoneRules rules = zone.getRules();
        // Go: look the offset up treating the wall clock as UTC, then re-check it at the corrected instant.
        int offset = rules.getOffset(Instant.ofEpochSecond(wallSeconds)).getTotalSeconds();
        if (offset != 0) {
            offset = rules.getOffset(Instant.ofEpochSecond(wallSeconds - offset)).getTotalSeconds();
        }
        return ZonedDateTime.ofInstant(Instant.ofEpochSecond(wallSeconds - offset, nsec), zone);
    }

    /** Go {@code Time.AddDate}: adds to the wall-clock fields and normalises them with {@link #date}. */
    public static ZonedDateTime addDate(ZonedDateTime t, long years, long months, long days) {
        return date(t.getYear() + years, t.getMonthValue() + months, t.getDayOfMonth() + days, t.getHour(),
                t.getMinute(), t.getSecond(), t.getNano(), t.getZone());
    }

    /** Go {@code Time.Add}: adds an absolute number of nanoseconds, keeping the zone. */
    public static ZonedDateTime add(ZonedDateTime t, long nanos) {
        return t.plusNanos(nanos);
    }

    /**
     * Go {@code Time.Round}: rounds to the nearest multiple of {@code d} nanoseconds counted from Go's zero time
     * (January 1, year 1 UTC), halfway values rounding up. A non-positive {@code d} returns {@code t} unchanged.
     */
    public static ZonedDateTime round(ZonedDateTime t, long d) {
        if (d <= 0) {
            return t;
        }
        BigInteger sinceZero = BigInteger.valueOf(t.toEpochSecond() + ZERO_TIME_TO_UNIX_SECONDS)
                .multiply(BigInteger.valueOf(NANOS_PER_SECOND)).add(BigInteger.valueOf(t.getNano()));
        long r = sinceZero.mod(BigInteger.valueOf(d)).longValue();
        // Go's lessThanHalf compares r+r < d as unsigned, which is exact for every int64 r < d.
        if (Long.compareUnsigned(r + r, d) < 0) {
            return t.minusNanos(r);
        }
        return t.plusNanos(d - r);
    }

    /** Go {@code Time.Sub}: the difference in nanoseconds, saturating at the int64 range like Go. */
    public static long sub(ZonedDateTime a, ZonedDateTime b) {
        BigInteger d = nanosSinceEpoch(a).subtract(nanosSinceEpoch(b));
        if (d.bitLength() > 63) {
            return d.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        return d.longValue();
    }

    /** Go {@code Time.Unix}. */
    public static long unix(ZonedDateTime t) {
        return t.toEpochSecond();
    }

    /** Go {@code Time.UnixMilli}: floor division of the nanosecond count, wrapping like Go outside int64. */
    public static long unixMilli(ZonedDateTime t) {
        return t.toEpochSecond() * 1_000L + t.getNano() / 1_000_000;
    }

    /** Go {@code Time.UnixMicro}. */
    public static long unixMicro(ZonedDateTime t) {
        return t.toEpochSecond() * 1_000_000L + t.getNano() / 1_000;
    }

    /** Go {@code Time.UnixNano}: wraps silently outside 1678..2262, as Go's result is undefined there. */
    public static long unixNano(ZonedDateTime t) {
        return t.toEpochSecond() * NANOS_PER_SECOND + t.getNano();
    }

    /** Go {@code time.Unix(sec, nsec)} in the given zone; nsec outside [0, 1e9) is normalised. */
    public static ZonedDateTime fromUnix(long sec, long nsec, ZoneId zone) {
        return ZonedDateTime.ofInstant(Instant.ofEpochSecond(sec, nsec), zone);
    }

    private static BigInteger nanosSinceEpoch(ZonedDateTime t) {
        return BigInteger.valueOf(t.toEpochSecond()).multiply(BigInteger.valueOf(NANOS_PER_SECOND))
                .add(BigInteger.valueOf(t.getNano()));
    }
}

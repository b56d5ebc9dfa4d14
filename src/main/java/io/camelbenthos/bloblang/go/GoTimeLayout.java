package io.camelbenthos.bloblang.go;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.OptionalInt;

/**
 * Go's reference-time layouts ({@code time.Format} / {@code time.Parse}), e.g. {@code 2006-01-02T15:04:05Z07:00}.
 *
 * <p>Written from Go's documented behaviour; the quirks kept on purpose are noted where they occur: a fractional
 * second after {@code 05} is accepted even when the layout has none, an abbreviation such as {@code MST} that the
 * local zone does not know yields a fabricated zone with offset 0, an offset in the input that matches the local
 * zone yields the local zone, and error texts are Go's.
 */
public final class GoTimeLayout {
    /** Go's {@code time.RFC3339}. */
    public static final String RFC3339 = "2006-01-02T15:04:05Z07:00";
    /** Go's {@code time.RFC3339Nano}. */
    public static final String RFC3339_NANO = "2006-01-02T15:04:05.999999999Z07:00";

    // Layout elements, Go's std* constants.
    private static final int LONG_MONTH = 1;
    private static final int MONTH = 2;
    private static final int NUM_MONTH = 3;
    private static final int ZERO_MONTH = 4;
    private static final int LONG_WEEKDAY = 5;
    private static final int WEEKDAY = 6;
    private static final int DAY = 7;
    private static final int UNDER_DAY = 8;
    private static final int ZERO_DAY = 9;
    private static final int UNDER_YEAR_DAY = 10;
    private static final int ZERO_YEAR_DAY = 11;
    private static final int HOUR = 12;
    private static final int HOUR12 = 13;
    private static final int ZERO_HOUR12 = 14;
    private static final int MINUTE = 15;
    private static final int ZERO_MINUTE = 16;
    private static final int SECOND = 17;
    private static final int ZERO_SECOND = 18;
    private static final int LONG_YEAR = 19;
    private static final int YEAR = 20;
    private static final int PM_UPPER = 21;
    private static final int PM_LOWER = 22;
    private static final int TZ = 23;
    private static final int ISO8601_TZ = 24;
    private static final int ISO8601_SECONDS_TZ = 25;
    private static final int ISO8601_SHORT_TZ = 26;
    private static final int ISO8601_COLON_TZ = 27;
    private static final int ISO8601_COLON_SECONDS_TZ = 28;
    private static final int NUM_TZ = 29;
    private static final int NUM_SECONDS_TZ = 30;
    private static final int NUM_SHORT_TZ = 31;
    private static final int NUM_COLON_TZ = 32;
    private static final int NUM_COLON_SECONDS_TZ = 33;
    private static final int FRAC_SECOND0 = 34;
    private static final int FRAC_SECOND9 = 35;

    private static final int MASK = 0xffff;
    private static final int DIGITS_SHIFT = 16;
    private static final int COMMA_FLAG = 1 << 30;
    private static final int[] ZERO_X = {ZERO_MONTH, ZERO_DAY, ZERO_HOUR12, ZERO_MINUTE, ZERO_SECOND, YEAR};

    /** Go's month and day names, shared with {@link GoStrftime}; never modified. */
    static final String[] LONG_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    static final String[] SHORT_MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
        "Oct", "Nov", "Dec"};
    /** Sunday first, as Go's Weekday. */
    static final String[] LONG_DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday"};
    static final String[] SHORT_DAYS = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    private static final int[] DAYS_BEFORE = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};

    private GoTimeLayout() {
    }

    // ---------------------------------------------------------------------------------------------------------
    // Formatting

    /**
     * Go {@code time.Time.Format(time.RFC3339Nano)}: how Bloblang writes a timestamp in JSON and in
     * {@code .string()}. Trailing zeros of the fraction are dropped and UTC is written {@code Z}.
     */
    public static String formatRfc3339Nano(ZonedDateTime t) {
        return format(t, RFC3339_NANO);
    }

    /** Go {@code time.Time.Format(layout)}. */
    public static String format(ZonedDateTime t, String layout) {
        StringBuilder b = new StringBuilder(layout.length() + 10);
        String rest = layout;
        while (!rest.isEmpty()) {
            Chunk c = nextStdChunk(rest);
            b.append(rest, 0, c.prefixEnd);
            if (c.std == 0) {
                break;
            }
            appendElement(b, t, c.std);
            rest = rest.substring(c.suffixStart);
        }
        return b.toString();
    }

    private static void appendElement(StringBuilder b, ZonedDateTime t, int std) {
        int hour = t.getHour();
        switch (std & MASK) {
            case YEAR -> appendInt(b, Math.abs(t.getYear()) % 100, 2);
            case LONG_YEAR -> appendInt(b, t.getYear(), 4);
            case MONTH -> b.append(SHORT_MONTHS[t.getMonthValue() - 1]);
            case LONG_MONTH -> b.append(LONG_MONTHS[t.getMonthValue() - 1]);
            case NUM_MONTH -> appendInt(b, t.getMonthValue(), 0);
            case ZERO_MONTH -> appendInt(b, t.getMonthValue(), 2);
            case WEEKDAY -> b.append(SHORT_DAYS[goWeekday(t.getDayOfWeek())]);
            case LONG_WEEKDAY -> b.append(LONG_DAYS[goWeekday(t.getDayOfWeek())]);
            case DAY -> appendInt(b, t.getDayOfMonth(), 0);
            case UNDER_DAY -> {
                if (t.getDayOfMonth() < 10) {
                    b.append(' ');
                }
                appendInt(b, t.getDayOfMonth(), 0);
            }
            case ZERO_DAY -> appendInt(b, t.getDayOfMonth(), 2);
            case UNDER_YEAR_DAY -> {
                int yday = t.getDayOfYear();
                if (yday < 100) {
                    b.append(yday < 10 ? "  " : " ");
                }
                appendInt(b, yday, 0);
            }
            case ZERO_YEAR_DAY -> appendInt(b, t.getDayOfYear(), 3);
            case HOUR -> appendInt(b, hour, 2);
            case HOUR12 -> appendInt(b, hour % 12 == 0 ? 12 : hour % 12, 0);
            case ZERO_HOUR12 -> appendInt(b, hour % 12 == 0 ? 12 : hour % 12, 2);
            case MINUTE -> appendInt(b, t.getMinute(), 0);
            case ZERO_MINUTE -> appendInt(b, t.getMinute(), 2);
            case SECOND -> appendInt(b, t.getSecond(), 0);
            case ZERO_SECOND -> appendInt(b, t.getSecond(), 2);
            case PM_UPPER -> b.append(hour >= 12 ? "PM" : "AM");
            case PM_LOWER -> b.append(hour >= 12 ? "pm" : "am");
            case TZ -> appendZoneName(b, t);
            case FRAC_SECOND0, FRAC_SECOND9 -> appendNano(b, t.getNano(), std);
            default -> appendNumericZone(b, t.getOffset().getTotalSeconds(), std & MASK);
        }
    }

    private static void appendNumericZone(StringBuilder b, int offset, int std) {
        boolean iso = std == ISO8601_TZ || std == ISO8601_COLON_TZ || std == ISO8601_SECONDS_TZ
                || std == ISO8601_SHORT_TZ || std == ISO8601_COLON_SECONDS_TZ;
        // The Z variants mean "as ISO 8601 writes it": a zero offset is just Z.
        if (offset == 0 && iso) {
            b.append('Z');
            return;
        }
        int zone = offset / 60;
        int absOffset = offset;
        if (zone < 0) {
            b.append('-');
            zone = -zone;
            absOffset = -absOffset;
        } else {
            b.append('+');
        }
        appendInt(b, zone / 60, 2);
        boolean colon = std == ISO8601_COLON_TZ || std == NUM_COLON_TZ || std == ISO8601_COLON_SECONDS_TZ
                || std == NUM_COLON_SECONDS_TZ;
        if (colon) {
            b.append(':');
        }
        if (std != NUM_SHORT_TZ && std != ISO8601_SHORT_TZ) {
            appendInt(b, zone % 60, 2);
        }
        if (std == ISO8601_SECONDS_TZ || std == NUM_SECONDS_TZ || std == NUM_COLON_SECONDS_TZ
                || std == ISO8601_COLON_SECONDS_TZ) {
            if (std == NUM_COLON_SECONDS_TZ || std == ISO8601_COLON_SECONDS_TZ) {
                b.append(':');
            }
            appendInt(b, absOffset % 60, 2);
        }
    }

    private static void appendZoneName(StringBuilder b, ZonedDateTime t) {
        String name = GoZones.abbreviation(t);
        if (!name.isEmpty()) {
            b.append(name);
            return;
        }
        // No name known: Go prints the offset as -0700.
        int zone = t.getOffset().getTotalSeconds() / 60;
        if (zone < 0) {
            b.append('-');
            zone = -zone;
        } else {
            b.append('+');
        }
        appendInt(b, zone / 60, 2);
        appendInt(b, zone % 60, 2);
    }

    private static void appendNano(StringBuilder b, int nanos, int std) {
        boolean trim = (std & MASK) == FRAC_SECOND9;
        int digits = digits(std);
        if (trim && (digits == 0 || nanos == 0)) {
            return;
        }
        char dot = separator(std);
        int start = b.length();
        b.append(dot);
        appendInt(b, nanos, 9);
        if (digits < 9) {
            b.setLength(b.length() - 9 + digits);
        }
        if (trim) {
            int end = b.length();
            while (end > start && b.charAt(end - 1) == '0') {
                end--;
            }
            if (end > start && b.charAt(end - 1) == dot) {
                end--;
            }
            b.setLength(end);
        }
    }

    /** Go's appendInt: zero-padded to {@code width} digits, a minus sign in front of the padding. */
    private static void appendInt(StringBuilder b, long x, int width) {
        if (x < 0) {
            b.append('-');
            x = -x;
        }
        String digits = Long.toString(x);
        for (int i = digits.length(); i < width; i++) {
            b.append('0');
        }
        b.append(digits);
    }

    private static int goWeekday(DayOfWeek d) {
        return d.getValue() % 7;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Layout scanning

    /** One step of Go's nextStdChunk: literal text up to {@code prefixEnd}, an element, and where the rest starts. */
    private record Chunk(int prefixEnd, int std, int suffixStart) {
    }

    private static Chunk nextStdChunk(String layout) {
        int n = layout.length();
        for (int i = 0; i < n; i++) {
            char c = layout.charAt(i);
            switch (c) {
                case 'J' -> {
                    if (layout.startsWith("Jan", i)) {
                        if (layout.startsWith("January", i)) {
                            return new Chunk(i, LONG_MONTH, i + 7);
                        }
                        if (!startsWithLowerCase(layout, i + 3)) {
                            return new Chunk(i, MONTH, i + 3);
                        }
                    }
                }
                case 'M' -> {
                    if (layout.startsWith("Mon", i)) {
                        if (layout.startsWith("Monday", i)) {
                            return new Chunk(i, LONG_WEEKDAY, i + 6);
                        }
                        if (!startsWithLowerCase(layout, i + 3)) {
                            return new Chunk(i, WEEKDAY, i + 3);
                        }
                    }
                    if (layout.startsWith("MST", i)) {
                        return new Chunk(i, TZ, i + 3);
                    }
                }
                case '0' -> {
                    if (i + 1 < n && layout.charAt(i + 1) >= '1' && layout.charAt(i + 1) <= '6') {
                        return new Chunk(i, ZERO_X[layout.charAt(i + 1) - '1'], i + 2);
                    }
                    if (layout.startsWith("002", i)) {
                        return new Chunk(i, ZERO_YEAR_DAY, i + 3);
                    }
                }
                case '1' -> {
                    if (i + 1 < n && layout.charAt(i + 1) == '5') {
                        return new Chunk(i, HOUR, i + 2);
                    }
                    return new Chunk(i, NUM_MONTH, i + 1);
                }
                case '2' -> {
                    if (layout.startsWith("2006", i)) {
                        return new Chunk(i, LONG_YEAR, i + 4);
                    }
                    return new Chunk(i, DAY, i + 1);
                }
                case '_' -> {
                    if (i + 1 < n && layout.charAt(i + 1) == '2') {
                        // "_2006" is a literal underscore followed by the long year.
                        if (layout.startsWith("2006", i + 1)) {
                            return new Chunk(i + 1, LONG_YEAR, i + 5);
                        }
                        return new Chunk(i, UNDER_DAY, i + 2);
                    }
                    if (layout.startsWith("__2", i)) {
                        return new Chunk(i, UNDER_YEAR_DAY, i + 3);
                    }
                }
                case '3' -> {
                    return new Chunk(i, HOUR12, i + 1);
                }
                case '4' -> {
                    return new Chunk(i, MINUTE, i + 1);
                }
                case '5' -> {
                    return new Chunk(i, SECOND, i + 1);
                }
                case 'P' -> {
                    if (i + 1 < n && layout.charAt(i + 1) == 'M') {
                        return new Chunk(i, PM_UPPER, i + 2);
                    }
                }
                case 'p' -> {
                    if (i + 1 < n && layout.charAt(i + 1) == 'm') {
                        return new Chunk(i, PM_LOWER, i + 2);
                    }
                }
                case '-' -> {
                    if (layout.startsWith("-070000", i)) {
                        return new Chunk(i, NUM_SECONDS_TZ, i + 7);
                    }
                    if (layout.startsWith("-07:00:00", i)) {
                        return new Chunk(i, NUM_COLON_SECONDS_TZ, i + 9);
                    }
                    if (layout.startsWith("-0700", i)) {
                        return new Chunk(i, NUM_TZ, i + 5);
                    }
                    if (layout.startsWith("-07:00", i)) {
                        return new Chunk(i, NUM_COLON_TZ, i + 6);
                    }
                    if (layout.startsWith("-07", i)) {
                        return new Chunk(i, NUM_SHORT_TZ, i + 3);
                    }
                }
                case 'Z' -> {
                    if (layout.startsWith("Z070000", i)) {
                        return new Chunk(i, ISO8601_SECONDS_TZ, i + 7);
                    }
                    if (layout.startsWith("Z07:00:00", i)) {
                        return new Chunk(i, ISO8601_COLON_SECONDS_TZ, i + 9);
                    }
                    if (layout.startsWith("Z0700", i)) {
                        return new Chunk(i, ISO8601_TZ, i + 5);
                    }
                    if (layout.startsWith("Z07:00", i)) {
                        return new Chunk(i, ISO8601_COLON_TZ, i + 6);
                    }
                    if (layout.startsWith("Z07", i)) {
                        return new Chunk(i, ISO8601_SHORT_TZ, i + 3);
                    }
                }
                case '.', ',' -> {
                    // .000 / ,999: a fractional second, but only if no other digit follows the run.
                    if (i + 1 < n && (layout.charAt(i + 1) == '0' || layout.charAt(i + 1) == '9')) {
                        char ch = layout.charAt(i + 1);
                        int j = i + 1;
                        while (j < n && layout.charAt(j) == ch) {
                            j++;
                        }
                        if (!isDigit(layout, j)) {
                            int code = ch == '9' ? FRAC_SECOND9 : FRAC_SECOND0;
                            int std = code | ((j - (i + 1)) << DIGITS_SHIFT) | (c == ',' ? COMMA_FLAG : 0);
                            return new Chunk(i, std, j);
                        }
                    }
                }
                default -> {
                }
            }
        }
        return new Chunk(n, 0, n);
    }

    private static int digits(int std) {
        return (std & ~COMMA_FLAG) >>> DIGITS_SHIFT;
    }

    private static char separator(int std) {
        return (std & COMMA_FLAG) != 0 ? ',' : '.';
    }

    private static boolean startsWithLowerCase(String s, int i) {
        return i < s.length() && s.charAt(i) >= 'a' && s.charAt(i) <= 'z';
    }

    private static boolean isDigit(String s, int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    // ---------------------------------------------------------------------------------------------------------
    // Parsing

    /**
     * Go {@code time.Parse}: a value without zone information is UTC; an offset or abbreviation that matches the
     * process-local zone yields the local zone.
     */
    public static ZonedDateTime parse(String layout, String value) {
        return parse(layout, value, ZoneOffset.UTC, GoZones.local());
    }

    /**
     * Go {@code time.ParseInLocation}: a value without zone information is in {@code defaultZone}, and offsets or
     * abbreviations are resolved against that same zone.
     */
    public static ZonedDateTime parse(String layout, String value, ZoneId defaultZone) {
        return parse(layout, value, defaultZone, defaultZone);
    }

    /**
     * Go's internal {@code parse}: {@code defaultZone} applies when the value names no zone, {@code localZone}
     * is the zone whose offsets and abbreviations are recognised.
     *
     * @throws GoTimeException with Go's {@code parsing time ...} message
     */
    public static ZonedDateTime parse(String layout, String value, ZoneId defaultZone, ZoneId localZone) {
        return new Parser(layout, value).run(defaultZone, localZone);
    }

    /** The state of one parse, mirroring Go's local variables. */
    private static final class Parser {
        private final String alayout;
        private final String avalue;
        private boolean amSet;
        private boolean pmSet;
        private int year;
        private int month = -1;
        private int day = -1;
        private int yday = -1;
        private int hour;
        private int min;
        private int sec;
        private int nsec;
        private ZoneId z;
        private int zoneOffset = -1;
        private String zoneName = "";
        private String rangeErr = "";

        Parser(String layout, String value) {
            this.alayout = layout;
            this.avalue = value;
        }

        ZonedDateTime run(ZoneId defaultZone, ZoneId local) {
            String layout = alayout;
            String value = avalue;
            while (true) {
                Chunk c = nextStdChunk(layout);
                String prefix = layout.substring(0, c.prefixEnd);
                String stdstr = layout.substring(c.prefixEnd, c.suffixStart);
                String[] skipped = skip(value, prefix);
                value = skipped[0];
                if (skipped[1] != null) {
                    throw error(prefix, value, "");
                }
                if (c.std == 0) {
                    if (!value.isEmpty()) {
                        throw error("", value, ": extra text: " + GoQuote.quote(value));
                    }
                    break;
                }
                layout = layout.substring(c.suffixStart);
                String hold = value;
                String rest = element(c.std, value, layout);
                if (!rangeErr.isEmpty()) {
                    throw error(stdstr, rest == null ? hold : rest, ": " + rangeErr + " out of range");
                }
                if (rest == null) {
                    throw error(stdstr, hold, "");
                }
                value = rest;
            }
            return resolve(value, defaultZone, local);
        }

        private GoTimeException error(String layoutElem, String valueElem, String message) {
            if (message.isEmpty()) {
                return new GoTimeException("parsing time " + GoQuote.quote(avalue) + " as " + GoQuote.quote(alayout)
                        + ": cannot parse " + GoQuote.quote(valueElem) + " as " + GoQuote.quote(layoutElem));
            }
            return new GoTimeException("parsing time " + GoQuote.quote(avalue) + message);
        }

        /** Parses one element; returns the remaining value, or null for Go's errBad. */
        private String element(int std, String value, String layoutRest) {
            switch (std & MASK) {
                case YEAR -> {
                    if (value.length() < 2) {
                        return null;
                    }
                    Integer y = atoi(value.substring(0, 2));
                    if (y == null) {
                        return null;
                    }
                    year = y >= 69 ? y + 1900 : y + 2000;
                    return value.substring(2);
                }
                case LONG_YEAR -> {
                    if (value.length() < 4 || !isDigit(value, 0)) {
                        return null;
                    }
                    Integer y = atoi(value.substring(0, 4));
                    if (y == null) {
                        return null;
                    }
                    year = y;
                    return value.substring(4);
                }
                case MONTH, LONG_MONTH -> {
                    String[] table = (std & MASK) == MONTH ? SHORT_MONTHS : LONG_MONTHS;
                    int idx = lookup(table, value);
                    if (idx < 0) {
                        return null;
                    }
                    month = idx + 1;
                    return value.substring(table[idx].length());
                }
                case NUM_MONTH, ZERO_MONTH -> {
                    long r = getnum(value, (std & MASK) == ZERO_MONTH);
                    if (r < 0) {
                        return null;
                    }
                    month = numOf(r);
                    if (month <= 0 || month > 12) {
                        rangeErr = "month";
                    }
                    return value.substring(lenOf(r));
                }
                case WEEKDAY, LONG_WEEKDAY -> {
                    String[] table = (std & MASK) == WEEKDAY ? SHORT_DAYS : LONG_DAYS;
                    int idx = lookup(table, value);
                    return idx < 0 ? null : value.substring(table[idx].length());
                }
                case DAY, UNDER_DAY, ZERO_DAY -> {
                    if ((std & MASK) == UNDER_DAY && !value.isEmpty() && value.charAt(0) == ' ') {
                        value = value.substring(1);
                    }
                    long r = getnum(value, (std & MASK) == ZERO_DAY);
                    if (r < 0) {
                        return null;
                    }
                    // Any one- or two-digit day is accepted here; the date is validated at the end.
                    day = numOf(r);
                    return value.substring(lenOf(r));
                }
                case UNDER_YEAR_DAY, ZERO_YEAR_DAY -> {
                    for (int i = 0; i < 2; i++) {
                        if ((std & MASK) == UNDER_YEAR_DAY && !value.isEmpty() && value.charAt(0) == ' ') {
                            value = value.substring(1);
                        }
                    }
                    int n = 0;
                    int i = 0;
                    for (; i < 3 && isDigit(value, i); i++) {
                        n = n * 10 + value.charAt(i) - '0';
                    }
                    if (i == 0 || ((std & MASK) == ZERO_YEAR_DAY && i != 3)) {
                        return null;
                    }
                    yday = n;
                    return value.substring(i);
                }
                case HOUR -> {
                    long r = getnum(value, false);
                    if (r < 0) {
                        return null;
                    }
                    hour = numOf(r);
                    if (hour >= 24) {
                        rangeErr = "hour";
                    }
                    return value.substring(lenOf(r));
                }
                case HOUR12, ZERO_HOUR12 -> {
                    long r = getnum(value, (std & MASK) == ZERO_HOUR12);
                    if (r < 0) {
                        return null;
                    }
                    hour = numOf(r);
                    if (hour > 12) {
                        rangeErr = "hour";
                    }
                    return value.substring(lenOf(r));
                }
                case MINUTE, ZERO_MINUTE -> {
                    long r = getnum(value, (std & MASK) == ZERO_MINUTE);
                    if (r < 0) {
                        return null;
                    }
                    min = numOf(r);
                    if (min >= 60) {
                        rangeErr = "minute";
                    }
                    return value.substring(lenOf(r));
                }
                case SECOND, ZERO_SECOND -> {
                    long r = getnum(value, (std & MASK) == ZERO_SECOND);
                    if (r < 0) {
                        return null;
                    }
                    sec = numOf(r);
                    value = value.substring(lenOf(r));
                    if (sec >= 60) {
                        rangeErr = "second";
                        return value;
                    }
                    // Go quirk: a fraction after the seconds is consumed even if the layout has none.
                    if (value.length() >= 2 && commaOrPeriod(value.charAt(0)) && isDigit(value, 1)) {
                        int next = nextStdChunk(layoutRest).std & MASK;
                        if (next == FRAC_SECOND0 || next == FRAC_SECOND9) {
                            return value;
                        }
                        int n = 2;
                        while (n < value.length() && isDigit(value, n)) {
                            n++;
                        }
                        if (!parseNanoseconds(value, n)) {
                            return null;
                        }
                        return value.substring(n);
                    }
                    return value;
                }
                case PM_UPPER, PM_LOWER -> {
                    if (value.length() < 2) {
                        return null;
                    }
                    String p = value.substring(0, 2);
                    boolean upper = (std & MASK) == PM_UPPER;
                    if (p.equals(upper ? "PM" : "pm")) {
                        pmSet = true;
                    } else if (p.equals(upper ? "AM" : "am")) {
                        amSet = true;
                    } else {
                        return null;
                    }
                    return value.substring(2);
                }
                case ISO8601_TZ, ISO8601_SHORT_TZ, ISO8601_COLON_TZ, ISO8601_SECONDS_TZ, ISO8601_COLON_SECONDS_TZ -> {
                    if (!value.isEmpty() && value.charAt(0) == 'Z') {
                        z = ZoneOffset.UTC;
                        return value.substring(1);
                    }
                    return numericZone(std & MASK, value);
                }
                case NUM_TZ, NUM_SHORT_TZ, NUM_COLON_TZ, NUM_SECONDS_TZ, NUM_COLON_SECONDS_TZ -> {
                    return numericZone(std & MASK, value);
                }
                case TZ -> {
                    if (value.startsWith("UTC")) {
                        z = ZoneOffset.UTC;
                        return value.substring(3);
                    }
                    int n = parseTimeZone(value);
                    if (n <= 0) {
                        return null;
                    }
                    zoneName = value.substring(0, n);
                    return value.substring(n);
                }
                case FRAC_SECOND0 -> {
                    // Exactly as many digits as the layout has.
                    int ndigit = 1 + digits(std);
                    if (value.length() < ndigit) {
                        return null;
                    }
                    if (!parseNanoseconds(value, ndigit)) {
                        return null;
                    }
                    return value.substring(ndigit);
                }
                case FRAC_SECOND9 -> {
                    if (value.length() < 2 || !commaOrPeriod(value.charAt(0)) || !isDigit(value, 1)) {
                        return value; // fraction omitted
                    }
                    // Any number of digits, even more than the layout asks for.
                    int i = 0;
                    while (i + 1 < value.length() && isDigit(value, i + 1)) {
                        i++;
                    }
                    if (!parseNanoseconds(value, 1 + i)) {
                        return null;
                    }
                    return value.substring(1 + i);
                }
                default -> throw new IllegalStateException("unknown layout element " + std);
            }
        }

        private String numericZone(int std, String value) {
            String sign;
            String hh;
            String mm;
            String ss;
            String rest;
            if (std == ISO8601_COLON_TZ || std == NUM_COLON_TZ) {
                if (value.length() < 6 || value.charAt(3) != ':') {
                    return null;
                }
                sign = value.substring(0, 1);
                hh = value.substring(1, 3);
                mm = value.substring(4, 6);
                ss = "00";
                rest = value.substring(6);
            } else if (std == NUM_SHORT_TZ || std == ISO8601_SHORT_TZ) {
                if (value.length() < 3) {
                    return null;
                }
                sign = value.substring(0, 1);
                hh = value.substring(1, 3);
                mm = "00";
                ss = "00";
                rest = value.substring(3);
            } else if (std == ISO8601_COLON_SECONDS_TZ || std == NUM_COLON_SECONDS_TZ) {
                if (value.length() < 9 || value.charAt(3) != ':' || value.charAt(6) != ':') {
                    return null;
                }
                sign = value.substring(0, 1);
                hh = value.substring(1, 3);
                mm = value.substring(4, 6);
                ss = value.substring(7, 9);
                rest = value.substring(9);
            } else if (std == ISO8601_SECONDS_TZ || std == NUM_SECONDS_TZ) {
                if (value.length() < 7) {
                    return null;
                }
                sign = value.substring(0, 1);
                hh = value.substring(1, 3);
                mm = value.substring(3, 5);
                ss = value.substring(5, 7);
                rest = value.substring(7);
            } else {
                if (value.length() < 5) {
                    return null;
                }
                sign = value.substring(0, 1);
                hh = value.substring(1, 3);
                mm = value.substring(3, 5);
                ss = "00";
                rest = value.substring(5);
            }
            long h = getnum(hh, true);
            long m = h < 0 ? -1 : getnum(mm, true);
            long s = m < 0 ? -1 : getnum(ss, true);
            int hr = h < 0 ? 0 : numOf(h);
            int mi = m < 0 ? 0 : numOf(m);
            int se = s < 0 ? 0 : numOf(s);
            // Go compares with > rather than >=: offsets of 24 hours or 60 minutes are written in the wild.
            if (hr > 24) {
                rangeErr = "time zone offset hour";
            }
            if (mi > 60) {
                rangeErr = "time zone offset minute";
            }
            if (se > 60) {
                rangeErr = "time zone offset second";
            }
            zoneOffset = (hr * 60 + mi) * 60 + se;
            boolean bad = h < 0 || m < 0 || s < 0;
            switch (sign.charAt(0)) {
                case '+' -> {
                }
                case '-' -> zoneOffset = -zoneOffset;
                default -> bad = true;
            }
            return bad ? null : rest;
        }

        private boolean parseNanoseconds(String value, int nbytes) {
            if (!commaOrPeriod(value.charAt(0))) {
                return false;
            }
            if (nbytes > 10) {
                nbytes = 10;
            }
            Integer ns = atoi(value.substring(1, nbytes));
            if (ns == null) {
                return false;
            }
            if (ns < 0) {
                rangeErr = "fractional second";
                return true;
            }
            int n = ns;
            for (int i = 0; i < 10 - nbytes; i++) {
                n *= 10;
            }
            nsec = n;
            return true;
        }

        private ZonedDateTime resolve(String value, ZoneId defaultZone, ZoneId local) {
            if (pmSet && hour < 12) {
                hour += 12;
            } else if (amSet && hour == 12) {
                hour = 0;
            }
            if (yday >= 0) {
                int d = 0;
                int m = 0;
                if (Year.isLeap(year)) {
                    if (yday == 31 + 29) {
                        m = 2;
                        d = 29;
                    } else if (yday > 31 + 29) {
                        yday--;
                    }
                }
                if (yday < 1 || yday > 365) {
                    throw error("", value, ": day-of-year out of range");
                }
                if (m == 0) {
                    m = (yday - 1) / 31 + 1;
                    if (DAYS_BEFORE[m] < yday) {
                        m++;
                    }
                    d = yday - DAYS_BEFORE[m - 1];
                }
                if (month >= 0 && month != m) {
                    throw error("", value, ": day-of-year does not match month");
                }
                month = m;
                if (day >= 0 && day != d) {
                    throw error("", value, ": day-of-year does not match day");
                }
                day = d;
            } else {
                if (month < 0) {
                    month = 1;
                }
                if (day < 0) {
                    day = 1;
                }
            }
            if (day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
                throw error("", value, ": day out of range");
            }
            if (z != null) {
                return GoDates.date(year, month, day, hour, min, sec, nsec, z);
            }
            if (zoneOffset != -1) {
                ZonedDateTime utc = GoDates.date(year, month, day, hour, min, sec, nsec, ZoneOffset.UTC)
                        .minusSeconds(zoneOffset);
                // An offset the local zone had at that instant means the local zone.
                ZonedDateTime inLocal = utc.withZoneSameInstant(local);
                if (inLocal.getOffset().getTotalSeconds() == zoneOffset
                        && (zoneName.isEmpty() || GoZones.abbreviation(inLocal).equals(zoneName))) {
                    return inLocal;
                }
                return utc.withZoneSameInstant(GoZones.fixedZone(zoneName, zoneOffset));
            }
            if (!zoneName.isEmpty()) {
                ZonedDateTime utc = GoDates.date(year, month, day, hour, min, sec, nsec, ZoneOffset.UTC);
                OptionalInt offset = GoZones.lookupName(local, zoneName, utc.toEpochSecond());
                if (offset.isPresent()) {
                    return utc.minusSeconds(offset.getAsInt()).withZoneSameInstant(local);
                }
                int fake = 0;
                if (zoneName.length() > 3 && zoneName.startsWith("GMT")) {
                    Integer hours = atoi(zoneName.substring(3));
                    fake = hours == null ? 0 : hours * 3600;
                }
                // Go quirk: the wall clock was read as UTC and the fabricated zone is attached to that instant,
                // so "GMT+3" shifts the displayed wall clock by three hours.
                return utc.withZoneSameInstant(GoZones.fixedZone(zoneName, fake));
            }
            return GoDates.date(year, month, day, hour, min, sec, nsec, defaultZone);
        }
    }

    /** Go's skip: returns {remaining value, null} or {remaining value, "bad"}; spaces match any run of spaces. */
    private static String[] skip(String value, String prefix) {
        while (!prefix.isEmpty()) {
            if (prefix.charAt(0) == ' ') {
                if (!value.isEmpty() && value.charAt(0) != ' ') {
                    return new String[] {value, "bad"};
                }
                prefix = cutSpace(prefix);
                value = cutSpace(value);
                continue;
            }
            if (value.isEmpty() || value.charAt(0) != prefix.charAt(0)) {
                return new String[] {value, "bad"};
            }
            prefix = prefix.substring(1);
            value = value.substring(1);
        }
        return new String[] {value, null};
    }

    private static String cutSpace(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return s.substring(i);
    }

    /** Go's getnum: one or two digits ({@code fixed} demands two); packs (length << 32 | value), or -1. */
    private static long getnum(String s, boolean fixed) {
        if (!isDigit(s, 0)) {
            return -1;
        }
        if (!isDigit(s, 1)) {
            if (fixed) {
                return -1;
            }
            return (1L << 32) | (s.charAt(0) - '0');
        }
        return (2L << 32) | ((s.charAt(0) - '0') * 10L + (s.charAt(1) - '0'));
    }

    private static int numOf(long packed) {
        return (int) packed;
    }

    private static int lenOf(long packed) {
        return (int) (packed >>> 32);
    }

    /** Go's atoi: optional sign then digits only; null on any other text (an empty digit string is 0). */
    private static Integer atoi(String s) {
        boolean neg = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        long x = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            x = x * 10 + (c - '0');
            if (x > Integer.MAX_VALUE) {
                return null;
            }
        }
        return (int) (neg ? -x : x);
    }

    /** Go's case-insensitive (ASCII letters only) prefix lookup in a name table. */
    private static int lookup(String[] table, String value) {
        for (int i = 0; i < table.length; i++) {
            String v = table[i];
            if (value.length() >= v.length() && matchFold(value, v)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matchFold(String value, String name) {
        for (int i = 0; i < name.length(); i++) {
            char c1 = value.charAt(i);
            char c2 = name.charAt(i);
            if (c1 != c2) {
                c1 |= 'a' - 'A';
                c2 |= 'a' - 'A';
                if (c1 != c2 || c1 < 'a' || c1 > 'z') {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean commaOrPeriod(char c) {
        return c == '.' || c == ',';
    }

    /** Go's parseTimeZone: the length of a zone abbreviation at the start of value, or 0. */
    private static int parseTimeZone(String value) {
        if (value.length() < 3) {
            return 0;
        }
        if (value.startsWith("ChST") || value.startsWith("MeST")) {
            return 4;
        }
        if (value.startsWith("GMT")) {
            return 3 + (value.length() == 3 ? 0 : parseSignedOffset(value.substring(3)));
        }
        if (value.charAt(0) == '+' || value.charAt(0) == '-') {
            return parseSignedOffset(value);
        }
        int upper = 0;
        while (upper < 6 && upper < value.length() && value.charAt(upper) >= 'A' && value.charAt(upper) <= 'Z') {
            upper++;
        }
        return switch (upper) {
            case 3 -> 3;
            case 4 -> value.charAt(3) == 'T' || value.startsWith("WITA") ? 4 : 0;
            case 5 -> value.charAt(4) == 'T' ? 5 : 0;
            default -> 0;
        };
    }

    /** Go's parseSignedOffset: {@code +3} / {@code -11} up to 12 hours; the consumed length or 0. */
    private static int parseSignedOffset(String value) {
        char sign = value.charAt(0);
        if (sign != '-' && sign != '+') {
            return 0;
        }
        int i = 1;
        long x = 0;
        while (i < value.length() && isDigit(value, i)) {
            x = x * 10 + value.charAt(i) - '0';
            if (x > 1_000_000) {
                return 0;
            }
            i++;
        }
        if (i == 1 || x > 12) {
            return 0;
        }
        return i;
    }
}

package io.camelbenthos.bloblang.go;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;

/**
 * C-style {@code %Y-%m-%d} formatting and parsing with the exact behaviour of
 * {@code github.com/itchyny/timefmt-go} (v0.1.8), which Benthos uses for {@code ts_strftime} and
 * {@code ts_strptime}. That includes its glibc extensions: padding flags ({@code %-d}, {@code %_d}, {@code %0e}),
 * widths ({@code %10A}), case flags ({@code %^a}, {@code %#Z}), {@code %:z %::z %:::z}, {@code %f} (microseconds),
 * {@code %s}, {@code %+}, ISO weeks ({@code %G %g %V}) and composed directives ({@code %F %T %c %D %R %r %v %x %X}).
 * Unknown directives are written literally. java.time's DateTimeFormatter is deliberately not used: its padding,
 * locale and zone-name rules differ.
 */
public final class GoStrftime {
    /** Padding byte flags, as in the library: bit 7 marks an explicit padding flag, 0x80 alone means "none". */
    private static final int NO_PADDING = 0x80;
    private static final int MASK = 0x7f;
    private static final int MAX_WIDTH = 1024;

    private static final String[] AM_PM = {"AM", "PM"};

    private GoStrftime() {
    }

    // ---------------------------------------------------------------------------------------------------------
    // Format

    /** {@code timefmt.Format(t, format)}: never fails; unknown directives are copied literally. */
    public static String format(ZonedDateTime t, String format) {
        StringBuilder buf = new StringBuilder(format.length() + 16);
        int year = t.getYear();
        int month = t.getMonthValue();
        int day = t.getDayOfMonth();
        int hour = t.getHour();
        int minute = t.getMinute();
        int second = t.getSecond();
        int weekday = t.getDayOfWeek().getValue() % 7;
        int yday = t.getDayOfYear();
        int n = format.length();
        int colons = 0;
        String pending = "";
        for (int i = 0; i < n; i++) {
            char b = format.charAt(i);
            if (b != '%') {
                buf.append(b);
                continue;
            }
            if (++i == n) {
                buf.append('%');
                break;
            }
            b = format.charAt(i);
            int width = 0;
            int padding = '0';
            boolean upper = false;
            boolean swap = false;
            directive:
            while (true) {
                switch (b) {
                    case '-', '_', '^', '#', '0' -> {
                        if (b == '-' && !pending.isEmpty()) {
                            buf.append('-');
                            break;
                        }
                        if (++i == n) {
                            appendLast(buf, format, width, padding);
                            return buf.toString();
                        }
                        switch (b) {
                            case '-' -> padding = NO_PADDING;
                            case '_' -> padding = ' ' | NO_PADDING;
                            case '^' -> upper = true;
                            case '#' -> swap = true;
                            default -> padding = '0' | NO_PADDING;
                        }
                        b = format.charAt(i);
                        continue directive;
                    }
                    case '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
                        width = b & 0x0f;
                        for (i++; i < n; i++) {
                            b = format.charAt(i);
                            if (b >= '0' && b <= '9') {
                                width = Math.min(width * 10 + (b & 0x0f), MAX_WIDTH);
                            } else {
                                break;
                            }
                        }
                        if (padding == NO_PADDING) {
                            padding = ' ' | NO_PADDING;
                        }
                        if (i == n) {
                            appendLast(buf, format, width, padding);
                            return buf.toString();
                        }
                        continue directive;
                    }
                    case 'Y' -> appendInt(buf, year, or(width, 4), padding);
                    case 'y' -> appendInt(buf, Math.abs(year % 100), Math.max(width, 2), padding);
                    case 'C' -> {
                        int c = year / 100;
                        boolean negativeZero = year < 0 && c == 0;
                        appendInt(buf, negativeZero ? -1 : c, Math.max(width, 2), padding);
                        if (negativeZero) {
                            buf.setCharAt(buf.length() - 1, '0'); // "-0" for years -1..-99
                        }
                    }
                    case 'g' -> appendInt(buf, Math.abs(isoYear(t) % 100), Math.max(width, 2), padding);
                    case 'G' -> appendInt(buf, isoYear(t), or(width, 4), padding);
                    case 'm' -> appendInt(buf, month, Math.max(width, 2), padding);
                    case 'B' -> appendString(buf, GoTimeLayout.LONG_MONTHS[month - 1], width, padding, upper, swap);
                    case 'b', 'h' -> appendString(buf, GoTimeLayout.SHORT_MONTHS[month - 1], width, padding, upper, swap);
                    case 'A' -> appendString(buf, GoTimeLayout.LONG_DAYS[weekday], width, padding, upper, swap);
                    case 'a' -> appendString(buf, GoTimeLayout.SHORT_DAYS[weekday], width, padding, upper, swap);
                    case 'w' -> appendInt(buf, weekday, width, padding);
                    case 'u' -> appendInt(buf, or(weekday, 7), width, padding);
                    case 'V' -> appendInt(buf, t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), Math.max(width, 2), padding);
                    case 'U' -> appendInt(buf, (yday + 6 - weekday) / 7, Math.max(width, 2), padding);
                    case 'W' -> {
                        int week = yday;
                        if (weekday > 0) {
                            week -= weekday - 7;
                        }
                        appendInt(buf, week / 7, Math.max(width, 2), padding);
                    }
                    case 'e', 'd' -> {
                        if (b == 'e' && padding < NO_PADDING) {
                            padding = ' ';
                        }
                        appendInt(buf, day, Math.max(width, 2), padding);
                    }
                    case 'j' -> appendInt(buf, yday, Math.max(width, 3), padding);
                    case 'k', 'H' -> {
                        if (b == 'k' && padding < NO_PADDING) {
                            padding = ' ';
                        }
                        appendInt(buf, hour, Math.max(width, 2), padding);
                    }
                    case 'l', 'I' -> {
                        if (b == 'l' && padding < NO_PADDING) {
                            padding = ' ';
                        }
                        appendInt(buf, or(hour % 12, 12), Math.max(width, 2), padding);
                    }
                    case 'P', 'p' -> {
                        if (b == 'P') {
                            swap = !(upper || swap); // %P is the lower-case %p
                        }
                        appendString(buf, hour < 12 ? "AM" : "PM", width, padding, upper, swap);
                    }
                    case 'M' -> appendInt(buf, minute, Math.max(width, 2), padding);
                    case 'S' -> appendInt(buf, second, Math.max(width, 2), padding);
                    case 's' -> {
                        if (padding < NO_PADDING) {
                            padding = ' ';
                        }
                        appendInt(buf, t.toEpochSecond(), width, padding);
                    }
                    case 'f' -> appendInt(buf, t.getNano() / 1000, or(width, 6), padding);
                    case 'Z', 'z' -> {
                        appendZone(buf, t, b, width, padding, upper, swap, colons);
                        colons = 0;
                    }
                    case ':' -> {
                        if (!pending.isEmpty()) {
                            buf.append(':');
                            break;
                        }
                        colons = 1;
                        boolean gotoZ = false;
                        for (i++; i < n; i++) {
                            char c = format.charAt(i);
                            if (c == ':') {
                                colons++;
                            } else if (c == 'z') {
                                if (colons > 3) {
                                    i++;
                                } else {
                                    gotoZ = true;
                                }
                                break;
                            } else {
                                break;
                            }
                        }
                        if (gotoZ) {
                            b = 'z';
                            continue directive;
                        }
                        appendLast(buf, format.substring(0, i), width, padding);
                        i--;
                        colons = 0;
                    }
                    case 't' -> appendString(buf, "\t", width, padding, false, false);
                    case 'n' -> appendString(buf, "\n", width, padding, false, false);
                    case '%' -> appendString(buf, "%", width, padding, false, false);
                    case 'c' -> {
                        pending = "a b e H:M:S Y";
                        swap = false;
                    }
                    case '+' -> {
                        pending = "a b e H:M:S Z Y";
                        swap = false;
                    }
                    case 'v' -> {
                        pending = "e-b-Y";
                        swap = false;
                    }
                    case 'r' -> {
                        pending = "I:M:S p";
                        swap = false;
                    }
                    case 'F' -> pending = "Y-m-d";
                    case 'D', 'x' -> pending = "m/d/y";
                    case 'T', 'X' -> pending = "H:M:S";
                    case 'R' -> pending = "H:M";
                    default -> {
                        if (pending.isEmpty()) {
                            appendLast(buf, format.substring(0, i), width - 1, padding);
                        }
                        buf.append(b);
                    }
                }
                if (pending.isEmpty()) {
                    break;
                }
                // Composed directives expand one character at a time, keeping the case flags.
                b = pending.charAt(0);
                pending = pending.substring(1);
                width = 0;
                padding = '0';
            }
        }
        return buf.toString();
    }

    private static void appendZone(StringBuilder buf, ZonedDateTime t, char b, int width, int padding,
            boolean upper, boolean swap, int colons) {
        String name = GoZones.abbreviation(t);
        if (b == 'Z' && !name.isEmpty()) {
            appendString(buf, name, width, padding, upper, swap);
            return;
        }
        int offset = t.getOffset().getTotalSeconds();
        int i = buf.length();
        if (padding != NO_PADDING) {
            for (; width > 1; width--) {
                buf.append((char) (padding & MASK));
            }
        }
        int j = buf.length();
        if (offset < 0) {
            buf.append('-');
            offset = -offset;
        } else {
            buf.append('+');
        }
        int k = buf.length();
        appendInt(buf, offset / 3600, 2, padding);
        if (buf.charAt(k) == ' ') {
            // "+ 5" becomes " +5".
            buf.setCharAt(k, buf.charAt(k - 1));
            buf.setCharAt(k - 1, ' ');
        }
        offset %= 3600;
        if (colons <= 2 || offset != 0) {
            if (colons != 0) {
                buf.append(':');
            }
            appendInt(buf, offset / 60, 2, '0');
            offset %= 60;
            if (colons == 2 || (colons == 3 && offset != 0)) {
                buf.append(':');
                appendInt(buf, offset, 2, '0');
            }
        }
        // The width padding was written up front; drop what the offset itself already fills.
        int extra = Math.min(buf.length() - j - 1, j - i);
        if (extra > 0) {
            buf.delete(j - extra, j);
            if ((padding & MASK) == '0') {
                char first = buf.charAt(i);
                buf.setCharAt(i, buf.charAt(j - extra));
                buf.setCharAt(j - extra, first);
            }
        }
    }

    /** The library's appendInt/appendInt64: padded to width; with zero padding a minus sign goes first. */
    private static void appendInt(StringBuilder buf, long num, int width, int padding) {
        String digits = Long.toString(num);
        if (padding == NO_PADDING || digits.length() >= width) {
            buf.append(digits);
            return;
        }
        char pad = (char) (padding & MASK);
        int fill = width - digits.length();
        if (num < 0 && pad == '0') {
            buf.append('-');
            buf.append("0".repeat(fill));
            buf.append(digits, 1, digits.length());
            return;
        }
        buf.append(String.valueOf(pad).repeat(fill)).append(digits);
    }

    private static void appendString(StringBuilder buf, String str, int width, int padding, boolean upper,
            boolean swap) {
        if (width > str.length() && padding != NO_PADDING) {
            char pad = padding < NO_PADDING ? ' ' : (char) (padding & MASK);
            buf.append(String.valueOf(pad).repeat(width - str.length()));
        }
        // The library flips ASCII case with bit operations, which is what these byte tricks reproduce.
        if (swap && str.charAt(str.length() - 1) < 'a') {
            for (int i = 0; i < str.length(); i++) {
                buf.append((char) (str.charAt(i) | 0x20));
            }
        } else if (swap || upper) {
            for (int i = 0; i < str.length(); i++) {
                char c = str.charAt(i);
                buf.append(c < 0x80 ? (char) (c & 0x5f) : c);
            }
        } else {
            buf.append(str);
        }
    }

    /** Writes the text from the last {@code %} of {@code format} on: how unknown or cut-off directives print. */
    private static void appendLast(StringBuilder buf, String format, int width, int padding) {
        int i = format.lastIndexOf('%');
        if (i >= 0) {
            appendString(buf, format.substring(i), width, padding, false, false);
        }
    }

    private static int or(int x, int y) {
        return x != 0 ? x : y;
    }

    private static int isoYear(ZonedDateTime t) {
        return t.get(IsoFields.WEEK_BASED_YEAR);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Parse

    /**
     * {@code timefmt.Parse(source, format)}: values without a zone are UTC; {@code %Z} names are resolved against
     * the process-local zone.
     *
     * @throws GoTimeException {@code failed to parse "src" with "fmt": <reason>}
     */
    public static ZonedDateTime parse(String source, String format) {
        return parse(source, format, ZoneOffset.UTC, GoZones.local());
    }

    /** {@code timefmt.ParseInLocation}: the zone is both the default and the one {@code %Z} is resolved in. */
    public static ZonedDateTime parse(String source, String format, ZoneId zone) {
        return parse(source, format, zone, zone);
    }

    /** The library's internal parse with a default zone and a base zone for {@code %Z}. */
    public static ZonedDateTime parse(String source, String format, ZoneId defaultZone, ZoneId base) {
        try {
            return new StrptimeParser(source, format, defaultZone, base).run();
        } catch (ReasonException e) {
            throw new GoTimeException("failed to parse " + GoStrconv.quote(source) + " with "
                    + GoStrconv.quote(format) + ": " + e.getMessage());
        }
    }

    /** The reason part of a strptime failure, wrapped with the source and format by {@link #parse}. */
    private static final class ReasonException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReasonException(String reason) {
            super(reason, null, false, false);
        }
    }

    /** One strptime run, mirroring the library's local state. */
    private static final class StrptimeParser {
        private final String source;
        private final String format;
        private final ZoneId base;
        private ZoneId loc;
        private int year = 1900;
        private int month = 1;
        private int day;
        private int hour;
        private int minute;
        private int second;
        private int nanosecond;
        private int j;
        private int week;
        private int weekday;
        private int yday;
        private int colons;
        private int century = -1;
        private int weekstart = -1;
        private boolean pm;
        private boolean hasIsoYear;
        private boolean hasZoneName;
        private boolean hasZoneOffset;

        StrptimeParser(String source, String format, ZoneId loc, ZoneId base) {
            this.source = source;
            this.format = format;
            this.loc = loc;
            this.base = base;
        }

        ZonedDateTime run() {
            int l = source.length();
            String pending = "";
            for (int i = 0; i < format.length(); i++) {
                char b = format.charAt(i);
                if (b != '%') {
                    expectLiteral(b);
                    continue;
                }
                if (++i == format.length()) {
                    throw new ReasonException("stray \"%\"");
                }
                b = format.charAt(i);
                directive:
                while (true) {
                    switch (b) {
                        case 'G', 'Y' -> {
                            if (b == 'G') {
                                hasIsoYear = true;
                            }
                            int sign = parseSign();
                            year = parseInt(4, 0, 9999, b) * sign;
                        }
                        case 'g', 'y' -> {
                            if (b == 'g') {
                                hasIsoYear = true;
                            }
                            year = parseInt(2, 0, 99, b);
                            year += year < 69 ? 2000 : 1900;
                        }
                        case 'C' -> {
                            if (parseSign() < 0) {
                                throw new ReasonException("negative century is not supported for \"%C\"");
                            }
                            century = parseInt(2, 0, 99, 'C');
                        }
                        case 'm' -> month = parseInt(2, 1, 12, 'm');
                        case 'B' -> month = parseAny(GoTimeLayout.LONG_MONTHS, 'B');
                        case 'b', 'h' -> month = parseAny(GoTimeLayout.SHORT_MONTHS, b);
                        case 'A' -> weekday = parseAny(GoTimeLayout.LONG_DAYS, 'A');
                        case 'a' -> weekday = parseAny(GoTimeLayout.SHORT_DAYS, 'a');
                        case 'w' -> weekday = parseInt(1, 0, 6, 'w') + 1;
                        case 'u' -> weekday = parseInt(1, 1, 7, 'u') % 7 + 1;
                        case 'V' -> {
                            week = parseInt(2, 1, 53, b);
                            weekstart = 4; // Thursday
                            weekday = or(weekday, 2);
                        }
                        case 'U' -> {
                            week = parseInt(2, 0, 53, b);
                            weekstart = 0; // Sunday
                            weekday = or(weekday, 1);
                        }
                        case 'W' -> {
                            week = parseInt(2, 0, 53, b);
                            weekstart = 1; // Monday
                            weekday = or(weekday, 2);
                        }
                        case 'e', 'd' -> {
                            if (b == 'e') {
                                skipOneSpace();
                            }
                            day = parseInt(2, 1, 31, b);
                        }
                        case 'j' -> yday = parseInt(3, 1, 366, 'j');
                        case 'k', 'H' -> {
                            if (b == 'k') {
                                skipOneSpace();
                            }
                            hour = parseInt(2, 0, 23, b);
                        }
                        case 'l', 'I' -> {
                            if (b == 'l') {
                                skipOneSpace();
                            }
                            hour = parseInt(2, 1, 12, b);
                            if (hour == 12) {
                                hour = 0;
                            }
                        }
                        case 'P', 'p' -> pm = parseAny(AM_PM, b) == 2;
                        case 'M' -> minute = parseInt(2, 0, 59, 'M');
                        case 'S' -> second = parseInt(2, 0, 60, 'S');
                        case 's' -> {
                            int sign = parseSign();
                            long unix = parseInt64(19, 's');
                            ZonedDateTime t = GoDates.fromUnix(sign * unix, 0, ZoneOffset.UTC);
                            year = t.getYear();
                            month = t.getMonthValue();
                            day = t.getDayOfMonth();
                            hour = t.getHour();
                            minute = t.getMinute();
                            second = t.getSecond();
                        }
                        case 'f' -> {
                            int start = j;
                            int micros = parseInt(6, 0, 999_999, 'f');
                            for (int digits = j - start; digits < 6; digits++) {
                                micros *= 10;
                            }
                            nanosecond = micros * 1000;
                        }
                        case 'Z' -> parseZoneName();
                        case 'z' -> parseZoneOffset(l);
                        case ':' -> {
                            if (!pending.isEmpty()) {
                                expectLiteral(b);
                                break;
                            }
                            for (colons = 1; colons <= 3; colons++) {
                                if (++i == format.length()) {
                                    break;
                                }
                                b = format.charAt(i);
                                if (b == 'z') {
                                    continue directive;
                                }
                                if (b != ':' || colons == 3) {
                                    break;
                                }
                            }
                            throw new ReasonException("expected 'z' after \"%" + ":::".substring(3 - colons) + "\"");
                        }
                        case 't', 'n' -> {
                            int start = j;
                            while (j < l && " \t\n\u000b\f\r".indexOf(source.charAt(j)) >= 0) {
                                j++;
                            }
                            if (start == j) {
                                throw new ReasonException("expected a space for \"%" + b + "\"");
                            }
                        }
                        case '%' -> expectLiteral(b);
                        case 'c' -> pending = "a b e H:M:S Y";
                        case '+' -> pending = "a b e H:M:S Z Y";
                        case 'v' -> pending = "e-b-Y";
                        case 'r' -> pending = "I:M:S p";
                        case 'F' -> pending = "Y-m-d";
                        case 'D', 'x' -> pending = "m/d/y";
                        case 'T', 'X' -> pending = "H:M:S";
                        case 'R' -> pending = "H:M";
                        default -> {
                            if (pending.isEmpty()) {
                                throw new ReasonException("unexpected format \"%" + b + "\"");
                            }
                            expectLiteral(b);
                        }
                    }
                    if (pending.isEmpty()) {
                        break;
                    }
                    b = pending.charAt(0);
                    pending = pending.substring(1);
                }
            }
            if (j < l) {
                throw new ReasonException("unparsed string " + GoStrconv.quote(source.substring(j)));
            }
            return build();
        }

        private ZonedDateTime build() {
            if (pm) {
                hour += 12;
            }
            if (century >= 0) {
                year = century * 100 + year % 100;
            }
            if (day == 0) {
                if (yday > 0) {
                    if (hasIsoYear) {
                        throw new ReasonException("use \"%Y\" to parse non-ISO year for \"%j\"");
                    }
                    return GoDates.date(year, 1, yday, hour, minute, second, nanosecond, loc);
                }
                if (weekstart >= 0) {
                    if (weekstart == 4) {
                        if (!hasIsoYear) {
                            throw new ReasonException("use \"%G\" to parse ISO year for \"%V\"");
                        }
                    } else if (hasIsoYear) {
                        throw new ReasonException("use \"%Y\" to parse non-ISO year for \"%U\" or \"%W\"");
                    }
                    if (weekstart > 0 && weekday == 1) {
                        week++;
                    }
                    ZonedDateTime t = GoDates.date(year, 1, -weekstart, hour, minute, second, nanosecond, loc);
                    int tWeekday = t.getDayOfWeek().getValue() % 7;
                    return GoDates.addDate(t, 0, 0, week * 7L - tWeekday + weekday - 1);
                }
                day = 1;
            }
            return GoDates.date(year, month, day, hour, minute, second, nanosecond, loc);
        }

        private void parseZoneName() {
            int start = j;
            while (j < source.length() && source.charAt(j) >= 'A' && source.charAt(j) <= 'Z') {
                j++;
            }
            String name = source.substring(start, j);
            ZonedDateTime t;
            try {
                t = GoTimeLayout.parse("MST", name, base, base);
            } catch (GoTimeException e) {
                throw new ReasonException("cannot parse " + GoStrconv.quote(name) + " with \"%Z\"");
            }
            if (hasZoneOffset) {
                loc = GoZones.fixedZone(GoZones.abbreviation(t), locationOffset(loc));
            } else {
                loc = t.getZone();
            }
            hasZoneName = true;
        }

        private void parseZoneOffset(int l) {
            if (j >= l) {
                throw zFormatError(colons);
            }
            int sign = 1;
            switch (source.charAt(j)) {
                case '-', '+' -> {
                    if (source.charAt(j) == '-') {
                        sign = -1;
                    }
                    int i = j + 1;
                    int[] r = tryParseInt(i, 2, 0, 23);
                    if (r == null || r[1] != i + 2) {
                        throw zFormatError(colons);
                    }
                    int h = r[0];
                    j = r[1];
                    if (j >= l || source.charAt(j) != ':') {
                        if (colons > 0 && colons < 3) {
                            throw colonError(colons);
                        }
                    } else {
                        j++;
                        if (colons == 0) {
                            colons = 4; // a plain %z also accepts +hh:mm
                        }
                    }
                    i = j;
                    int m = 0;
                    int s = 0;
                    r = tryParseInt(i, 2, 0, 59);
                    if (r == null || r[1] != i + 2) {
                        if (colons > 0 && colons != 3) {
                            throw zFormatError(colons & 3);
                        }
                        j = i;
                    } else {
                        m = r[0];
                        j = r[1];
                        if (colons > 1) {
                            if (j >= l || source.charAt(j) != ':') {
                                if (colons < 3) {
                                    throw colonError(colons);
                                }
                            } else {
                                i = j + 1;
                                r = tryParseInt(i, 2, 0, 59);
                                if (r == null || r[1] != i + 2) {
                                    if (colons < 3) {
                                        throw zFormatError(colons);
                                    }
                                    j = i - 1;
                                } else {
                                    s = r[0];
                                    j = r[1];
                                }
                            }
                        }
                    }
                    String name = hasZoneName ? locationName(loc) : "";
                    loc = GoZones.fixedZone(name, sign * ((h * 60 + m) * 60 + s));
                    colons = 0;
                    hasZoneOffset = true;
                }
                case 'Z' -> {
                    loc = ZoneOffset.UTC;
                    colons = 0;
                    j++;
                }
                default -> throw zFormatError(colons);
            }
        }

        private static ReasonException zFormatError(int colons) {
            return new ReasonException("cannot parse \"%" + ":::z".substring(3 - colons) + "\"");
        }

        private static ReasonException colonError(int colons) {
            return new ReasonException("expected ':' for \"%" + ":::z".substring(3 - colons) + "\"");
        }

        /** The library's locationZone: the zone's name and offset on 2000-01-01. */
        private static String locationName(ZoneId zone) {
            return GoZones.abbreviation(GoDates.date(2000, 1, 1, 0, 0, 0, 0, zone));
        }

        private static int locationOffset(ZoneId zone) {
            return GoDates.date(2000, 1, 1, 0, 0, 0, 0, zone).getOffset().getTotalSeconds();
        }

        private void expectLiteral(char b) {
            if (j >= source.length() || source.charAt(j) != b) {
                throw new ReasonException("expected " + GoStrconv.quoteRune(b));
            }
            j++;
        }

        private void skipOneSpace() {
            if (j < source.length() && source.charAt(j) == ' ') {
                j++;
            }
        }

        private int parseSign() {
            if (j < source.length() && source.charAt(j) == '-') {
                j++;
                return -1;
            }
            return 1;
        }

        private int parseInt(int size, int minimum, int maximum, char directive) {
            int[] r = tryParseInt(j, size, minimum, maximum);
            if (r == null) {
                throw new ReasonException("cannot parse \"%" + directive + "\"");
            }
            j = r[1];
            return r[0];
        }

        /** Up to {@code size} digits in range at {@code index}: {value, end}, or null. */
        private int[] tryParseInt(int index, int size, int minimum, int maximum) {
            int value = 0;
            int i = index;
            int end = Math.min(i + size, source.length());
            for (; i < end; i++) {
                char c = source.charAt(i);
                if (c < '0' || c > '9') {
                    break;
                }
                value = value * 10 + (c - '0');
            }
            if (i == index || value < minimum || value > maximum) {
                return null;
            }
            return new int[] {value, i};
        }

        private long parseInt64(int size, char directive) {
            long value = 0;
            int i = j;
            int end = Math.min(i + size, source.length());
            for (; i < end; i++) {
                char c = source.charAt(i);
                if (c < '0' || c > '9') {
                    break;
                }
                value = value * 10 + (c - '0');
            }
            if (i == j) {
                throw new ReasonException("cannot parse \"%" + directive + "\"");
            }
            j = i;
            return value;
        }

        /** Case-insensitive (loosely, by bit 0x20, as the library compares) match of one of the candidates. */
        private int parseAny(String[] candidates, char directive) {
            candidates:
            for (int c = 0; c < candidates.length; c++) {
                String xs = candidates[c];
                int k = j;
                for (int x = 0; x < xs.length(); x++, k++) {
                    if (k >= source.length()) {
                        continue candidates;
                    }
                    char a = xs.charAt(x);
                    char s = source.charAt(k);
                    if (a != s && (a | 0x20) != (s | 0x20)) {
                        continue candidates;
                    }
                }
                j = k;
                return c + 1;
            }
            throw new ReasonException("cannot parse \"%" + directive + "\"");
        }
    }
}

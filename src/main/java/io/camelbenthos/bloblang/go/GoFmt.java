package io.camelbenthos.bloblang.go;

import io.camelbenthos.bloblang.value.Deleted;
import io.camelbenthos.bloblang.value.JsonNumber;
import io.camelbenthos.bloblang.value.Nothing;
import io.camelbenthos.bloblang.value.UInt64;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Go's {@code fmt.Sprintf} applied to Bloblang values, as {@code "...".format(...)} does upstream. Each Java value is
 * printed as the Go value Benthos would hold (see {@link #goTypeName(Object)}): {@code Long} is {@code int64},
 * {@code JsonNumber} is {@code json.Number} (a string type with a {@code String()} method, so {@code %d} of it is
 * {@code %!d(json.Number=30)}), lists are {@code []interface {}}, objects {@code map[string]interface {}} printed with
 * sorted keys, timestamps {@code time.Time}.
 *
 * <p>Known divergence: verbs that make Go print the internals of a {@code time.Time} struct (e.g. {@code %d}) print
 * {@code %!d(time.Time=<String()>)} instead, and {@code %p} is always a bad verb (no addresses here).
 */
public final class GoFmt {
    private GoFmt() {
    }

    /** Go's {@code fmt.Sprintf(format, args...)}. */
    public static String sprintf(String format, List<?> args) {
        return new GoPrinter().sprintf(format, args);
    }

    /** Go's {@code fmt.Sprintf(format, args...)}. */
    public static String sprintf(String format, Object... args) {
        return sprintf(format, java.util.Arrays.asList(args));
    }

    /** Go's {@code fmt.Sprint(v)}, i.e. {@code %v}. */
    public static String sprint(Object v) {
        return sprintf("%v", java.util.Collections.singletonList(v));
    }

    /** Go's {@code reflect.TypeOf(v).String()} for the Go value Benthos would hold; {@code <nil>} for null. */
    public static String goTypeName(Object v) {
        if (v == null) {
            return "<nil>";
        }
        if (v instanceof String) {
            return "string";
        } else if (v instanceof Long) {
            return "int64";
        } else if (v instanceof Double) {
            return "float64";
        } else if (v instanceof Boolean) {
            return "bool";
        } else if (v instanceof JsonNumber) {
            return "json.Number";
        } else if (v instanceof byte[]) {
            return "[]uint8";
        } else if (v instanceof Map) {
            return "map[string]interface {}";
        } else if (v instanceof List) {
            return "[]interface {}";
        } else if (v instanceof ZonedDateTime) {
            return "time.Time";
        } else if (v instanceof Integer) {
            return "int32";
        } else if (v instanceof Float) {
            return "float32";
        } else if (v instanceof UInt64) {
            return "uint64";
        } else if (v instanceof Short) {
            return "int16";
        } else if (v instanceof Byte) {
            return "int8";
        } else if (v instanceof Deleted) {
            return "value.Delete";
        } else if (v instanceof Nothing) {
            return "value.Nothing";
        }
        return v.getClass().getSimpleName();
    }

    private static final DateTimeFormatter TIME_STRING_BASE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

    /**
     * Go's {@code time.Time.String()}: {@code 2006-01-02 15:04:05.999999999 -0700 MST}. The fraction is dropped when
     * zero and trimmed of trailing zeros. The zone abbreviation is {@code UTC} for UTC, the numeric offset for a
     * fixed offset (Go's unnamed zone), and Java's short zone name for a region (close to Go's tzdata names).
     */
    public static String timeString(ZonedDateTime t) {
        StringBuilder sb = new StringBuilder(40);
        int year = t.getYear();
        if (year < 0 || year > 9999) {
            sb.append(year);
            sb.append(t.format(DateTimeFormatter.ofPattern("-MM-dd HH:mm:ss", Locale.ROOT)));
        } else {
            sb.append(t.format(TIME_STRING_BASE));
        }
        int nanos = t.getNano();
        if (nanos != 0) {
            String frac = String.format(Locale.ROOT, "%09d", nanos);
            int end = frac.length();
            while (frac.charAt(end - 1) == '0') {
                end--;
            }
            sb.append('.').append(frac, 0, end);
        }
        String offset = numericOffset(t.getOffset());
        sb.append(' ').append(offset).append(' ').append(zoneAbbreviation(t, offset));
        return sb.toString();
    }

    private static String numericOffset(ZoneOffset offset) {
        int secs = offset.getTotalSeconds();
        char sign = secs < 0 ? '-' : '+';
        int abs = Math.abs(secs);
        return String.format(Locale.ROOT, "%c%02d%02d", sign, abs / 3600, (abs / 60) % 60);
    }

    private static String zoneAbbreviation(ZonedDateTime t, String numericOffset) {
        ZoneId zone = t.getZone();
        if (isUtc(zone)) {
            return "UTC";
        }
        if (zone instanceof ZoneOffset) {
            return numericOffset; // Go prints the -0700 form for a zone without a name
        }
        return t.format(DateTimeFormatter.ofPattern("zzz", Locale.ROOT));
    }

    private static boolean isUtc(ZoneId zone) {
        String id = zone.getId();
        return zone.equals(ZoneOffset.UTC) || id.equals("UTC") || id.equals("Etc/UTC") || id.equals("Z");
    }

    /** Go's {@code time.Time.GoString()}: {@code time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)}. */
    public static String timeGoString(ZonedDateTime t) {
        String loc;
        if (isUtc(t.getZone())) {
            loc = "time.UTC";
        } else if (t.getZone().equals(ZoneId.systemDefault())) {
            loc = "time.Local";
        } else {
            loc = "time.Location(" + GoStrconv.quote(t.getZone() instanceof ZoneOffset ? "" : t.getZone().getId())
                    + ")";
        }
        return "time.Date(" + t.getYear() + ", time." + t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + ", " + t.getDayOfMonth() + ", " + t.getHour() + ", " + t.getMinute() + ", " + t.getSecond() + ", "
                + t.getNano() + ", " + loc + ")";
    }
}

package io.camelbenthos.bloblang.value;

import io.camelbenthos.bloblang.plugin.Errors;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** RFC 3339 text as Go's {@code time.RFC3339Nano} layout writes and reads it. */
public final class GoTime {
    /** Go's layout string, quoted in parse errors. */
    public static final String RFC3339_NANO = "2006-01-02T15:04:05.999999999Z07:00";

    private GoTime() {
    }

    /** {@code 2006-01-02T15:04:05.999999999Z07:00}: fraction without trailing zeros, {@code Z} for a zero offset. */
    public static String formatRfc3339Nano(ZonedDateTime t) {
        StringBuilder sb = new StringBuilder(35);
        int year = t.getYear();
        if (year < 0) {
            sb.append('-');
            year = -year;
        }
        pad(sb, year, 4);
        sb.append('-');
        pad(sb, t.getMonthValue(), 2);
        sb.append('-');
        pad(sb, t.getDayOfMonth(), 2);
        sb.append('T');
        pad(sb, t.getHour(), 2);
        sb.append(':');
        pad(sb, t.getMinute(), 2);
        sb.append(':');
        pad(sb, t.getSecond(), 2);
        int nano = t.getNano();
        if (nano != 0) {
            sb.append('.');
            int start = sb.length();
            pad(sb, nano, 9);
            int end = sb.length();
            while (sb.charAt(end - 1) == '0') {
                end--;
            }
            sb.setLength(Math.max(end, start));
        }
        int off = t.getOffset().getTotalSeconds();
        if (off == 0) {
            sb.append('Z');
        } else {
            sb.append(off < 0 ? '-' : '+');
            int a = Math.abs(off) / 60;
            pad(sb, a / 60, 2);
            sb.append(':');
            pad(sb, a % 60, 2);
        }
        return sb.toString();
    }

    private static void pad(StringBuilder sb, int v, int width) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(s);
    }

    /**
     * Go {@code time.Parse(time.RFC3339Nano, s)} for well-formed input; errors read like Go's
     * ({@code parsing time "x" as "2006-01-02T15:04:05.999999999Z07:00": cannot parse "x" as "2006"}).
     */
    public static ZonedDateTime parseRfc3339(String s) {
        try {
            int i = 0;
            int year = digits(s, i, 4, "2006");
            i += 4;
            expect(s, i++, '-', "-");
            int month = digits(s, i, 2, "01");
            i += 2;
            expect(s, i++, '-', "-");
            int day = digits(s, i, 2, "02");
            i += 2;
            expect(s, i++, 'T', "T");
            int hour = digits(s, i, 2, "15");
            i += 2;
            expect(s, i++, ':', ":");
            int min = digits(s, i, 2, "04");
            i += 2;
            expect(s, i++, ':', ":");
            int sec = digits(s, i, 2, "05");
            i += 2;
            int nano = 0;
            if (i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
                int j = i + 1;
                while (j < s.length() && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                String frac = s.substring(i + 1, j);
                if (frac.isEmpty()) {
                    throw new ParseFail(s.substring(i), ".999999999");
                }
                nano = Integer.parseInt((frac + "000000000").substring(0, 9));
                i = j;
            }
            if (i >= s.length()) {
                throw new ParseFail("", "Z07:00");
            }
            ZoneOffset zone;
            char c = s.charAt(i);
            if (c == 'Z') {
                zone = ZoneOffset.UTC;
                i++;
            } else if (c == '+' || c == '-') {
                if (s.length() < i + 6 || s.charAt(i + 3) != ':') {
                    throw new ParseFail(s.substring(i), "Z07:00");
                }
                int oh = digits(s, i + 1, 2, "Z07:00");
                int om = digits(s, i + 4, 2, "Z07:00");
                zone = ZoneOffset.ofHoursMinutes(c == '-' ? -oh : oh, c == '-' ? -om : om);
                i += 6;
            } else {
                throw new ParseFail(s.substring(i), "Z07:00");
            }
            if (i != s.length()) {
                throw Errors.failure("parsing time " + GoQuote.quote(s) + ": extra text: " + GoQuote.quote(s.substring(i)));
            }
            return ZonedDateTime.of(LocalDateTime.of(year, month, day, hour, min, sec, nano), zone);
        } catch (ParseFail f) {
            throw Errors.failure("parsing time " + GoQuote.quote(s) + " as " + GoQuote.quote(RFC3339_NANO)
                    + ": cannot parse " + GoQuote.quote(f.rest) + " as " + GoQuote.quote(f.elem));
        } catch (DateTimeException e) {
            throw Errors.failure("parsing time " + GoQuote.quote(s) + ": " + e.getMessage());
        }
    }

    private static int digits(String s, int at, int n, String elem) {
        if (s.length() < at + n) {
            throw new ParseFail(s.substring(Math.min(at, s.length())), elem);
        }
        int v = 0;
        for (int k = 0; k < n; k++) {
            char c = s.charAt(at + k);
            if (c < '0' || c > '9') {
                throw new ParseFail(s.substring(at), elem);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static void expect(String s, int at, char c, String elem) {
        if (at >= s.length() || s.charAt(at) != c) {
            throw new ParseFail(s.substring(Math.min(at, s.length())), elem);
        }
    }

    /** Internal signal for a layout mismatch. */
    private static final class ParseFail extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String rest;
        final String elem;

        ParseFail(String rest, String elem) {
            super(null, null, false, false);
            this.rest = rest;
            this.elem = elem;
        }
    }
}

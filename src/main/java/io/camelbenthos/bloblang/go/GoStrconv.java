package io.camelbenthos.bloblang.go;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Go's {@code strconv} package, the parts Bloblang exposes: float formatting ({@code FormatFloat}), Go-syntax quoting
 * ({@code Quote}, {@code QuoteToASCII}, {@code QuoteRune}, {@code Unquote}) and number parsing ({@code ParseInt},
 * {@code ParseUint}, {@code ParseFloat}, {@code ParseBool}) with Go's exact error texts, plus the float64 writer of
 * {@code encoding/json}.
 *
 * <p>Written from Go's documented behaviour; Java's {@code Double.toString}, {@code String.format} and
 * {@code Long.parseLong} all differ from Go in visible ways (exponent style, shortest digits on JDK 17, prefixes,
 * underscores, error texts).
 */
public final class GoStrconv {
    private static final String LOWER_HEX = "0123456789abcdef";

    private GoStrconv() {
    }

    // ------------------------------------------------------------------------------------------------ FormatFloat

    /** Decimal digits of |f| = 0.d[0]d[1]...d[nd-1] x 10^dp; no leading or trailing zeros; zero has nd = 0. */
    private record Digits(String d, int dp) {
        int nd() {
            return d.length();
        }

        char at(int i) {
            return d.charAt(i);
        }
    }

    /**
     * Go's {@code strconv.FormatFloat(f, fmt, prec, bitSize)} for {@code fmt} in {@code e E f g G}, plus the binary
     * forms {@code b} ({@code 4503599627370496p-52}) and {@code x X} ({@code 0x1p+00}).
     *
     * @param prec digits after the point for e/f, significant digits for g; {@code -1} = shortest round-trip
     * @param bitSize 64 for float64, 32 to format {@code (float) f} as Go formats a float32
     */
    public static String formatFloat(double f, char fmt, int prec, int bitSize) {
        if (bitSize != 32 && bitSize != 64) {
            throw new IllegalArgumentException("strconv: illegal AppendFloat/FormatFloat bitSize");
        }
        if (bitSize == 32) {
            f = (float) f;
        }
        if (Double.isNaN(f)) {
            return "NaN";
        }
        if (Double.isInfinite(f)) {
            return f > 0 ? "+Inf" : "-Inf";
        }
        boolean neg = (Double.doubleToRawLongBits(f) < 0);
        if (fmt == 'b' || fmt == 'x' || fmt == 'X') {
            return GoFloatBits.format(f, fmt, prec, bitSize);
        }
        double abs = Math.abs(f);
        Digits digs;
        boolean shortest = prec < 0;
        if (shortest) {
            digs = shortestDigits(abs, bitSize);
            switch (fmt) {
                case 'e', 'E' -> prec = Math.max(digs.nd() - 1, 0);
                case 'f' -> prec = Math.max(digs.nd() - digs.dp(), 0);
                case 'g', 'G' -> prec = digs.nd();
                default -> throw unsupportedFormat(fmt);
            }
        } else {
            switch (fmt) {
                case 'e', 'E' -> digs = roundSignificant(abs, prec + 1);
                case 'f' -> digs = roundFixed(abs, prec);
                case 'g', 'G' -> {
                    if (prec == 0) {
                        prec = 1;
                    }
                    digs = roundSignificant(abs, prec);
                }
                default -> throw unsupportedFormat(fmt);
            }
        }
        StringBuilder sb = new StringBuilder(24);
        if (neg) {
            sb.append('-');
        }
        switch (fmt) {
            case 'e', 'E' -> fmtE(sb, digs, prec, fmt);
            case 'f' -> fmtF(sb, digs, prec);
            default -> {
                int eprec = prec;
                if (eprec > digs.nd() && digs.nd() >= digs.dp()) {
                    eprec = digs.nd();
                }
                // %e is used if the exponent from the conversion is less than -4 or greater than or equal to the
                // precision; for shortest output Go decides with precision 6.
                if (shortest) {
                    eprec = 6;
                }
                int exp = digs.dp() - 1;
                if (exp < -4 || exp >= eprec) {
                    if (prec > digs.nd()) {
                        prec = digs.nd();
                    }
                    fmtE(sb, digs, prec - 1, fmt == 'g' ? 'e' : 'E');
                } else {
                    if (prec > digs.dp()) {
                        prec = digs.nd();
                    }
                    fmtF(sb, digs, Math.max(prec - digs.dp(), 0));
                }
            }
        }
        return sb.toString();
    }

    /** {@code FormatFloat(f, 'g', -1, 64)}: what Bloblang's {@code .string()} writes for a float64. */
    public static String formatFloat(double f) {
        return formatFloat(f, 'g', -1, 64);
    }

    private static IllegalArgumentException unsupportedFormat(char fmt) {
        return new IllegalArgumentException("unsupported float format '" + fmt + "'");
    }

    /**
     * Go {@code encoding/json}'s float64 encoding: shortest digits, {@code 'f'} style for 1e-6 <= |f| < 1e21,
     * otherwise {@code 'e'} with a two-digit negative exponent shortened ({@code 1e-07} -> {@code 1e-7}).
     *
     * @throws IllegalArgumentException {@code json: unsupported value: NaN} for NaN and infinities, as Go
     */
    public static String formatJsonFloat(double f) {
        return formatJsonFloat(f, 64);
    }

    /** {@link #formatJsonFloat(double)} for a float32 value when {@code bitSize == 32}. */
    public static String formatJsonFloat(double f, int bitSize) {
        if (Double.isNaN(f) || Double.isInfinite(f)) {
            throw new IllegalArgumentException("json: unsupported value: " + formatFloat(f, 'g', -1, bitSize));
        }
        char fmt = 'f';
        if (bitSize == 32) {
            float abs = Math.abs((float) f);
            if (abs != 0 && (abs < 1e-6f || abs >= 1e21f)) {
                fmt = 'e';
            }
        } else {
            double abs = Math.abs(f);
            if (abs != 0 && (abs < 1e-6 || abs >= 1e21)) {
                fmt = 'e';
            }
        }
        String s = formatFloat(f, fmt, -1, bitSize);
        if (fmt == 'e') {
            int n = s.length();
            if (n >= 4 && s.charAt(n - 4) == 'e' && s.charAt(n - 3) == '-' && s.charAt(n - 2) == '0') {
                s = s.substring(0, n - 2) + s.charAt(n - 1);
            }
        }
        return s;
    }

    /**
     * The shortest digit string that parses back to exactly {@code abs} (Go's Ryu-based shortest mode). Candidates
     * are the correctly rounded n-digit decimals; at a power of two the rounding interval is lopsided, so the
     * neighbour on the wider side is tried as well. Round-trip is checked with Java's correctly rounded parser,
     * whose half-even tie rule matches Go's inclusive-interval rule for even mantissas.
     */
    private static Digits shortestDigits(double abs, int bitSize) {
        if (abs == 0) {
            return new Digits("", 0);
        }
        BigDecimal exact = new BigDecimal(abs);
        // Java's toString round-trips, so its digit count is an upper bound (on JDK 17 it is not always minimal).
        int upper = significantDigits(bitSize == 32 ? Float.toString((float) abs) : Double.toString(abs));
        Digits best = null;
        for (int n = upper; n >= 1; n--) {
            Digits d = roundTripping(exact, n, abs, bitSize);
            if (d == null) {
                break; // fewer digits cannot work either: any n-digit decimal is also an (n+1)-digit one
            }
            best = d;
        }
        if (best == null) {
            // Defensive: should not happen, toString's digits always round-trip.
            for (int n = upper + 1; best == null && n <= 17; n++) {
                best = roundTripping(exact, n, abs, bitSize);
            }
        }
        return best;
    }

    private static Digits roundTripping(BigDecimal exact, int n, double abs, int bitSize) {
        BigDecimal nearest = exact.round(new MathContext(n, RoundingMode.HALF_EVEN));
        if (parsesTo(nearest, abs, bitSize)) {
            return toDigits(nearest);
        }
        BigDecimal other = exact.round(new MathContext(n,
                nearest.compareTo(exact) < 0 ? RoundingMode.CEILING : RoundingMode.FLOOR));
        if (parsesTo(other, abs, bitSize)) {
            return toDigits(other);
        }
        return null;
    }

    private static boolean parsesTo(BigDecimal candidate, double abs, int bitSize) {
        String text = candidate.toString();
        return bitSize == 32 ? Float.parseFloat(text) == (float) abs : Double.parseDouble(text) == abs;
    }

    private static int significantDigits(String javaText) {
        int n = 0;
        boolean leading = true;
        int lastNonZero = 0;
        for (int i = 0; i < javaText.length(); i++) {
            char c = javaText.charAt(i);
            if (c == 'E') {
                break;
            }
            if (c >= '0' && c <= '9') {
                if (leading && c == '0') {
                    continue;
                }
                leading = false;
                n++;
                if (c != '0') {
                    lastNonZero = n;
                }
            }
        }
        return Math.max(lastNonZero, 1);
    }

    private static Digits roundSignificant(double abs, int digits) {
        if (abs == 0) {
            return new Digits("", 0);
        }
        return toDigits(new BigDecimal(abs).round(new MathContext(digits, RoundingMode.HALF_EVEN)));
    }

    private static Digits roundFixed(double abs, int fractionDigits) {
        return toDigits(new BigDecimal(abs).setScale(fractionDigits, RoundingMode.HALF_EVEN));
    }

    private static Digits toDigits(BigDecimal v) {
        if (v.signum() == 0) {
            return new Digits("", 0);
        }
        String unscaled = v.unscaledValue().toString();
        int dp = unscaled.length() - v.scale();
        int end = unscaled.length();
        while (end > 0 && unscaled.charAt(end - 1) == '0') {
            end--;
        }
        return new Digits(unscaled.substring(0, end), dp);
    }

    private static void fmtE(StringBuilder sb, Digits d, int prec, char fmt) {
        sb.append(d.nd() == 0 ? '0' : d.at(0));
        if (prec > 0) {
            sb.append('.');
            int i = 1;
            int m = Math.min(d.nd(), prec + 1);
            if (i < m) {
                sb.append(d.d(), i, m);
                i = m;
            }
            for (; i <= prec; i++) {
                sb.append('0');
            }
        }
        sb.append(fmt);
        int exp = d.nd() == 0 ? 0 : d.dp() - 1;
        if (exp < 0) {
            sb.append('-');
            exp = -exp;
        } else {
            sb.append('+');
        }
        if (exp < 10) {
            sb.append('0');
        }
        sb.append(exp);
    }

    private static void fmtF(StringBuilder sb, Digits d, int prec) {
        if (d.dp() > 0) {
            int m = Math.min(d.nd(), d.dp());
            sb.append(d.d(), 0, m);
            for (; m < d.dp(); m++) {
                sb.append('0');
            }
        } else {
            sb.append('0');
        }
        if (prec > 0) {
            sb.append('.');
            for (int i = 1; i <= prec; i++) {
                int j = d.dp() + i - 1;
                sb.append(j >= 0 && j < d.nd() ? d.at(j) : '0');
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ Quote

    /** Go's {@code strconv.Quote}: a double-quoted Go string literal; printable runes (Go's IsPrint) stay raw. */
    public static String quote(String s) {
        return quoteWith(GoUtf8.encode(s), '"', false);
    }

    /** {@link #quote(String)} over raw bytes: invalid UTF-8 bytes are written as {@code \xNN}. */
    public static String quote(byte[] s) {
        return quoteWith(s, '"', false);
    }

    /** Go's {@code strconv.QuoteToASCII}: like {@link #quote(String)} but every non-ASCII rune is escaped. */
    public static String quoteToASCII(String s) {
        return quoteWith(GoUtf8.encode(s), '"', true);
    }

    /** {@link #quoteToASCII(String)} over raw bytes. */
    public static String quoteToASCII(byte[] s) {
        return quoteWith(s, '"', true);
    }

    /** Go's {@code strconv.QuoteRune}: a single-quoted rune literal; invalid runes become {@code U+FFFD}. */
    public static String quoteRune(int r) {
        return quoteRune(r, false);
    }

    /** Go's {@code strconv.QuoteRuneToASCII}. */
    public static String quoteRuneToASCII(int r) {
        return quoteRune(r, true);
    }

    private static String quoteRune(int r, boolean asciiOnly) {
        if (!GoUtf8.validRune(r)) {
            r = GoUtf8.RUNE_ERROR;
        }
        StringBuilder sb = new StringBuilder(8).append('\'');
        appendEscapedRune(sb, r, '\'', asciiOnly);
        return sb.append('\'').toString();
    }

    private static String quoteWith(byte[] s, char quote, boolean asciiOnly) {
        StringBuilder sb = new StringBuilder(s.length + 2).append(quote);
        int i = 0;
        while (i < s.length) {
            long rw = GoUtf8.decodeRune(s, i, s.length);
            int r = GoUtf8.rune(rw);
            int width = GoUtf8.width(rw);
            if (width == 1 && r == GoUtf8.RUNE_ERROR) {
                sb.append("\\x").append(LOWER_HEX.charAt((s[i] >> 4) & 0xF)).append(LOWER_HEX.charAt(s[i] & 0xF));
            } else {
                appendEscapedRune(sb, r, quote, asciiOnly);
            }
            i += width;
        }
        return sb.append(quote).toString();
    }

    private static void appendEscapedRune(StringBuilder sb, int r, char quote, boolean asciiOnly) {
        if (r == quote || r == '\\') {
            sb.append('\\').append((char) r);
            return;
        }
        if (asciiOnly ? (r < 0x80 && isPrint(r)) : isPrint(r)) {
            sb.appendCodePoint(r);
            return;
        }
        switch (r) {
            case 0x07 -> sb.append("\\a");
            case '\b' -> sb.append("\\b");
            case '\f' -> sb.append("\\f");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            case 0x0B -> sb.append("\\v");
            default -> {
                if (r < ' ' || r == 0x7F) {
                    sb.append("\\x").append(LOWER_HEX.charAt((r >> 4) & 0xF)).append(LOWER_HEX.charAt(r & 0xF));
                } else {
                    if (!GoUtf8.validRune(r)) {
                        r = GoUtf8.RUNE_ERROR;
                    }
                    if (r < 0x10000) {
                        sb.append("\\u");
                        appendHex(sb, r, 4);
                    } else {
                        sb.append("\\U");
                        appendHex(sb, r, 8);
                    }
                }
            }
        }
    }

    private static void appendHex(StringBuilder sb, int v, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(LOWER_HEX.charAt((v >> shift) & 0xF));
        }
    }

    /**
     * Go's {@code strconv.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII space. Other spaces
     * (U+00A0, U+2028...), controls, format characters (U+00AD) and unassigned code points are not printable.
     * Java's Unicode tables stand in for Go's, so code points added in newer Unicode versions may differ.
     */
    public static boolean isPrint(int r) {
        if (r <= 0xFF) {
            if (r >= 0x20 && r <= 0x7E) {
                return true;
            }
            if (r >= 0xA1 && r <= 0xFF) {
                return r != 0xAD;
            }
            return false;
        }
        return switch (Character.getType(r)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                 Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                 Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION,
                 Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                 Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    // ------------------------------------------------------------------------------------------------ Unquote

    /**
     * Go's {@code strconv.Unquote} over a double-quoted, single-quoted or back-quoted literal. Bytes produced by
     * {@code \xNN} or octal escapes that do not form valid UTF-8 become {@code U+FFFD}; use
     * {@link #unquoteBytes(String)} to keep them.
     *
     * @throws IllegalArgumentException with message {@code invalid syntax} (Go's {@code strconv.ErrSyntax})
     */
    public static String unquote(String s) {
        return GoUtf8.string(unquoteBytes(s));
    }

    /** {@link #unquote(String)} returning the exact bytes of the result. */
    public static byte[] unquoteBytes(String literal) {
        byte[] s = GoUtf8.encode(literal);
        int n = s.length;
        if (n < 2) {
            throw syntaxError();
        }
        byte quote = s[0];
        if (quote != s[n - 1]) {
            throw syntaxError();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        if (quote == '`') {
            for (int i = 1; i < n - 1; i++) {
                if (s[i] == '`') {
                    throw syntaxError();
                }
                if (s[i] != '\r') { // Go drops carriage returns from raw strings
                    out.write(s[i]);
                }
            }
            return out.toByteArray();
        }
        if (quote != '"' && quote != '\'') {
            throw syntaxError();
        }
        int i = 1;
        int end = n - 1;
        int runes = 0;
        while (i < end) {
            int c = s[i] & 0xFF;
            if (c == quote || c == '\n') {
                throw syntaxError();
            }
            if (c != '\\') {
                int width = GoUtf8.width(GoUtf8.decodeRune(s, i, end));
                out.write(s, i, width);
                i += width;
                runes++;
                continue;
            }
            if (i + 1 >= end) {
                throw syntaxError();
            }
            char e = (char) (s[i + 1] & 0xFF);
            i += 2;
            switch (e) {
                case 'a' -> out.write(0x07);
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(0x0B);
                case '\\' -> out.write('\\');
                case '\'', '"' -> {
                    if (e != quote) {
                        throw syntaxError();
                    }
                    out.write(e);
                }
                case 'x', 'u', 'U' -> {
                    int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    if (i + len > end) {
                        throw syntaxError();
                    }
                    int v = 0;
                    for (int k = 0; k < len; k++) {
                        int h = Character.digit(s[i + k] & 0xFF, 16);
                        if (h < 0) {
                            throw syntaxError();
                        }
                        v = (v << 4) | h;
                    }
                    i += len;
                    if (e == 'x') {
                        out.write(v); // a single byte, possibly not UTF-8
                    } else {
                        if (!GoUtf8.validRune(v)) {
                            throw syntaxError();
                        }
                        GoUtf8.appendRune(out, v);
                    }
                }
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    if (i + 2 > end) {
                        throw syntaxError();
                    }
                    for (int k = 0; k < 2; k++) {
                        int o = (s[i + k] & 0xFF) - '0';
                        if (o < 0 || o > 7) {
                            throw syntaxError();
                        }
                        v = (v << 3) | o;
                    }
                    i += 2;
                    if (v > 255) {
                        throw syntaxError();
                    }
                    out.write(v);
                }
                default -> throw syntaxError();
            }
            runes++;
        }
        if (quote == '\'' && runes != 1) {
            throw syntaxError();
        }
        return out.toByteArray();
    }

    private static IllegalArgumentException syntaxError() {
        return new IllegalArgumentException("invalid syntax");
    }

    // ------------------------------------------------------------------------------------------------ Parse

    /**
     * Go's {@code strconv.ParseInt}. {@code base} 0 detects {@code 0x}/{@code 0o}/{@code 0b}/leading-{@code 0}
     * octal prefixes and allows {@code _} digit separators; {@code bitSize} 0 means 64.
     *
     * @throws GoNumError e.g. {@code strconv.ParseInt: parsing "x": invalid syntax} or {@code value out of range}
     */
    public static long parseInt(String s, int base, int bitSize) {
        if (s.isEmpty()) {
            throw GoNumError.syntax("ParseInt", s);
        }
        boolean neg = false;
        String digits = s;
        if (s.charAt(0) == '+') {
            digits = s.substring(1);
        } else if (s.charAt(0) == '-') {
            neg = true;
            digits = s.substring(1);
        }
        long un;
        boolean overflow = false;
        try {
            un = parseUint(digits, base, bitSize);
        } catch (GoNumError e) {
            if (e.kind() != GoNumError.Kind.RANGE) {
                throw new GoNumError("ParseInt", s, e.kind(), e.causeText());
            }
            un = -1L;
            overflow = true;
        }
        if (bitSize == 0) {
            bitSize = 64;
        }
        long cutoff = 1L << (bitSize - 1); // as unsigned
        if (overflow || (!neg && Long.compareUnsigned(un, cutoff) >= 0)
                || (neg && Long.compareUnsigned(un, cutoff) > 0)) {
            throw GoNumError.range("ParseInt", s);
        }
        return neg ? -un : un;
    }

    /** Go's {@code strconv.Atoi} (64-bit {@code int}): {@code ParseInt(s, 10, 0)}, its errors naming {@code Atoi}. */
    public static long atoi(String s) {
        try {
            return parseInt(s, 10, 0);
        } catch (GoNumError e) {
            throw new GoNumError("Atoi", s, e.kind(), e.causeText());
        }
    }

    /**
     * Go's {@code strconv.ParseUint}; the result's bits are the unsigned value (use
     * {@link Long#toUnsignedString(long)} to print it).
     */
    public static long parseUint(String s, int base, int bitSize) {
        final String fn = "ParseUint";
        if (s.isEmpty()) {
            throw GoNumError.syntax(fn, s);
        }
        boolean base0 = base == 0;
        String s0 = s;
        if (base == 0) {
            base = 10;
            if (s.charAt(0) == '0') {
                char p = s.length() >= 3 ? Character.toLowerCase(s.charAt(1)) : 0;
                if (p == 'b') {
                    base = 2;
                    s = s.substring(2);
                } else if (p == 'o') {
                    base = 8;
                    s = s.substring(2);
                } else if (p == 'x') {
                    base = 16;
                    s = s.substring(2);
                } else {
                    base = 8;
                    s = s.substring(1);
                }
            }
        } else if (base < 2 || base > 36) {
            throw GoNumError.other(fn, s0, "invalid base " + base);
        }
        if (bitSize == 0) {
            bitSize = 64;
        } else if (bitSize < 0 || bitSize > 64) {
            throw GoNumError.other(fn, s0, "invalid bit size " + bitSize);
        }
        long maxVal = bitSize == 64 ? -1L : (1L << bitSize) - 1;
        long cutoff = Long.divideUnsigned(-1L, base) + 1;
        boolean underscores = false;
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d;
            if (c == '_' && base0) {
                underscores = true;
                continue;
            } else if (c >= '0' && c <= '9') {
                d = c - '0';
            } else if (Character.toLowerCase(c) >= 'a' && Character.toLowerCase(c) <= 'z' && c < 0x80) {
                d = Character.toLowerCase(c) - 'a' + 10;
            } else {
                throw GoNumError.syntax(fn, s0);
            }
            if (d >= base) {
                throw GoNumError.syntax(fn, s0);
            }
            if (Long.compareUnsigned(n, cutoff) >= 0) {
                throw GoNumError.range(fn, s0);
            }
            n *= base;
            long n1 = n + d;
            if (Long.compareUnsigned(n1, n) < 0 || Long.compareUnsigned(n1, maxVal) > 0) {
                throw GoNumError.range(fn, s0);
            }
            n = n1;
        }
        if (underscores && !underscoreOK(s0)) {
            throw GoNumError.syntax(fn, s0);
        }
        return n;
    }

    /** Go's rule for {@code _} separators: only between digits, or after a base prefix. */
    private static boolean underscoreOK(String s) {
        char saw = '^';
        int i = 0;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            s = s.substring(1);
        }
        boolean hex = false;
        if (s.length() >= 2 && s.charAt(0) == '0') {
            char p = Character.toLowerCase(s.charAt(1));
            if (p == 'b' || p == 'o' || p == 'x') {
                i = 2;
                saw = '0';
                hex = p == 'x';
            }
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            char lc = Character.toLowerCase(c);
            if ((c >= '0' && c <= '9') || (hex && lc >= 'a' && lc <= 'f')) {
                saw = '0';
                continue;
            }
            if (c == '_') {
                if (saw != '0') {
                    return false;
                }
                saw = '_';
                continue;
            }
            if (saw == '_') {
                return false;
            }
            saw = '!';
        }
        return saw != '_';
    }

    /**
     * Go's {@code strconv.ParseFloat}: decimal and hexadecimal ({@code 0x1.8p3}) literals with optional {@code _}
     * separators, {@code inf}/{@code infinity}/{@code nan} in any case. Overflow is a range error.
     */
    public static double parseFloat(String s, int bitSize) {
        final String fn = "ParseFloat";
        Double special = parseSpecial(s);
        if (special != null) {
            return special;
        }
        String cleaned = validateFloatSyntax(s);
        if (cleaned == null) {
            throw GoNumError.syntax(fn, s);
        }
        double v;
        if (bitSize == 32) {
            v = Float.parseFloat(cleaned);
        } else {
            v = Double.parseDouble(cleaned);
        }
        if (Double.isInfinite(v)) {
            throw GoNumError.range(fn, s);
        }
        return v;
    }

    private static Double parseSpecial(String s) {
        if (s.isEmpty()) {
            return null;
        }
        int i = 0;
        double sign = 1;
        char c = s.charAt(0);
        if (c == '+' || c == '-') {
            sign = c == '-' ? -1 : 1;
            i = 1;
        }
        String rest = s.substring(i).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (i == 0 && rest.equals("nan")) {
            return Double.NaN;
        }
        return null;
    }

    /** Returns the literal in a form Java's parser accepts (no underscores), or null if Go would reject it. */
    private static String validateFloatSyntax(String s) {
        int i = 0;
        int n = s.length();
        StringBuilder out = new StringBuilder(n + 2);
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            out.append(s.charAt(i));
            i++;
        }
        boolean hex = false;
        if (i + 2 < n && s.charAt(i) == '0' && Character.toLowerCase(s.charAt(i + 1)) == 'x') {
            hex = true;
            out.append("0x");
            i += 2;
        }
        boolean underscores = false;
        boolean sawDot = false;
        boolean sawDigits = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                underscores = true;
            } else if (c == '.') {
                if (sawDot) {
                    return null;
                }
                sawDot = true;
                out.append(c);
            } else if ((c >= '0' && c <= '9') || (hex && Character.digit(c, 16) >= 0 && c < 0x80)) {
                sawDigits = true;
                out.append(c);
            } else {
                break;
            }
        }
        if (!sawDigits) {
            return null;
        }
        boolean sawExp = false;
        if (i < n) {
            char e = Character.toLowerCase(s.charAt(i));
            if (e != (hex ? 'p' : 'e')) {
                return null;
            }
            out.append(e);
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                out.append(s.charAt(i));
                i++;
            }
            boolean expDigits = false;
            for (; i < n; i++) {
                char c = s.charAt(i);
                if (c == '_') {
                    underscores = true;
                } else if (c >= '0' && c <= '9') {
                    expDigits = true;
                    out.append(c);
                } else {
                    return null;
                }
            }
            if (!expDigits) {
                return null;
            }
            sawExp = true;
        }
        if (hex && !sawExp) {
            return null; // Go: hexadecimal mantissa requires a 'p' exponent
        }
        if (underscores && !underscoreOK(s)) {
            return null;
        }
        return out.toString();
    }

    /** Go's {@code strconv.ParseBool}: 1 t T TRUE true True / 0 f F FALSE false False. */
    public static boolean parseBool(String s) {
        return switch (s) {
            case "1", "t", "T", "TRUE", "true", "True" -> true;
            case "0", "f", "F", "FALSE", "false", "False" -> false;
            default -> throw GoNumError.syntax("ParseBool", s);
        };
    }

    /** Go's {@code strconv.FormatInt}: lower-case digits, {@code -} sign. */
    public static String formatInt(long v, int base) {
        return Long.toString(v, base);
    }

    /** Go's {@code strconv.FormatUint} over the unsigned bits of {@code v}. */
    public static String formatUint(long v, int base) {
        return Long.toUnsignedString(v, base);
    }
}

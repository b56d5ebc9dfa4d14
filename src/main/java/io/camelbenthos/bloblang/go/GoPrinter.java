package io.camelbenthos.bloblang.go;

import io.camelbenthos.bloblang.value.JsonNumber;
import io.camelbenthos.bloblang.value.UInt64;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One {@code fmt.Sprintf} run: Go's {@code pp} printer state (format directives, flags, width, precision) and the
 * per-type formatting rules of {@code fmt/print.go} and {@code fmt/format.go}.
 */
final class GoPrinter {
    private static final String LDIGITS = "0123456789abcdefx";
    private static final String UDIGITS = "0123456789ABCDEFX";
    private static final String NIL_ANGLE = "<nil>";

    private final StringBuilder buf = new StringBuilder();

    // Flags of the current directive (Go's fmtFlags), reset per directive.
    private boolean widPresent;
    private boolean precPresent;
    private boolean minus;
    private boolean plus;
    private boolean sharp;
    private boolean space;
    private boolean zero;
    private boolean plusV;
    private boolean sharpV;
    private int wid;
    private int prec;

    private boolean erroring;
    private boolean reordered;
    private boolean goodArgNum;

    private void clearFlags() {
        widPresent = precPresent = minus = plus = sharp = space = zero = plusV = sharpV = false;
        wid = prec = 0;
    }

    String sprintf(String format, List<?> a) {
        int end = format.length();
        int argNum = 0;
        boolean afterIndex;
        reordered = false;
        int i = 0;
        while (i < end) {
            goodArgNum = true;
            int lasti = i;
            while (i < end && format.charAt(i) != '%') {
                i++;
            }
            if (i > lasti) {
                buf.append(format, lasti, i);
            }
            if (i >= end) {
                break;
            }
            i++; // skip %
            clearFlags();
            flags:
            for (; i < end; i++) {
                switch (format.charAt(i)) {
                    case '#' -> sharp = true;
                    case '0' -> zero = true;
                    case '+' -> plus = true;
                    case '-' -> minus = true;
                    case ' ' -> space = true;
                    default -> {
                        break flags;
                    }
                }
            }
            long[] an = argNumber(argNum, format, i, a.size());
            argNum = (int) an[0];
            i = (int) an[1];
            afterIndex = an[2] != 0;

            if (i < end && format.charAt(i) == '*') {
                i++;
                long[] w = intFromArg(a, argNum);
                wid = (int) w[0];
                widPresent = w[1] != 0;
                argNum = (int) w[2];
                if (!widPresent) {
                    buf.append("%!(BADWIDTH)");
                }
                if (wid < 0) {
                    wid = -wid;
                    minus = true;
                    zero = false;
                }
                afterIndex = false;
            } else {
                long[] n = parseNum(format, i, end);
                wid = (int) n[0];
                widPresent = n[1] != 0;
                i = (int) n[2];
                if (afterIndex && widPresent) {
                    goodArgNum = false; // "%[3]2d"
                }
            }

            if (i + 1 < end && format.charAt(i) == '.') {
                i++;
                if (afterIndex) {
                    goodArgNum = false; // "%[3].2d"
                }
                an = argNumber(argNum, format, i, a.size());
                argNum = (int) an[0];
                i = (int) an[1];
                afterIndex = an[2] != 0;
                if (i < end && format.charAt(i) == '*') {
                    i++;
                    long[] p = intFromArg(a, argNum);
                    prec = (int) p[0];
                    precPresent = p[1] != 0;
                    argNum = (int) p[2];
                    if (prec < 0) {
                        prec = 0;
                        precPresent = false;
                    }
                    if (!precPresent) {
                        buf.append("%!(BADPREC)");
                    }
                    afterIndex = false;
                } else {
                    long[] n = parseNum(format, i, end);
                    prec = (int) n[0];
                    precPresent = n[1] != 0;
                    i = (int) n[2];
                    if (!precPresent) {
                        prec = 0;
                        precPresent = true;
                    }
                }
            }

            if (!afterIndex) {
                an = argNumber(argNum, format, i, a.size());
                argNum = (int) an[0];
                i = (int) an[1];
            }

            if (i >= end) {
                buf.append("%!(NOVERB)");
                break;
            }
            int verb = format.codePointAt(i);
            i += Character.charCount(verb);

            if (verb == '%') {
                buf.append('%'); // absorbs no operand, ignores width and precision
            } else if (!goodArgNum) {
                buf.append("%!").appendCodePoint(verb).append("(BADINDEX)");
            } else if (argNum >= a.size()) {
                buf.append("%!").appendCodePoint(verb).append("(MISSING)");
            } else {
                if (verb == 'v') {
                    sharpV = sharp;
                    sharp = false;
                    plusV = plus;
                    plus = false;
                }
                printArg(a.get(argNum), verb, 0);
                argNum++;
            }
        }

        if (!reordered && argNum < a.size()) {
            clearFlags();
            buf.append("%!(EXTRA ");
            for (int k = argNum; k < a.size(); k++) {
                if (k > argNum) {
                    buf.append(", ");
                }
                Object arg = a.get(k);
                if (arg == null) {
                    buf.append(NIL_ANGLE);
                } else {
                    buf.append(GoFmt.goTypeName(arg)).append('=');
                    printArg(arg, 'v', 0);
                }
            }
            buf.append(')');
        }
        return buf.toString();
    }

    /** Go's parsenum: returns {num, isnum, newi}; absurdly large numbers consume the rest of the format. */
    private static long[] parseNum(String s, int start, int end) {
        if (start >= end) {
            return new long[] {0, 0, end};
        }
        long num = 0;
        boolean isNum = false;
        int i = start;
        for (; i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            if (num > 1_000_000) {
                return new long[] {0, 0, end}; // Go: tooLarge
            }
            num = num * 10 + (s.charAt(i) - '0');
            isNum = true;
        }
        return new long[] {num, isNum ? 1 : 0, i};
    }

    /** Go's argNumber: {newArgNum, newi, found}. */
    private long[] argNumber(int argNum, String format, int i, int numArgs) {
        if (format.length() <= i || format.charAt(i) != '[') {
            return new long[] {argNum, i, 0};
        }
        reordered = true;
        // parseArgNumber: find the closing bracket
        int index = 0;
        int width = 1;
        boolean ok = false;
        for (int j = 1; i + j < format.length(); j++) {
            if (format.charAt(i + j) == ']') {
                long[] n = parseNum(format, i + 1, i + j);
                if (n[1] == 0 || n[2] != i + j) {
                    width = j + 1;
                } else {
                    index = (int) n[0] - 1;
                    width = j + 1;
                    ok = true;
                }
                break;
            }
        }
        if (ok && index >= 0 && index < numArgs) {
            return new long[] {index, i + width, 1};
        }
        goodArgNum = false;
        return new long[] {argNum, i + width, 1};
    }

    /** Go's intFromArg for {@code *} width/precision: {num, isInt, newArgNum}. */
    private static long[] intFromArg(List<?> a, int argNum) {
        if (argNum >= a.size()) {
            return new long[] {0, 0, argNum};
        }
        Object v = a.get(argNum);
        long num = 0;
        boolean isInt = false;
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            num = ((Number) v).longValue();
            isInt = true;
        } else if (v instanceof UInt64 u && u.value() >= 0) {
            num = u.value();
            isInt = true;
        }
        if (num > 1_000_000 || num < -1_000_000) {
            num = 0;
            isInt = false;
        }
        return new long[] {num, isInt ? 1 : 0, argNum + 1};
    }

    // ------------------------------------------------------------------------------------------------ dispatch

    private void printArg(Object arg, int verb, int depth) {
        if (arg == null) {
            if (verb == 'T' || verb == 'v') {
                padString(NIL_ANGLE);
            } else {
                badVerb(verb, null);
            }
            return;
        }
        if (verb == 'T') {
            fmtS(GoFmt.goTypeName(arg));
            return;
        }
        if (verb == 'p') {
            badVerb(verb, arg); // no addresses in this runtime
            return;
        }
        if (arg instanceof Boolean b) {
            fmtBool(b, verb, arg);
        } else if (arg instanceof Double d) {
            fmtFloat(d, 64, verb, arg);
        } else if (arg instanceof Float f) {
            fmtFloat(f, 32, verb, arg);
        } else if (arg instanceof Long || arg instanceof Integer || arg instanceof Short || arg instanceof Byte) {
            fmtInteger(((Number) arg).longValue(), true, verb, arg);
        } else if (arg instanceof UInt64 u) {
            fmtInteger(u.value(), false, verb, arg);
        } else if (arg instanceof String s) {
            fmtString(s, verb, arg);
        } else if (arg instanceof byte[] b) {
            fmtBytes(b, verb, depth == 0 ? null : "[]uint8", arg);
        } else if (arg instanceof JsonNumber n) {
            // json.Number's String() returns its text, and its reflect kind is string: both paths print the text.
            fmtString(n.text(), verb, arg);
        } else if (arg instanceof ZonedDateTime t) {
            fmtTime(t, verb, arg);
        } else if (arg instanceof List<?> l) {
            printList(l, verb, depth);
        } else if (arg instanceof Map<?, ?> m) {
            printMap(m, verb, depth);
        } else {
            fmtString(String.valueOf(arg), verb, arg);
        }
    }

    private void printElement(Object v, int verb, int depth) {
        if (v == null) {
            // A nil inside an interface{} container is written unpadded.
            buf.append(sharpV ? "interface {}(nil)" : NIL_ANGLE);
        } else {
            printArg(v, verb, depth);
        }
    }

    private void printList(List<?> l, int verb, int depth) {
        if (sharpV) {
            buf.append("[]interface {}{");
        } else {
            buf.append('[');
        }
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) {
                buf.append(sharpV ? ", " : " ");
            }
            printElement(l.get(i), verb, depth + 1);
        }
        buf.append(sharpV ? '}' : ']');
    }

    private void printMap(Map<?, ?> m, int verb, int depth) {
        buf.append(sharpV ? "map[string]interface {}{" : "map[");
        List<String> keys = new ArrayList<>(m.size());
        for (Object k : m.keySet()) {
            keys.add(String.valueOf(k));
        }
        keys.sort(GoUtf8::compare); // Go's fmt prints map keys sorted; strings by byte order
        boolean first = true;
        for (String k : keys) {
            if (!first) {
                buf.append(sharpV ? ", " : " ");
            }
            first = false;
            printArg(k, verb, depth + 1);
            buf.append(':');
            printElement(m.get(k), verb, depth + 1);
        }
        buf.append(sharpV ? '}' : ']');
    }

    private void badVerb(int verb, Object arg) {
        erroring = true;
        buf.append("%!").appendCodePoint(verb).append('(');
        if (arg != null) {
            buf.append(GoFmt.goTypeName(arg)).append('=');
            printArg(arg, 'v', 0);
        } else {
            buf.append(NIL_ANGLE);
        }
        buf.append(')');
        erroring = false;
    }

    // ------------------------------------------------------------------------------------------------ per type

    private void fmtBool(boolean v, int verb, Object arg) {
        if (verb == 't' || verb == 'v') {
            padString(v ? "true" : "false");
        } else {
            badVerb(verb, arg);
        }
    }

    private void fmtTime(ZonedDateTime t, int verb, Object arg) {
        if (sharpV && !erroring) {
            fmtS(GoFmt.timeGoString(t)); // time.Time implements GoStringer
            return;
        }
        switch (verb) {
            case 'v', 's', 'x', 'X', 'q' -> fmtString(GoFmt.timeString(t), verb, arg); // Stringer
            default -> {
                if (erroring) {
                    fmtS(GoFmt.timeString(t));
                } else {
                    badVerb(verb, arg);
                }
            }
        }
    }

    private void fmtString(String v, int verb, Object arg) {
        switch (verb) {
            case 'v' -> {
                if (sharpV) {
                    fmtQ(v);
                } else {
                    fmtS(v);
                }
            }
            case 's' -> fmtS(v);
            case 'x' -> fmtSbx(GoUtf8.encode(v), LDIGITS);
            case 'X' -> fmtSbx(GoUtf8.encode(v), UDIGITS);
            case 'q' -> fmtQ(v);
            default -> badVerb(verb, arg);
        }
    }

    private void fmtBytes(byte[] v, int verb, String typeName, Object arg) {
        if (verb == 'v' || verb == 'd') {
            if (sharpV) {
                buf.append(typeName == null ? "[]byte{" : typeName + "{");
            } else {
                buf.append('[');
            }
            for (int i = 0; i < v.length; i++) {
                if (i > 0) {
                    buf.append(sharpV ? ", " : " ");
                }
                long b = v[i] & 0xFF;
                if (sharpV) {
                    fmt0x64(b, true);
                } else {
                    fmtInteger(b, false, 'v', null);
                }
            }
            buf.append(sharpV ? '}' : ']');
            return;
        }
        switch (verb) {
            case 's' -> fmtS(GoUtf8.string(v));
            case 'x' -> fmtSbx(v, LDIGITS);
            case 'X' -> fmtSbx(v, UDIGITS);
            case 'q' -> fmtQ(GoUtf8.string(v));
            default -> badVerb(verb, arg);
        }
    }

    private void fmtInteger(long v, boolean signed, int verb, Object arg) {
        switch (verb) {
            case 'v' -> {
                if (sharpV && !signed) {
                    fmt0x64(v, true);
                } else {
                    formatInteger(v, 10, signed, verb, LDIGITS);
                }
            }
            case 'd' -> formatInteger(v, 10, signed, verb, LDIGITS);
            case 'b' -> formatInteger(v, 2, signed, verb, LDIGITS);
            case 'o', 'O' -> formatInteger(v, 8, signed, verb, LDIGITS);
            case 'x' -> formatInteger(v, 16, signed, verb, LDIGITS);
            case 'X' -> formatInteger(v, 16, signed, verb, UDIGITS);
            case 'c' -> fmtC(v);
            case 'q' -> fmtQc(v);
            case 'U' -> fmtUnicode(v);
            default -> badVerb(verb, arg);
        }
    }

    private void fmt0x64(long v, boolean leading0x) {
        boolean old = sharp;
        sharp = leading0x;
        formatInteger(v, 16, false, 'v', LDIGITS);
        sharp = old;
    }

    /** Go's fmt.fmtInteger: digits, precision/zero padding, 0b/0/0x/0o prefixes, sign, then width padding. */
    private void formatInteger(long u, int base, boolean isSigned, int verb, String digits) {
        boolean negative = isSigned && u < 0;
        if (negative) {
            u = -u;
        }
        int precision = 0;
        if (precPresent) {
            precision = prec;
            if (precision == 0 && u == 0) {
                boolean oldZero = zero;
                zero = false;
                writePadding(wid);
                zero = oldZero;
                return;
            }
        } else if (zero && !minus && widPresent) {
            precision = wid;
            if (negative || plus || space) {
                precision--; // leave room for the sign
            }
        }
        String body = Long.toUnsignedString(u, base);
        if (digits.charAt(10) == 'A') {
            body = body.toUpperCase(java.util.Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(body.length() + 8);
        for (int k = body.length(); k < precision; k++) {
            sb.append('0');
        }
        sb.append(body);
        if (sharp) {
            switch (base) {
                case 2 -> sb.insert(0, "0b");
                case 8 -> {
                    if (sb.charAt(0) != '0') {
                        sb.insert(0, '0');
                    }
                }
                case 16 -> sb.insert(0, "0" + digits.charAt(16));
                default -> {
                }
            }
        }
        if (verb == 'O') {
            sb.insert(0, "0o");
        }
        if (negative) {
            sb.insert(0, '-');
        } else if (plus) {
            sb.insert(0, '+');
        } else if (space) {
            sb.insert(0, ' ');
        }
        boolean oldZero = zero;
        zero = false; // zero padding was done above as precision
        padString(sb.toString());
        zero = oldZero;
    }

    private void fmtC(long c) {
        int r = Long.compareUnsigned(c, 0x10FFFF) > 0 || !GoUtf8.validRune((int) c) ? GoUtf8.RUNE_ERROR : (int) c;
        padString(new String(Character.toChars(r)));
    }

    private void fmtQc(long c) {
        int r = Long.compareUnsigned(c, 0x10FFFF) > 0 ? GoUtf8.RUNE_ERROR : (int) c;
        padString(plus ? GoStrconv.quoteRuneToASCII(r) : GoStrconv.quoteRune(r));
    }

    private void fmtUnicode(long u) {
        int precision = 4;
        if (precPresent && prec > 4) {
            precision = prec;
        }
        StringBuilder sb = new StringBuilder("U+");
        String hex = Long.toUnsignedString(u, 16).toUpperCase(java.util.Locale.ROOT);
        for (int k = hex.length(); k < precision; k++) {
            sb.append('0');
        }
        sb.append(hex);
        if (sharp && Long.compareUnsigned(u, 0x10FFFF) <= 0 && GoStrconv.isPrint((int) u)) {
            sb.append(" '").appendCodePoint((int) u).append('\'');
        }
        boolean oldZero = zero;
        zero = false;
        padString(sb.toString());
        zero = oldZero;
    }

    private void fmtFloat(double v, int size, int verb, Object arg) {
        switch (verb) {
            case 'v' -> formatFloat(v, size, 'g', -1);
            case 'b', 'g', 'G', 'x', 'X' -> formatFloat(v, size, (char) verb, -1);
            case 'f', 'e', 'E' -> formatFloat(v, size, (char) verb, 6);
            case 'F' -> formatFloat(v, size, 'f', 6);
            default -> badVerb(verb, arg);
        }
    }

    /** Go's fmt.fmtFloat: sign handling, NaN/Inf padding, the '#' flag's decimal point and trailing zeros. */
    private void formatFloat(double v, int size, char verb, int precision) {
        if (precPresent) {
            precision = prec;
        }
        String formatted = GoStrconv.formatFloat(v, verb, precision, size);
        StringBuilder num = new StringBuilder(formatted.length() + 8);
        if (formatted.charAt(0) == '-' || formatted.charAt(0) == '+') {
            num.append(formatted);
        } else {
            num.append('+').append(formatted);
        }
        if (space && num.charAt(0) == '+' && !plus) {
            num.setCharAt(0, ' ');
        }
        char first = num.charAt(1);
        if (first == 'I' || first == 'N') {
            boolean oldZero = zero;
            zero = false;
            if (first == 'N' && !space && !plus) {
                num.deleteCharAt(0);
            }
            padString(num.toString());
            zero = oldZero;
            return;
        }
        if (sharp && verb != 'b') {
            int digits = 0;
            if (verb == 'g' || verb == 'G' || verb == 'x') {
                digits = precision;
                if (digits == -1) {
                    digits = 6;
                }
            }
            String tail = "";
            boolean hasDecimalPoint = false;
            boolean sawNonzeroDigit = false;
            for (int i = 1; i < num.length(); i++) {
                char c = num.charAt(i);
                if (c == '.') {
                    hasDecimalPoint = true;
                } else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
                    tail = num.substring(i);
                    num.setLength(i);
                } else {
                    if (c != '0') {
                        sawNonzeroDigit = true;
                    }
                    if (sawNonzeroDigit) {
                        digits--;
                    }
                }
            }
            if (!hasDecimalPoint) {
                if (num.length() == 2 && num.charAt(1) == '0') {
                    digits--; // a leading 0 counts once
                }
                num.append('.');
            }
            for (; digits > 0; digits--) {
                num.append('0');
            }
            num.append(tail);
        }
        if (plus || num.charAt(0) != '+') {
            if (zero && !minus && widPresent && wid > num.length()) {
                buf.append(num.charAt(0));
                writePadding(wid - num.length());
                buf.append(num, 1, num.length());
                return;
            }
            padString(num.toString());
            return;
        }
        padString(num.substring(1));
    }

    // ------------------------------------------------------------------------------------------------ primitives

    private void fmtS(String s) {
        padString(truncate(s));
    }

    private String truncate(String s) {
        if (precPresent) {
            int n = prec;
            for (int i = 0; i < s.length(); ) {
                if (--n < 0) {
                    return s.substring(0, i);
                }
                i += Character.charCount(s.codePointAt(i));
            }
        }
        return s;
    }

    private void fmtQ(String s) {
        s = truncate(s);
        if (sharp && canBackquote(s)) {
            padString("`" + s + "`");
            return;
        }
        padString(plus ? GoStrconv.quoteToASCII(s) : GoStrconv.quote(s));
    }

    /** Go's strconv.CanBackquote: no control characters but tab, no backquote, no BOM. */
    private static boolean canBackquote(String s) {
        for (int i = 0; i < s.length(); ) {
            int r = s.codePointAt(i);
            i += Character.charCount(r);
            if (r >= 0x80) {
                if (r == 0xFEFF || Character.isSurrogate((char) r) && r <= 0xFFFF) {
                    return false;
                }
                continue;
            }
            if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** Go's fmt_sbx: hex of each byte, '#' adds 0x, ' ' separates bytes; width counts the encoding. */
    private void fmtSbx(byte[] b, String digits) {
        int length = b.length;
        if (precPresent && prec < length) {
            length = prec;
        }
        int width = 2 * length;
        if (width > 0) {
            if (space) {
                if (sharp) {
                    width *= 2;
                }
                width += length - 1;
            } else if (sharp) {
                width += 2;
            }
        } else {
            if (widPresent) {
                writePadding(wid);
            }
            return;
        }
        if (widPresent && wid > width && !minus) {
            writePadding(wid - width);
        }
        if (sharp) {
            buf.append('0').append(digits.charAt(16));
        }
        for (int i = 0; i < length; i++) {
            if (space && i > 0) {
                buf.append(' ');
                if (sharp) {
                    buf.append('0').append(digits.charAt(16));
                }
            }
            int c = b[i] & 0xFF;
            buf.append(digits.charAt(c >> 4)).append(digits.charAt(c & 0xF));
        }
        if (widPresent && wid > width && minus) {
            writePadding(wid - width);
        }
    }

    private void writePadding(int n) {
        if (n <= 0) {
            return;
        }
        char padByte = zero && !minus ? '0' : ' '; // zero padding only to the left
        for (int i = 0; i < n; i++) {
            buf.append(padByte);
        }
    }

    /** Go's padString: the width counts runes, not bytes or UTF-16 units. */
    private void padString(String s) {
        if (!widPresent || wid == 0) {
            buf.append(s);
            return;
        }
        int width = wid - s.codePointCount(0, s.length());
        if (!minus) {
            writePadding(width);
            buf.append(s);
        } else {
            buf.append(s);
            writePadding(width);
        }
    }
}

package io.camelbenthos.bloblang.value;

import io.camelbenthos.bloblang.go.GoStrconv;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.QueryException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Go {@code encoding/json} decoding into model values, with Go's error texts ({@code invalid character 'x' looking
 * for beginning of value}, {@code unexpected end of JSON input}). Objects keep insertion order (duplicate keys: last
 * wins, as in Go); numbers become {@link JsonNumber} ({@code UseNumber}) or Double.
 */
public final class GoJsonDecoder {
    /** Go's {@code maxNestingDepth}. */
    private static final int MAX_DEPTH = 10000;
    /** Object keys up to this length are shared through {@link #KEYS}. */
    private static final int MAX_SHARED_KEY = 32;
    /**
     * Recently decoded object keys, by hash: messages of one stream repeat the same keys, so sharing their strings
     * spares an allocation per key (as Jackson's symbol table does). Racy by design: slots hold immutable strings and
     * a lost update only costs a miss.
     */
    private static final String[] KEYS = new String[1024];

    private final String s;
    private final boolean useNumber;
    private final boolean streaming;
    private int pos;
    private int depth;

    private GoJsonDecoder(String s, boolean useNumber, boolean streaming) {
        this.s = s;
        this.useNumber = useNumber;
        this.streaming = streaming;
    }

    /**
     * Go {@code json.Unmarshal}: the whole text must be one value.
     *
     * @throws QueryException with Go's error text
     */
    public static Object unmarshal(String text, boolean useNumber) {
        return new GoJsonDecoder(text, useNumber, false).decodeAll();
    }

    /** {@link #unmarshal(String, boolean)} over UTF-8 bytes (invalid sequences become U+FFFD as in Go). */
    public static Object unmarshal(byte[] bytes, boolean useNumber) {
        return unmarshal(new String(bytes, StandardCharsets.UTF_8), useNumber);
    }

    /**
     * Go {@code json.Decoder.Decode} with {@code UseNumber}: reads the first value; text after it is not examined
     * (how Benthos reads message content).
     */
    public static Object decodeFirst(byte[] bytes) {
        return new GoJsonDecoder(new String(bytes, StandardCharsets.UTF_8), true, true).decodeAll();
    }

    /**
     * Go {@code json.Decoder} with {@code UseNumber} reading values one after the other, any whitespace between, up
     * to the end of the text ({@code unarchive} {@code json_documents}).
     *
     * @throws QueryException with Go's error text
     */
    public static java.util.List<Object> decodeEach(byte[] bytes) {
        GoJsonDecoder d = new GoJsonDecoder(new String(bytes, StandardCharsets.UTF_8), true, true);
        java.util.List<Object> out = new java.util.ArrayList<>();
        try {
            while (true) {
                d.skipWs();
                if (d.pos >= d.s.length()) {
                    return out;
                }
                out.add(d.value());
            }
        } catch (StackOverflowError e) {
            throw Errors.failure("exceeded max depth");
        }
    }

    private Object decodeAll() {
        try {
            skipWs();
            if (pos >= s.length()) {
                throw eof();
            }
            Object v = value();
            if (!streaming) {
                skipWs();
                if (pos < s.length()) {
                    throw invalid("after top-level value");
                }
            }
            return v;
        } catch (StackOverflowError e) {
            throw Errors.failure("exceeded max depth");
        }
    }

    private QueryException eof() {
        return Errors.failure(streaming ? "unexpected EOF" : "unexpected end of JSON input");
    }

    private QueryException invalid(String context) {
        int cp = s.codePointAt(pos);
        return Errors.failure("invalid character " + quoteChar(cp) + " " + context);
    }

    /** Go {@code quoteChar}. */
    static String quoteChar(int c) {
        if (c == '\'') {
            return "'\\''";
        }
        if (c == '"') {
            return "'\"'";
        }
        String q = GoStrconv.quote(new String(Character.toChars(c)));
        return "'" + q.substring(1, q.length() - 1) + "'";
    }

    private void skipWs() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else {
                return;
            }
        }
    }

    private Object value() {
        if (pos >= s.length()) {
            throw eof();
        }
        char c = s.charAt(pos);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                literal("true");
                return Boolean.TRUE;
            case 'f':
                literal("false");
                return Boolean.FALSE;
            case 'n':
                literal("null");
                return null;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw invalid("looking for beginning of value");
        }
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (pos >= s.length()) {
                throw eof();
            }
            if (s.charAt(pos) != word.charAt(i)) {
                throw invalid("in literal " + word + " (expecting " + quoteChar(word.charAt(i)) + ")");
            }
            pos++;
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw Errors.failure("exceeded max depth");
        }
    }

    private Map<String, Object> object() {
        enter();
        pos++;
        Map<String, Object> m = new LinkedHashMap<>();
        skipWs();
        if (pos >= s.length()) {
            throw eof();
        }
        if (s.charAt(pos) == '}') {
            pos++;
            depth--;
            return m;
        }
        while (true) {
            skipWs();
            if (pos >= s.length()) {
                throw eof();
            }
            if (s.charAt(pos) != '"') {
                throw invalid("looking for beginning of object key string");
            }
            String key = key();
            skipWs();
            if (pos >= s.length()) {
                throw eof();
            }
            if (s.charAt(pos) != ':') {
                throw invalid("after object key");
            }
            pos++;
            skipWs();
            Object v = value();
            int size = m.size();
            m.put(key, v);
            if (m.size() == size) {
                // a duplicate key: the last value wins and, as a new insertion, moves to the end
                m.remove(key);
                m.put(key, v);
            }
            skipWs();
            if (pos >= s.length()) {
                throw eof();
            }
            char c = s.charAt(pos);
            if (c == ',') {
                pos++;
            } else if (c == '}') {
                pos++;
                depth--;
                return m;
            } else {
                throw invalid("after object key:value pair");
            }
        }
    }

    private List<Object> array() {
        enter();
        pos++;
        List<Object> l = new ArrayList<>();
        skipWs();
        if (pos >= s.length()) {
            throw eof();
        }
        if (s.charAt(pos) == ']') {
            pos++;
            depth--;
            return l;
        }
        while (true) {
            skipWs();
            l.add(value());
            skipWs();
            if (pos >= s.length()) {
                throw eof();
            }
            char c = s.charAt(pos);
            if (c == ',') {
                pos++;
            } else if (c == ']') {
                pos++;
                depth--;
                return l;
            } else {
                throw invalid("after array element");
            }
        }
    }

    /** An object key (pos at its opening quote): a shared string when short and free of escapes. */
    private String key() {
        int start = pos + 1;
        int end = start;
        int h = 0;
        while (true) {
            if (end >= s.length() || end - start > MAX_SHARED_KEY) {
                return string();
            }
            char c = s.charAt(end);
            if (c == '"') {
                break;
            }
            if (c == '\\' || c < 0x20) {
                return string();
            }
            h = 31 * h + c;
            end++;
        }
        int n = end - start;
        int slot = (h ^ (h >>> 16)) & (KEYS.length - 1);
        String k = KEYS[slot];
        if (k == null || k.length() != n || !s.regionMatches(start, k, 0, n)) {
            k = s.substring(start, end);
            KEYS[slot] = k;
        }
        pos = end + 1;
        return k;
    }

    private String string() {
        pos++;
        int start = pos;
        // fast path: no escapes
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '"') {
                return s.substring(start, pos++);
            }
            if (c == '\\' || c < 0x20) {
                break;
            }
            pos++;
        }
        StringBuilder sb = new StringBuilder(s.length() - start);
        sb.append(s, start, pos);
        while (true) {
            if (pos >= s.length()) {
                throw eof();
            }
            char c = s.charAt(pos);
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c < 0x20) {
                throw invalid("in string literal");
            }
            if (c != '\\') {
                sb.append(c);
                pos++;
                continue;
            }
            pos++;
            if (pos >= s.length()) {
                throw eof();
            }
            char e = s.charAt(pos);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    int u = hex4();
                    if (Character.isHighSurrogate((char) u)) {
                        // A valid pair decodes to one code point; anything else is U+FFFD, as in Go
                        if (pos + 6 <= s.length() && s.charAt(pos) == '\\' && s.charAt(pos + 1) == 'u') {
                            int save = pos;
                            pos++;
                            int lo = hex4();
                            if (Character.isLowSurrogate((char) lo)) {
                                sb.append((char) u).append((char) lo);
                            } else {
                                sb.append('\uFFFD');
                                pos = save;
                            }
                        } else {
                            sb.append('\uFFFD');
                        }
                    } else if (Character.isLowSurrogate((char) u)) {
                        sb.append('\uFFFD');
                    } else {
                        sb.append((char) u);
                    }
                    continue;
                }
                default -> throw invalid("in string escape code");
            }
            pos++;
        }
    }

    /** Reads the 4 hex digits after {@code \\u} (pos at the 'u'); leaves pos after them. */
    private int hex4() {
        pos++;
        int v = 0;
        for (int i = 0; i < 4; i++) {
            if (pos >= s.length()) {
                throw eof();
            }
            int d = Character.digit(s.charAt(pos), 16);
            if (d < 0 || s.charAt(pos) > 'f') {
                throw invalid("in \\u hexadecimal character escape");
            }
            v = v * 16 + d;
            pos++;
        }
        return v;
    }

    private Object number() {
        int start = pos;
        if (s.charAt(pos) == '-') {
            pos++;
            if (pos >= s.length()) {
                throw eof();
            }
            if (!isDigit(s.charAt(pos))) {
                throw invalid("in numeric literal");
            }
        }
        // the integer part's value, exact while it has at most 18 digits
        long whole = 0;
        int digitsStart = pos;
        if (s.charAt(pos) == '0') {
            pos++;
        } else {
            while (pos < s.length() && isDigit(s.charAt(pos))) {
                whole = whole * 10 + (s.charAt(pos) - '0');
                pos++;
            }
        }
        boolean negative = start != digitsStart;
        if (useNumber && pos - digitsStart <= 18 && !(negative && whole == 0)
                && (pos >= s.length() || (s.charAt(pos) != '.' && s.charAt(pos) != 'e' && s.charAt(pos) != 'E'))) {
            // a plain integer (not -0): its text is the canonical decimal, so it need not be kept
            return JsonNumber.ofCanonical(negative ? -whole : whole);
        }
        if (pos < s.length() && s.charAt(pos) == '.') {
            pos++;
            if (pos >= s.length()) {
                throw eof();
            }
            if (!isDigit(s.charAt(pos))) {
                throw invalid("after decimal point in numeric literal");
            }
            while (pos < s.length() && isDigit(s.charAt(pos))) {
                pos++;
            }
        }
        if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            pos++;
            if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                pos++;
            }
            if (pos >= s.length()) {
                throw eof();
            }
            if (!isDigit(s.charAt(pos))) {
                throw invalid("in exponent of numeric literal");
            }
            while (pos < s.length() && isDigit(s.charAt(pos))) {
                pos++;
            }
        }
        String text = s.substring(start, pos);
        if (useNumber) {
            return new JsonNumber(text);
        }
        double d = Double.parseDouble(text);
        if (Double.isInfinite(d)) {
            throw Errors.failure("json: cannot unmarshal number " + text + " into Go value of type float64");
        }
        return d;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

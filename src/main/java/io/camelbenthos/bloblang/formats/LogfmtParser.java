package io.camelbenthos.bloblang.formats;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses one logfmt line ({@code key=value key2="quoted value" flag}) into an object, as Benthos's
 * {@code parse_logfmt} does with go-logfmt: a key without {@code =} gets {@code true}, {@code key=} gets an empty
 * string, quoted values are unescaped like JSON strings, and a repeated key keeps its last value.
 */
public final class LogfmtParser {
    private LogfmtParser() {
    }

    public static Map<String, Object> parse(String text) {
        Map<String, Object> out = new LinkedHashMap<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c <= ' ') {
                i++;
                continue;
            }
            int keyStart = i;
            while (i < n && text.charAt(i) > ' ' && text.charAt(i) != '=' && text.charAt(i) != '"') {
                i++;
            }
            if (i == keyStart) {
                throw new FormatException("logfmt syntax error at pos " + (i + 1) + ": unexpected '"
                        + text.charAt(i) + "'");
            }
            String key = text.substring(keyStart, i);
            if (i >= n || text.charAt(i) != '=') {
                if (i < n && text.charAt(i) == '"') {
                    throw new FormatException("logfmt syntax error at pos " + (i + 1) + ": unexpected '\"'");
                }
                out.put(key, true);
                continue;
            }
            i++; // '='
            if (i < n && text.charAt(i) == '"') {
                StringBuilder v = new StringBuilder();
                i++;
                boolean closed = false;
                while (i < n) {
                    char q = text.charAt(i);
                    if (q == '"') {
                        closed = true;
                        i++;
                        break;
                    }
                    if (q == '\\' && i + 1 < n) {
                        char e = text.charAt(i + 1);
                        i += 2;
                        switch (e) {
                            case 'n' -> v.append('\n');
                            case 't' -> v.append('\t');
                            case 'r' -> v.append('\r');
                            case 'b' -> v.append('\b');
                            case 'f' -> v.append('\f');
                            case 'u' -> {
                                if (i + 4 > n) {
                                    throw new FormatException("logfmt syntax error at pos " + i + ": invalid quoted value");
                                }
                                v.append((char) Integer.parseInt(text.substring(i, i + 4), 16));
                                i += 4;
                            }
                            default -> v.append(e);
                        }
                        continue;
                    }
                    v.append(q);
                    i++;
                }
                if (!closed) {
                    throw new FormatException("logfmt syntax error at pos " + (n + 1) + ": unterminated quoted value");
                }
                out.put(key, v.toString());
            } else {
                int vs = i;
                while (i < n && text.charAt(i) > ' ') {
                    if (text.charAt(i) == '"' || text.charAt(i) == '=') {
                        throw new FormatException("logfmt syntax error at pos " + (i + 1) + ": unexpected '"
                                + text.charAt(i) + "'");
                    }
                    i++;
                }
                out.put(key, text.substring(vs, i));
            }
        }
        return out;
    }
}

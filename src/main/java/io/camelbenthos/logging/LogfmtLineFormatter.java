package io.camelbenthos.logging;

import io.camelbenthos.bloblang.go.GoStrconv;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Benthos's {@code logfmt} lines (logrus's text formatter without colours, with {@code QuoteEmptyFields} and full
 * RFC 3339 timestamps): {@code time=... level=info msg="..."} and then the fields sorted by key. A value is quoted,
 * Go {@code %q} style, unless it is non-empty and made only of letters, digits and {@code - . _ / @ ^ +}.
 */
final class LogfmtLineFormatter implements LogLineFormatter {
    private final LogSettings settings;

    LogfmtLineFormatter(LogSettings settings) {
        this.settings = settings;
    }

    @Override
    public String format(ZonedDateTime time, LogLevel level, String message, SortedMap<String, Object> fields) {
        StringBuilder line = new StringBuilder(64 + message.length());
        if (time != null) {
            append(line, settings.timestampName(), RFC3339.format(time));
        }
        append(line, settings.levelName(), level.lineName());
        if (!message.isEmpty()) {
            append(line, settings.messageName(), message);
        }
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            append(line, field.getKey(), goText(field.getValue()));
        }
        return line.toString();
    }

    private static void append(StringBuilder line, String key, String value) {
        if (!line.isEmpty()) {
            line.append(' ');
        }
        line.append(key).append('=').append(needsQuoting(value) ? GoStrconv.quote(value) : value);
    }

    /** Go's {@code fmt.Sprint} of a decoded JSON value, which logrus writes: {@code map[a:1 b:x]}, {@code [1 2]}. */
    static String goText(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Double d) {
            return GoStrconv.formatFloat(d);
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder("map[");
            new TreeMap<>(map.entrySet().stream().collect(
                    java.util.stream.Collectors.toMap(e -> String.valueOf(e.getKey()), Map.Entry::getValue)))
                    .forEach((k, v) -> sb.append(sb.length() > 4 ? " " : "").append(k).append(':').append(goText(v)));
            return sb.append(']').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("[");
            list.forEach(v -> sb.append(sb.length() > 1 ? " " : "").append(goText(v)));
            return sb.append(']').toString();
        }
        return value == null ? "<nil>" : String.valueOf(value);
    }

    static boolean needsQuoting(String value) {
        if (value.isEmpty()) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '/' || c == '@' || c == '^' || c == '+';
            if (!plain) {
                return true;
            }
        }
        return false;
    }
}

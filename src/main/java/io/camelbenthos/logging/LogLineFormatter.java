package io.camelbenthos.logging;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SortedMap;

/** Turns one log event into one line (without its line break), in the shape the logger block's format names. */
public interface LogLineFormatter {
    /** Go's {@code time.RFC3339}, the timestamp of both formats. */
    DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    /**
     * @param time    when it happened, or null when timestamps are off
     * @param level   its level
     * @param message the message, already formatted
     * @param fields  static fields and the event's own key-value pairs, sorted by key (later ones win)
     */
    String format(ZonedDateTime time, LogLevel level, String message, SortedMap<String, Object> fields);

    /** The formatter for a logger block's settings. */
    static LogLineFormatter of(LogSettings settings) {
        return switch (settings.format()) {
            case "json" -> new JsonLineFormatter(settings);
            default -> new LogfmtLineFormatter(settings);
        };
    }
}

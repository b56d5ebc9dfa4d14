package io.camelbenthos.logging;

import io.camelbenthos.bloblang.value.GoJson;
import java.time.ZonedDateTime;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Benthos's {@code json} lines (logrus's JSON formatter): one object whose keys are the fields, the level, the
 * message and, when timestamps are on, the RFC 3339 time, all sorted by key and encoded as Go's {@code json.Marshal}
 * does (so {@code <}, {@code >} and {@code &} are escaped).
 */
final class JsonLineFormatter implements LogLineFormatter {
    private final LogSettings settings;

    JsonLineFormatter(LogSettings settings) {
        this.settings = settings;
    }

    @Override
    public String format(ZonedDateTime time, LogLevel level, String message, SortedMap<String, Object> fields) {
        TreeMap<String, Object> object = new TreeMap<>(fields);
        if (time != null) {
            object.put(settings.timestampName(), RFC3339.format(time));
        }
        object.put(settings.levelName(), level.lineName());
        object.put(settings.messageName(), message);
        return GoJson.encode(object, true);
    }
}

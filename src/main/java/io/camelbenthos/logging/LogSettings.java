package io.camelbenthos.logging;

import io.camelbenthos.config.ComponentConfig;
import java.util.Map;

/**
 * A {@code logger} block: level, line format and field names, static fields and the optional file.
 *
 * @param filePath         "" logs to the standard error stream
 * @param rotateMaxAgeDays with {@code rotate}, rotated files older than this many days are deleted (0: kept)
 */
public record LogSettings(LogLevel level, String format, boolean addTimestamp, String levelName, String timestampName,
                          String messageName, Map<String, String> staticFields, String filePath, boolean rotate,
                          int rotateMaxAgeDays) {
    /** The defaults of a config without a {@code logger} block. */
    public static LogSettings defaults() {
        return new LogSettings(LogLevel.INFO, "logfmt", true, "level", "time", "msg", Map.of("@service", "benthos"),
                "", false, 0);
    }

    /** The settings of a {@code logger} block, its spec's defaults applied. */
    public static LogSettings from(ComponentConfig logger) {
        ComponentConfig file = logger.object("file");
        return new LogSettings(LogLevel.parse(logger.string("level"), LogLevel.INFO), logger.string("format"),
                logger.bool("add_timestamp"), logger.string("level_name"), logger.string("timestamp_name"),
                logger.string("message_name"), Map.copyOf(logger.stringMap("static_fields")), file.string("path"),
                file.bool("rotate"), (int) file.integer("rotate_max_age_days"));
    }

    /** The same settings at another level (a {@code --log.level} flag or a {@code -D} property wins over the block). */
    public LogSettings withLevel(LogLevel newLevel) {
        return new LogSettings(newLevel, format, addTimestamp, levelName, timestampName, messageName, staticFields,
                filePath, rotate, rotateMaxAgeDays);
    }
}

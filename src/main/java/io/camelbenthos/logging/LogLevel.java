package io.camelbenthos.logging;

import java.util.Locale;

/** The levels of a Benthos logger, most severe first, with the names its lines carry (logrus's). */
public enum LogLevel {
    OFF("off"), FATAL("fatal"), ERROR("error"), WARN("warning"), INFO("info"), DEBUG("debug"), TRACE("trace");

    private final String lineName;

    LogLevel(String lineName) {
        this.lineName = lineName;
    }

    /** The value of the level field in a line: {@code warning}, {@code info}, ... */
    public String lineName() {
        return lineName;
    }

    /** True when a line at {@code line} passes a logger set to this level. */
    public boolean admits(LogLevel line) {
        return this != OFF && line.ordinal() <= ordinal();
    }

    /**
     * A Benthos level ({@code OFF NONE FATAL ERROR WARN INFO DEBUG TRACE ALL}) or an slf4j-simple one ({@code off
     * error warn info debug trace}), any case; null or unknown is {@code fallback}.
     */
    public static LogLevel parse(String name, LogLevel fallback) {
        if (name == null) {
            return fallback;
        }
        return switch (name.trim().toUpperCase(Locale.ROOT)) {
            case "OFF", "NONE" -> OFF;
            case "FATAL" -> FATAL;
            case "ERROR" -> ERROR;
            case "WARN", "WARNING" -> WARN;
            case "INFO" -> INFO;
            case "DEBUG" -> DEBUG;
            case "TRACE", "ALL" -> TRACE;
            default -> fallback;
        };
    }
}

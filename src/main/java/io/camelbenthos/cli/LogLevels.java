package io.camelbenthos.cli;

import java.util.Locale;

/** Maps a Benthos log level onto slf4j-simple, the command line's logging backend. */
final class LogLevels {
    static final String PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";

    private LogLevels() {
    }

    /** Sets the default level unless the user already chose one with {@code -D}. */
    static void apply(String benthosLevel) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, toSlf4j(benthosLevel));
        }
    }

    static String toSlf4j(String benthosLevel) {
        return switch (benthosLevel.toUpperCase(Locale.ROOT)) {
            case "OFF", "NONE" -> "off";
            case "FATAL", "ERROR" -> "error";
            case "WARN" -> "warn";
            case "DEBUG" -> "debug";
            case "TRACE", "ALL" -> "trace";
            default -> "info";
        };
    }
}

package io.camelbenthos.cli;

import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.logging.BenthosLogging;
import io.camelbenthos.logging.LogLevel;
import io.camelbenthos.logging.LogSettings;
import java.io.IOException;
import java.util.Locale;

/**
 * Applies the log level and the {@code logger} block. The command line logs through {@link BenthosLogging} (Benthos's
 * line formats); the level also goes to slf4j-simple's property, which that logger honours too, so a {@code -D} the
 * user passes wins either way.
 */
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

    /**
     * Sets the level ({@code overrideLevel}, e.g. {@code --log.level}, else the block's) and, when the command line's
     * logger is the one in use, the block's format, fields and file.
     *
     * @throws IOException when the log file cannot be opened
     */
    static void configure(ComponentConfig logger, String overrideLevel) throws IOException {
        apply(overrideLevel != null ? overrideLevel : logger.string("level"));
        if (BenthosLogging.active()) {
            BenthosLogging.configure(LogSettings.from(logger).withLevel(LogLevel.parse(System.getProperty(PROPERTY), LogLevel.INFO)));
        }
    }

    /** {@link #configure}, telling the user when the log file cannot be opened (then false: nothing may start). */
    static boolean configured(ComponentConfig logger, String overrideLevel, java.io.PrintWriter err) {
        try {
            configure(logger, overrideLevel);
            return true;
        } catch (IOException e) {
            err.println("failed to create logger: " + e);
            return false;
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

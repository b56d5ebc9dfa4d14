package io.camelbenthos.logging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.LoggingEventAware;

/**
 * An SLF4J logger writing Benthos's lines through {@link BenthosLogging}. Its level is its own when one was set for
 * its name (or a parent name), else the logger block's, read at each call so a later {@code configure} applies.
 * Key-value pairs of SLF4J's fluent API ({@code atInfo().addKeyValue(...)}) become fields of the line.
 */
final class BenthosLogger extends LegacyAbstractLogger implements LoggingEventAware {
    private static final long serialVersionUID = 1L;

    private final transient LogLevel own;

    BenthosLogger(String name, LogLevel own) {
        this.name = name;
        this.own = own;
    }

    private LogLevel threshold() {
        return own != null ? own : BenthosLogging.level();
    }

    @Override
    public boolean isTraceEnabled() {
        return threshold().admits(LogLevel.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return threshold().admits(LogLevel.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return threshold().admits(LogLevel.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return threshold().admits(LogLevel.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return threshold().admits(LogLevel.ERROR);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                                               Throwable throwable) {
        BenthosLogging.emit(of(level), MessageFormatter.basicArrayFormat(pattern, arguments), null, throwable);
    }

    @Override
    public void log(LoggingEvent event) {
        if (!threshold().admits(of(event.getLevel()))) {
            return;
        }
        Map<String, Object> fields = null;
        List<KeyValuePair> pairs = event.getKeyValuePairs();
        if (pairs != null && !pairs.isEmpty()) {
            fields = new LinkedHashMap<>();
            for (KeyValuePair pair : pairs) {
                fields.put(pair.key, pair.value);
            }
        }
        BenthosLogging.emit(of(event.getLevel()), MessageFormatter.basicArrayFormat(event.getMessage(),
                event.getArgumentArray()), fields, event.getThrowable());
    }

    private static LogLevel of(Level level) {
        return switch (level) {
            case ERROR -> LogLevel.ERROR;
            case WARN -> LogLevel.WARN;
            case INFO -> LogLevel.INFO;
            case DEBUG -> LogLevel.DEBUG;
            case TRACE -> LogLevel.TRACE;
        };
    }
}

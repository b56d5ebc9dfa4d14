package io.camelbenthos.logging;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;

/**
 * One {@link BenthosLogger} per name. A name's own level comes from slf4j-simple's system properties
 * ({@code org.slf4j.simpleLogger.log.<name or a parent name>}), so the settings users and this project already pass
 * with {@code -D} keep working.
 */
final class BenthosLoggerFactory implements ILoggerFactory {
    static final String LEVEL_PREFIX = "org.slf4j.simpleLogger.log.";

    private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();

    @Override
    public Logger getLogger(String name) {
        return loggers.computeIfAbsent(name, n -> new BenthosLogger(n, ownLevel(n)));
    }

    static LogLevel ownLevel(String name) {
        String n = name;
        while (true) {
            String value = System.getProperty(LEVEL_PREFIX + n);
            if (value != null) {
                return LogLevel.parse(value, null);
            }
            int dot = n.lastIndexOf('.');
            if (dot < 0) {
                return null;
            }
            n = n.substring(0, dot);
        }
    }
}

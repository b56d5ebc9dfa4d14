package io.camelbenthos.logging;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The command line's logger, configured by the config's {@code logger} block: what {@link BenthosLogger}s write
 * through. Until {@link #configure} runs, lines go out with the block's defaults (logfmt on stderr, INFO).
 *
 * <p>A throwable logged with a line becomes its {@code error} field; its stack trace follows the line only at
 * {@code DEBUG} and {@code TRACE} (Benthos never prints one).
 */
public final class BenthosLogging {
    static final String LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";
    static final String STREAM_PROPERTY = "org.slf4j.simpleLogger.logFile";

    // Until configured: the defaults, at the level and on the stream slf4j-simple's properties name (set by -D, or by
    // a command before anything logs)
    private static volatile Output output = Output.of(
            LogSettings.defaults().withLevel(LogLevel.parse(System.getProperty(LEVEL_PROPERTY), LogLevel.INFO)),
            new StreamSink(standardStream()));

    private BenthosLogging() {
    }

    /**
     * Applies a logger block from now on; a sink opened by an earlier call is closed.
     *
     * @throws IOException when the log file cannot be opened (a config error: nothing has started yet)
     */
    public static void configure(LogSettings settings) throws IOException {
        configure(settings, standardStream());
    }

    /** True when SLF4J logs through this logger (the command line), false under an application's own logging. */
    public static boolean active() {
        return org.slf4j.LoggerFactory.getILoggerFactory() instanceof BenthosLoggerFactory;
    }

    /** Standard error, or standard output when slf4j-simple's log-file property says {@code System.out}. */
    private static PrintStream standardStream() {
        return "System.out".equals(System.getProperty(STREAM_PROPERTY)) ? System.out : System.err;
    }

    /** As {@link #configure(LogSettings)}, with lines that go to no file written to {@code standardStream}. */
    public static synchronized void configure(LogSettings settings, PrintStream standardStream) throws IOException {
        Output previous = output;
        output = Output.of(settings, LogSink.of(settings, standardStream));
        previous.sink().close(); // a stream sink only flushes
    }

    /** The level of every logger that has none of its own. */
    public static LogLevel level() {
        return output.settings().level();
    }

    static void emit(LogLevel level, String message, Map<String, Object> keyValues, Throwable error) {
        Output out = output;
        SortedMap<String, Object> fields = new TreeMap<>(out.staticFields());
        if (keyValues != null) {
            fields.putAll(keyValues);
        }
        if (error != null) {
            fields.put("error", error.toString());
        }
        ZonedDateTime time = out.settings().addTimestamp() ? ZonedDateTime.now() : null;
        String line = out.formatter().format(time, level, message == null ? "" : message, fields);
        if (error != null && out.settings().level().admits(LogLevel.DEBUG)) {
            line = line + System.lineSeparator() + stackTrace(error);
        }
        try {
            out.sink().write(line);
        } catch (UncheckedIOException e) {
            System.err.println(line); // a full disk must not take the stream down with it
        }
    }

    private static String stackTrace(Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return trace.toString().stripTrailing();
    }

    private record Output(LogSettings settings, LogLineFormatter formatter, LogSink sink, Map<String, Object> staticFields) {
        static Output of(LogSettings settings, LogSink sink) {
            return new Output(settings, LogLineFormatter.of(settings), sink, Map.copyOf(settings.staticFields()));
        }
    }
}

package io.camelbenthos.bloblang.methods.time;

import io.camelbenthos.bloblang.go.GoPeriod;
import io.camelbenthos.bloblang.go.GoTimeException;
import io.camelbenthos.bloblang.go.GoTimeLayout;
import io.camelbenthos.bloblang.go.GoZones;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.Values;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Supplier;

/** What the timestamp methods share: reading the target as a timestamp, zones and periods, Go error texts. */
final class TimeMethods {
    private TimeMethods() {
    }

    /**
     * The target as a timestamp, Benthos {@code IGetTimestamp}: timestamps, numbers as unix seconds (in the
     * process-local zone) and RFC 3339 strings.
     */
    static ZonedDateTime timestamp(Object target) {
        if (target instanceof String s) {
            // Go time.Parse(time.RFC3339Nano, s): an offset the local zone has at that instant means the local zone.
            return go(() -> GoTimeLayout.parse(GoTimeLayout.RFC3339_NANO, s));
        }
        return Values.getTimestamp(target);
    }

    /** The target as a string (strings and bytes). */
    static String string(Object target) {
        return Values.getString(target);
    }

    /** A {@code tz} argument, loaded like Go's {@code time.LoadLocation}; a bad name fails when the call binds. */
    static ZoneId zone(String tz) {
        try {
            return GoZones.loadLocation(tz);
        } catch (GoTimeException e) {
            throw Errors.failure("failed to parse timezone location name: " + e.getMessage());
        }
    }

    /** An optional {@code tz} argument: null when omitted. */
    static ZoneId optionalZone(String tz) {
        return tz == null ? null : zone(tz);
    }

    /** An ISO-8601 period argument; a bad one fails when the call binds, with the library's message. */
    static GoPeriod period(String iso) {
        return go(() -> GoPeriod.parse(iso));
    }

    /**
     * Runs a Go-time operation, turning its failure into a Bloblang error with Go's exact text. Results beyond what
     * java.time can represent (around year one billion; Go would silently wrap) fail instead of escaping as
     * java.time exceptions.
     */
    static <T> T go(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (GoTimeException e) {
            throw failure(e);
        } catch (DateTimeException | ArithmeticException e) {
            throw Errors.failure("timestamp out of range: %s", e.getMessage());
        }
    }

    private static QueryException failure(GoTimeException e) {
        return Errors.failure(e.getMessage());
    }
}

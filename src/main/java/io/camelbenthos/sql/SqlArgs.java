package io.camelbenthos.sql;

import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.bloblang.go.GoStrconv;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.GoJsonDecoder;
import io.camelbenthos.bloblang.value.JsonNumber;
import io.camelbenthos.bloblang.value.UInt64;
import io.camelbenthos.message.Message;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code args_mapping}: run on a message of a batch, it must give an array (Benthos's texts otherwise), whose values
 * are then bound as the Go drivers pass them: lib/pq sends every value as untyped text, go-sql-driver and sqlite with
 * their types; objects and arrays fail as in Go's {@code database/sql}.
 */
public final class SqlArgs {
    private static final DateTimeFormatter GO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSSSSxxx");

    private SqlArgs() {
    }

    /** Thrown with Benthos's error text when the mapping fails or returns no array. */
    public static final class ArgsException extends Exception {
        private static final long serialVersionUID = 1L;

        ArgsException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The arguments of message {@code index} of {@code batch}; none when {@code mapping} is null.
     *
     * @throws ArgsException the mapping's error, or {@code mapping returned non-structured result: ...} /
     *     {@code mapping returned non-array result: <Go type>}
     */
    public static List<Object> evaluate(Mapping mapping, List<Message> batch, int index) throws ArgsException {
        return evaluate(mapping, batch, index, false);
    }

    /**
     * As {@link #evaluate(Mapping, List, int)}; with {@code query} the mapping's root is taken as it is (Go's
     * {@code Executor.Query}, as the inputs run it), so a string root is a non-array string, not text to parse.
     */
    @SuppressWarnings("unchecked")
    public static List<Object> evaluate(Mapping mapping, List<Message> batch, int index, boolean query)
            throws ArgsException {
        if (mapping == null) {
            return List.of();
        }
        Optional<Message> out;
        try {
            out = mapping.apply(batch, index);
        } catch (BloblangException e) {
            throw new ArgsException(e.getMessage());
        }
        if (out.isEmpty()) {
            // Go: a deleted root queries as nil
            throw new ArgsException("mapping returned non-array result: <nil>");
        }
        Message m = out.get();
        Object value;
        if (m.hasStructuredCache()) {
            value = m.structuredCache();
        } else if (query) {
            value = m.contentAsString();
        } else {
            try {
                value = GoJsonDecoder.decodeFirst(m.content());
            } catch (QueryException e) {
                throw new ArgsException("mapping returned non-structured result: " + e.getMessage());
            }
        }
        if (!(value instanceof List<?> list)) {
            throw new ArgsException("mapping returned non-array result: " + goType(value));
        }
        return (List<Object>) list;
    }

    /** Go's {@code %T} of a Bloblang value. */
    public static String goType(Object v) {
        if (v == null) {
            return "<nil>";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Long) {
            return "int64";
        }
        if (v instanceof Integer) {
            return "int32";
        }
        if (v instanceof Double) {
            return "float64";
        }
        if (v instanceof Float) {
            return "float32";
        }
        if (v instanceof UInt64) {
            return "uint64";
        }
        if (v instanceof JsonNumber) {
            return "json.Number";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof byte[]) {
            return "[]uint8";
        }
        if (v instanceof ZonedDateTime) {
            return "time.Time";
        }
        if (v instanceof Map) {
            return "map[string]interface {}";
        }
        if (v instanceof List) {
            return "[]interface {}";
        }
        return v.getClass().getSimpleName();
    }

    /**
     * Binds {@code args} to {@code st} from parameter 1 on, for {@code driver}.
     *
     * @throws SQLException with Go's {@code sql: converting argument $N type: ...} for objects and arrays
     */
    public static void bind(String driver, PreparedStatement st, List<Object> args) throws SQLException {
        boolean pq = driver.equals("postgres") || driver.equals("pgx");
        for (int i = 0; i < args.size(); i++) {
            Object v = args.get(i);
            int p = i + 1;
            if (v instanceof Map || v instanceof List) {
                String kind = v instanceof Map ? "a map" : "a slice";
                throw new SQLException("sql: converting argument $" + p + " type: unsupported type " + goType(v)
                        + ", " + kind);
            }
            if (v == null) {
                st.setNull(p, Types.NULL);
            } else if (v instanceof byte[] b) {
                st.setBytes(p, b);
            } else if (v instanceof ZonedDateTime t) {
                if (pq) {
                    st.setObject(p, t.toOffsetDateTime());
                } else if (driver.equals("mysql")) {
                    // go-sql-driver sends a time in its loc (UTC by default), without a zone
                    st.setObject(p, t.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
                } else {
                    st.setString(p, t.format(GO_TIME));
                }
            } else if (pq) {
                st.setString(p, text(v)); // lib/pq: text format, type left to the server
            } else if (v instanceof Long l) {
                st.setLong(p, l);
            } else if (v instanceof Integer n) {
                st.setInt(p, n);
            } else if (v instanceof Double d) {
                st.setDouble(p, d);
            } else if (v instanceof Float f) {
                st.setFloat(p, f);
            } else if (v instanceof Boolean b) {
                st.setBoolean(p, b);
            } else {
                st.setString(p, text(v));
            }
        }
    }

    private static String text(Object v) {
        if (v instanceof Double d) {
            return GoStrconv.formatFloat(d, 'f', -1, 64);
        }
        if (v instanceof Float f) {
            return GoStrconv.formatFloat(f, 'f', -1, 32);
        }
        return String.valueOf(v);
    }
}

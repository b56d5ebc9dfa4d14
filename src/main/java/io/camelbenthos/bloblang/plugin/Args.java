package io.camelbenthos.bloblang.plugin;

import io.camelbenthos.bloblang.value.ValueType;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The resolved arguments of one call (Go {@code query.ParsedParams}). Values are already coerced to the declared
 * {@link ParamSpec#type()}: integer → Long, float/number → Double, string → String, bool → Boolean, timestamp →
 * ZonedDateTime, query expression → {@link Query}, unknown → any model value. Omitted optional parameters without a
 * default read as null; use the {@code optional*} getters for them.
 */
public final class Args {
    private final PluginSpec spec;
    private final Object[] values;

    private Args(PluginSpec spec, Object[] values) {
        this.spec = spec;
        this.values = values;
    }

    /** Engine (and plugin tests) use: arguments in declaration order, already coerced. */
    public static Args of(PluginSpec spec, List<?> coercedValues) {
        return new Args(spec, coercedValues.toArray());
    }

    public PluginSpec spec() {
        return spec;
    }

    /** Number of argument slots (declared parameters, or the actual count for variadic plugins). */
    public int size() {
        return values.length;
    }

    /** All values in order (variadic plugins). */
    public List<Object> all() {
        return Collections.unmodifiableList(Arrays.asList(values));
    }

    public Object get(int index) {
        return values[index];
    }

    /** The raw value of a declared parameter (null when omitted without default). */
    public Object get(String name) {
        int i = spec.indexOf(name);
        if (i < 0 || i >= values.length) {
            throw new QueryException("parameter " + name + " not found");
        }
        return values[i];
    }

    /** True when the parameter was given or has a default. */
    public boolean isSet(String name) {
        return get(name) != null;
    }

    public String string(String name) {
        Object v = get(name);
        if (v instanceof String s) {
            return s;
        }
        throw Errors.typeError(v, ValueType.STRING);
    }

    public String optionalString(String name) {
        return get(name) == null ? null : string(name);
    }

    public long int64(String name) {
        Object v = get(name);
        if (v instanceof Long l) {
            return l;
        }
        throw Errors.typeError(v, ValueType.INTEGER);
    }

    public Long optionalInt64(String name) {
        return get(name) == null ? null : int64(name);
    }

    public double float64(String name) {
        Object v = get(name);
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof Long l) {
            return l;
        }
        throw Errors.typeError(v, ValueType.FLOAT);
    }

    public Double optionalFloat64(String name) {
        return get(name) == null ? null : float64(name);
    }

    public boolean bool(String name) {
        Object v = get(name);
        if (v instanceof Boolean b) {
            return b;
        }
        throw Errors.typeError(v, ValueType.BOOL);
    }

    public Boolean optionalBool(String name) {
        return get(name) == null ? null : bool(name);
    }

    public ZonedDateTime timestamp(String name) {
        Object v = get(name);
        if (v instanceof ZonedDateTime t) {
            return t;
        }
        throw Errors.typeError(v, ValueType.TIMESTAMP);
    }

    public ZonedDateTime optionalTimestamp(String name) {
        return get(name) == null ? null : timestamp(name);
    }

    @SuppressWarnings("unchecked") // the value model only holds List<Object>
    public List<Object> array(String name) {
        Object v = get(name);
        if (v instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw Errors.typeError(v, ValueType.ARRAY);
    }

    @SuppressWarnings("unchecked") // the value model only holds Map<String, Object>
    public Map<String, Object> object(String name) {
        Object v = get(name);
        if (v instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw Errors.typeError(v, ValueType.OBJECT);
    }

    /** A query-expression parameter (lambda); never null for a required parameter. */
    public Query query(String name) {
        Object v = get(name);
        if (v instanceof Query q) {
            return q;
        }
        if (v == null) {
            return null;
        }
        throw Errors.typeError(v, ValueType.QUERY);
    }

    @Override
    public String toString() {
        return spec.name() + Arrays.toString(values);
    }
}

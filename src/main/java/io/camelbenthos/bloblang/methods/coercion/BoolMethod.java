package io.camelbenthos.bloblang.methods.coercion;

import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.plugin.TargetMethodPlugin;
import io.camelbenthos.bloblang.value.JsonNumber;
import io.camelbenthos.bloblang.value.UInt64;
import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.bloblang.value.Values;

/** {@code bool(default)}: the target as a bool (Go {@code IToBool}: bools, numbers non-zero, {@code
 * strconv.ParseBool} words); with a default, any failure, including the target's own, yields the default. */
public final class BoolMethod implements TargetMethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("bool")
                .category("Type Coercion")
                .description("Converts a value to a boolean with optional fallback")
                .param(ParamSpec.bool("default", "An optional value to yield if the target cannot be parsed as a boolean.").optional())
                .pure()
                .build();
    }

    @Override
    public FunctionImpl bind(Query target, Args args) {
        Boolean fallback = args.optionalBool("default");
        return ctx -> {
            Object v;
            try {
                v = target.eval(ctx);
            } catch (QueryException e) {
                if (fallback != null) {
                    return fallback;
                }
                throw e;
            }
            Boolean b = toBool(v);
            if (b != null) {
                return b;
            }
            if (fallback != null) {
                return fallback;
            }
            throw Errors.typeErrorFrom(target.annotation(), v, ValueType.BOOL);
        };
    }

    /** Go {@code value.IToBool}; null when the value has no bool reading. */
    static Boolean toBool(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof JsonNumber n) {
            return !n.text().equals("0"); // Go compares the json.Number text with "0"
        }
        if (v instanceof Long || v instanceof Integer || v instanceof UInt64) {
            return Values.getInt(v) != 0;
        }
        if (v instanceof Double || v instanceof Float) {
            return Values.getNumber(v) != 0;
        }
        String s = v instanceof String str ? str : v instanceof byte[] b ? GoUtf8.string(b) : null;
        if (s == null) {
            return null;
        }
        return switch (s) {
            case "1", "t", "T", "TRUE", "true", "True" -> Boolean.TRUE;
            case "0", "f", "F", "FALSE", "false", "False" -> Boolean.FALSE;
            default -> null;
        };
    }
}

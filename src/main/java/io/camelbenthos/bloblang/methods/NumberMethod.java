package io.camelbenthos.bloblang.methods;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.plugin.TargetMethodPlugin;
import io.camelbenthos.bloblang.value.Values;

/**
 * {@code number(default)}: Go {@code IToNumber} (numbers as float64, strings parsed); with a default, any failure
 * (including of the target) yields the default.
 */
public final class NumberMethod implements TargetMethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("number").category("Type Coercion")
                .description("Attempt to parse a value into a number. An optional argument can be provided, in which case if the value cannot be parsed into a number the argument will be returned instead.")
                .param(ParamSpec.float64("default", "An optional value to yield if the target cannot be parsed as a number.").optional())
                .build();
    }

    @Override
    public FunctionImpl bind(Query target, Args args) {
        Double fallback = args.optionalFloat64("default");
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
            try {
                return toNumber(v);
            } catch (QueryException e) {
                if (fallback != null) {
                    return fallback;
                }
                throw e.from(target.annotation());
            }
        };
    }

    /** Go {@code IToFloat64}: numbers widen, strings and bytes are parsed with {@code strconv.ParseFloat}. */
    static double toNumber(Object v) {
        if (v instanceof String || v instanceof byte[]) {
            String s = Values.getString(v);
            try {
                return io.camelbenthos.bloblang.go.GoStrconv.parseFloat(s, 64);
            } catch (IllegalArgumentException e) {
                throw new QueryException(e.getMessage());
            }
        }
        return Values.getNumber(v);
    }
}

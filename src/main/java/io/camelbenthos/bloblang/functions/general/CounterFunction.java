package io.camelbenthos.bloblang.functions.general;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.CallContext;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.plugin.Status;
import io.camelbenthos.bloblang.value.Deleted;
import io.camelbenthos.bloblang.value.Nothing;
import io.camelbenthos.bloblang.value.Values;

/** {@code counter(min, max, set)}: a per-mapping incrementing counter that wraps from max back to min; {@code set} can set, peek ({@code null}) or reset (a deletion). */
public final class CounterFunction implements FunctionPlugin {
    /** The counter of one parsed mapping; min and max are resolved on first use, as in Benthos. */
    private static final class State {
        private boolean started;
        private long min;
        private long max;
        private long current;

        Object next(CallContext ctx, Object minArg, Object maxArg, Query set) {
            if (!started) {
                min = resolve(ctx, minArg, "min");
                if (min < 0) {
                    throw Errors.failure("min argument must be >0, got %d", min);
                }
                max = resolve(ctx, maxArg, "max");
                if (max < 0 || max <= min) {
                    throw Errors.failure("max argument must be >0 and >min, got %d", max);
                }
                current = min - 1;
                started = true;
            }
            if (set != null) {
                Object v = evaluate(ctx, set, "set");
                if (v == null) {
                    return current; // peek
                }
                if (v instanceof Deleted) {
                    current = min - 1;
                } else if (!(v instanceof Nothing)) {
                    long value = asInt(v, "set");
                    current = value;
                    return value;
                }
            }
            long value = ++current;
            if (value >= max) {
                current = min - 1;
            }
            return value;
        }

        private static long resolve(CallContext ctx, Object arg, String name) {
            Object v = arg instanceof Query q ? evaluate(ctx, q, name) : arg;
            return asInt(v, name);
        }

        private static Object evaluate(CallContext ctx, Query q, String name) {
            try {
                return q.eval(ctx);
            } catch (QueryException e) {
                throw Errors.failure("failed to resolve %s argument: %s", name, e.getMessage());
            }
        }

        private static long asInt(Object v, String name) {
            try {
                return Values.getInt(v);
            } catch (QueryException e) {
                throw Errors.failure("failed to resolve %s argument: %s", name, e.getMessage());
            }
        }
    }

    @Override
    public PluginSpec spec() {
        return PluginSpec.function("counter")
                .category("General")
                .status(Status.EXPERIMENTAL)
                .description("Generates an incrementing sequence of integers starting from a minimum value (default 1). Each counter instance maintains its own independent state across message processing. When the maximum value is reached, the counter automatically resets to the minimum.")
                .param(ParamSpec.query("min", "The starting value of the counter. This is the first value yielded. Evaluated once when the mapping is initialized.", true).withDefault(1L))
                .param(ParamSpec.query("max", "The maximum value before the counter resets to min. Evaluated once when the mapping is initialized.", true).withDefault(9223372036854775807L))
                .param(ParamSpec.query("set", "An optional query that controls counter behavior: when it resolves to a non-negative integer, the counter is set to that value; when it resolves to `null`, the counter is read without incrementing; when it resolves to a deletion, the counter resets to min; otherwise the counter increments normally.", false).optional())
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        Object min = args.get("min");
        Object max = args.get("max");
        Query set = args.query("set");
        State state = new State();
        return ctx -> {
            synchronized (state) {
                return state.next(ctx, min, max, set);
            }
        };
    }
}

package io.camelbenthos.bloblang.functions.ids;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.Values;
import java.util.SplittableRandom;

/** {@code random_int(seed, min, max)}: a pseudo-random integer in [min, max] from a generator seeded once per mapping. */
public final class RandomIntFunction implements FunctionPlugin {
    /** The seed is resolved on the first call only, even when it is a dynamic query, as in Benthos. */
    private static long seed(io.camelbenthos.bloblang.plugin.CallContext ctx, Object seed) {
        try {
            Object v = seed instanceof Query q ? q.eval(ctx) : seed;
            return Values.getInt(v);
        } catch (QueryException e) {
            throw Errors.failure("failed to seed random number generator: %s", e.getMessage());
        }
    }

    @Override
    public PluginSpec spec() {
        return PluginSpec.function("random_int")
                .category("General")
                .description("\nGenerates a pseudo-random non-negative 64-bit integer. Use this for creating random IDs, sampling data, or generating test values. Provide a seed for reproducible randomness, or use a dynamic seed like `timestamp_unix_nano()` for unique values per mapping instance.\n\nOptional `min` and `max` parameters constrain the output range (both inclusive). For dynamic ranges based on message data, use the modulo operator instead: `random_int() % dynamic_max + dynamic_min`.")
                .param(ParamSpec.query("seed", "A seed to use, if a query is provided it will only be resolved once during the lifetime of the mapping.", true).withDefault(0L))
                .param(ParamSpec.int64("min", "The minimum value the random generated number will have. The default value is 0.").withDefault(0L).disableDynamic())
                .param(ParamSpec.int64("max", "The maximum value the random generated number will have. The default value is 9223372036854775806 (math.MaxInt64 - 1).").withDefault(9223372036854775806L).disableDynamic())
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        Object seed = args.get("seed");
        long min = args.int64("min");
        long max = args.int64("max");
        if (min < 0) {
            throw Errors.failure("min (%d) must be a positive number", min);
        }
        if (max < min) {
            throw Errors.failure("min (%d) must be smaller or equal than max (%d)", min, max);
        }
        if (max == Long.MAX_VALUE) {
            throw Errors.failure("max must be smaller than the max allowed for an int64 (%d)", Long.MAX_VALUE);
        }
        long bound = max - min + 1;
        SplittableRandom[] generator = new SplittableRandom[1];
        return ctx -> {
            synchronized (generator) {
                if (generator[0] == null) {
                    generator[0] = new SplittableRandom(seed(ctx, seed));
                }
                return generator[0].nextLong(bound) + min;
            }
        };
    }
}

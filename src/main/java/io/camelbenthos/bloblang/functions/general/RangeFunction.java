package io.camelbenthos.bloblang.functions.general;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** {@code range(start, stop, step)}: the integers from start (inclusive) to stop (exclusive), computed once. */
public final class RangeFunction implements FunctionPlugin {
    /** A guard against a mapping exhausting the heap; Go would allocate until it failed. */
    private static final long MAX_ELEMENTS = 100_000_000L;

    @Override
    public PluginSpec spec() {
        return PluginSpec.function("range")
                .category("General")
                .description("Creates an array of integers from start (inclusive) to stop (exclusive) with an optional step. Use this to generate sequences for iteration, indexing, or creating numbered lists.")
                .param(ParamSpec.int64("start", "The start value."))
                .param(ParamSpec.int64("stop", "The stop value."))
                .param(ParamSpec.int64("step", "The step value.").withDefault(1L))
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        long start = args.int64("start");
        long stop = args.int64("stop");
        long step = args.int64("step");
        if (step == 0) {
            throw Errors.failure("step must be greater than or less than 0");
        }
        if (step < 0) {
            if (stop > start) {
                throw Errors.failure("with negative step arg stop (%d) must be <= start (%d)", stop, start);
            }
        } else if (start >= stop) {
            throw Errors.failure("with positive step arg start (%d) must be < stop (%d)", start, stop);
        }
        long size = (stop - start) / step;
        if (size > MAX_ELEMENTS) {
            throw Errors.failure("range of %d elements is too large", size);
        }
        List<Object> values = new ArrayList<>((int) size);
        for (long i = 0; i < size; i++) {
            values.add(start + step * i);
        }
        List<Object> result = Collections.unmodifiableList(values);
        // Callers never mutate values they did not create, so one immutable list serves every call.
        return ctx -> result;
    }
}

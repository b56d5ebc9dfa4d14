package io.camelbenthos.bloblang.functions.general;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** {@code count(name)} (deprecated): a process-wide counter per name, starting at 1. */
public final class CountFunction implements FunctionPlugin {
    /** Shared by every mapping of the process, as Benthos's package-level map is. */
    private static final Map<String, AtomicLong> COUNTERS = new ConcurrentHashMap<>();

    @Override
    public PluginSpec spec() {
        return PluginSpec.function("count")
                .category("Deprecated")
                .status(Status.DEPRECATED)
                .impure()
                .description("The `count` function is a counter starting at 1 which increments after each time it is called. Count takes an argument which is an identifier for the counter, allowing you to specify multiple unique counters in your configuration.")
                .param(ParamSpec.string("name", "An identifier for the counter."))
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        AtomicLong counter = COUNTERS.computeIfAbsent(args.string("name"), k -> new AtomicLong());
        return ctx -> counter.incrementAndGet();
    }
}

package io.camelbenthos.bloblang.functions;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;
import io.camelbenthos.bloblang.value.Values;
import io.camelbenthos.message.Message;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code meta(key)} (deprecated): a metadata value of the input message as a string (null when absent or empty), or
 * all of them as an object of strings.
 */
public final class MetaFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("meta").category("Deprecated").status(Status.DEPRECATED)
                .description("Returns the value of a metadata key from the input message as a string, or null if the key does not exist.")
                .param(ParamSpec.string("key", "An optional key of a metadata value to obtain.").withDefault(""))
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        String key = args.string("key");
        return ctx -> {
            Message m = ctx.message();
            if (key.isEmpty()) {
                Map<String, Object> all = new LinkedHashMap<>();
                if (m != null) {
                    m.metadata().forEach((k, v) -> all.put(k, Values.toGoString(v)));
                }
                return all;
            }
            Object v = m == null ? null : m.metadata().get(key);
            if (v == null) {
                return null;
            }
            String s = Values.toGoString(v);
            return s.isEmpty() ? null : s;
        };
    }
}

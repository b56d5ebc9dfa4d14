package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.ValueType;
import java.util.ArrayList;
import java.util.List;

/** {@code append(...)}: a copy of the array with the arguments added at the end. */
public final class AppendMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("append")
                .category("Object & Array Manipulation")
                .description("Adds one or more elements to the end of an array and returns the new array. The original array is not modified.")
                .variadic()
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        List<Object> extra = args.all();
        return (target, ctx) -> {
            if (!(target instanceof List<?> arr)) {
                throw Errors.typeError(target, ValueType.ARRAY);
            }
            List<Object> out = new ArrayList<>(arr.size() + extra.size());
            out.addAll(arr);
            out.addAll(extra);
            return out;
        };
    }
}

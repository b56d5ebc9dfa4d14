package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.ValueType;
import java.util.ArrayList;
import java.util.List;

/** {@code concat(...)}: the array followed by every argument array. */
public final class ConcatMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("concat")
                .category("Object & Array Manipulation")
                .description("Concatenates an array value with one or more argument arrays.")
                .variadic()
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        List<Object> extra = new ArrayList<>();
        for (Object a : args.all()) {
            if (!(a instanceof List<?> l)) {
                throw Errors.typeError(a, ValueType.ARRAY);
            }
            extra.addAll(l);
        }
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

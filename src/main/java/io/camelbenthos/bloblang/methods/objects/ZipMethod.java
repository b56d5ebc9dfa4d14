package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.ValueType;
import java.util.ArrayList;
import java.util.List;

/** {@code zip(arrays...)}: element-wise tuples of the target and argument arrays, which must be equally long. */
public final class ZipMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("zip")
                .category("Object & Array Manipulation")
                .description("Zip an array value with one or more argument arrays. Each array must match in length.")
                .variadic()
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        List<List<?>> others = new ArrayList<>();
        for (Object a : args.all()) {
            if (!(a instanceof List<?> l)) {
                throw Errors.typeError(a, ValueType.ARRAY);
            }
            if (!others.isEmpty() && l.size() != others.get(0).size()) {
                throw Errors.failure("can't zip different length array values");
            }
            others.add(l);
        }
        return (target, ctx) -> {
            if (!(target instanceof List<?> arr)) {
                throw Errors.typeError(target, ValueType.ARRAY);
            }
            if (others.isEmpty()) {
                throw Errors.failure("zip requires at least one argument");
            }
            if (arr.size() != others.get(0).size()) {
                throw Errors.failure("can't zip different length array values");
            }
            List<Object> out = new ArrayList<>(arr.size());
            for (int i = 0; i < arr.size(); i++) {
                List<Object> tuple = new ArrayList<>(others.size() + 1);
                tuple.add(arr.get(i));
                for (List<?> o : others) {
                    tuple.add(o.get(i));
                }
                out.add(tuple);
            }
            return out;
        };
    }
}

package io.camelbenthos.bloblang.methods;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.ValueType;
import java.util.List;

/** {@code index(i)}: an array element (or a byte of bytes, as a number); negative indexes count from the end. */
public final class IndexMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("index").category("Object & Array Manipulation").pure()
                .description("Extract an element from an array by an index. The index can be negative, and if so the element will be selected from the end counting backwards starting from -1.")
                .param(ParamSpec.int64("index", "The index to obtain from an array."))
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        long index = args.int64("index");
        return (v, ctx) -> {
            if (v instanceof List<?> l) {
                return l.get(resolve(index, l.size()));
            }
            if (v instanceof byte[] b) {
                return (long) (b[resolve(index, b.length)] & 0xff);
            }
            throw Errors.typeError(v, ValueType.ARRAY);
        };
    }

    private static int resolve(long index, int size) {
        long i = index < 0 ? size + index : index;
        if (i < 0 || i >= size) {
            throw Errors.failure("index '" + index + "' was out of bounds for array size: " + size);
        }
        return (int) i;
    }
}

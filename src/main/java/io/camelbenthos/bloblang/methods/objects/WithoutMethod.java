package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.bloblang.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code without(paths...)}: a copy of the object without the given dot paths. */
public final class WithoutMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("without")
                .category("Object & Array Manipulation")
                .description("Returns an object with specified keys removed")
                .variadic()
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        List<List<String>> paths = new ArrayList<>();
        List<Object> all = args.all();
        for (int i = 0; i < all.size(); i++) {
            try {
                paths.add(Gabs.dotPath(Values.getString(all.get(i))));
            } catch (QueryException e) {
                throw e.prefixed("argument " + i);
            }
        }
        return (target, ctx) -> {
            if (!(target instanceof Map<?, ?> obj)) {
                throw Errors.typeError(target, ValueType.OBJECT);
            }
            return Gabs.without(Values.asObject(obj), paths);
        };
    }
}

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

/** {@code with(paths...)}: a copy of the object keeping only the given dot paths. */
public final class WithMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("with")
                .category("Object & Array Manipulation")
                .description("Returns an object where all but one or more xref:configuration:field_paths.adoc[field path] arguments are removed. Each path specifies a specific field to be retained from the input object, allowing for nested fields.\n\nIf a key within a nested path does not exist then it is ignored.")
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
            return Gabs.with(Values.asObject(obj), paths);
        };
    }
}

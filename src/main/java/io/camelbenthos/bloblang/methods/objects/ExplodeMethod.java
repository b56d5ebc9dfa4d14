package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.bloblang.value.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code explode(path)}: one document per element (or key) of the array (or object) at {@code path}, each
 * a copy of the target with that path replaced by the element. */
public final class ExplodeMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("explode")
                .category("Object & Array Manipulation")
                .description("Expands a nested field into multiple documents")
                .param(ParamSpec.string("path", "A xref:configuration:field_paths.adoc[dot path] to a field to explode."))
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        String raw = args.string("path");
        List<String> path = Gabs.dotPath(raw);
        return (target, ctx) -> {
            if (!(target instanceof Map<?, ?> root)) {
                throw Errors.typeError(target, ValueType.OBJECT);
            }
            Object at = Gabs.search(target, path);
            Map<String, Object> copyFrom = Gabs.without(Values.asObject(root), List.of(path));
            if (at instanceof List<?> l) {
                List<Object> out = new ArrayList<>(l.size());
                for (Object ele : l) {
                    out.add(Gabs.set(Values.deepCopy(copyFrom), path, ele));
                }
                return out;
            }
            if (at instanceof Map<?, ?> m) {
                Map<String, Object> out = new LinkedHashMap<>();
                m.forEach((k, ele) -> out.put((String) k, Gabs.set(Values.deepCopy(copyFrom), path, ele)));
                return out;
            }
            throw Errors.failure("expected array or object value at path '" + raw + "', found: " + Values.typeName(at));
        };
    }
}

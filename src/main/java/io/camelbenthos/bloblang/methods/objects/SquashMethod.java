package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.bloblang.value.Values;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code squash()}: the array's objects merged into one, colliding values combined into arrays as
 * {@code merge} does; non-object elements are ignored. */
public final class SquashMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("squash")
                .category("Object & Array Manipulation")
                .description("Squashes an array of objects into a single object, where key collisions result in the values being merged (following similar rules as the `.merge()` method)")
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> {
            if (!(target instanceof List<?> arr)) {
                throw Errors.typeError(target, ValueType.ARRAY);
            }
            Map<String, Object> root = new LinkedHashMap<>();
            for (Object v : arr) {
                Gabs.merge(root, Values.deepCopy(v), Gabs::combine);
            }
            return root;
        };
    }
}

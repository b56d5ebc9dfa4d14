package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

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
        return FieldPathFilter.filter(args, Gabs::without);
    }
}

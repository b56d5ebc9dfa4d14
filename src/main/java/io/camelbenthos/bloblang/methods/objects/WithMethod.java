package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

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
        return FieldPathFilter.filter(args, Gabs::with);
    }
}

package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import java.util.List;

/** {@code get(path)}: the value at a dot path (gabs {@code S}), or null when there is none. */
public final class GetMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("get")
                .category("Object & Array Manipulation")
                .description("Extract a field value, identified via a xref:configuration:field_paths.adoc[dot path], from an object.")
                .param(ParamSpec.string("path", "A xref:configuration:field_paths.adoc[dot path] identifying a field to obtain."))
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        List<String> path = Gabs.dotPath(args.string("path"));
        return (target, ctx) -> Gabs.search(target, path);
    }
}

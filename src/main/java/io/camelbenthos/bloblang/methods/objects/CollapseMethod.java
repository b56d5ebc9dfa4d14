package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code collapse(include_empty)}: gabs {@code Flatten}: one object keyed by dot paths to every leaf. */
public final class CollapseMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("collapse")
                .category("Object & Array Manipulation")
                .description("Flattens a nested structure into a flat object with dot-notation keys")
                .param(ParamSpec.bool("include_empty", "Whether to include empty objects and arrays in the resulting object.").withDefault(Boolean.FALSE))
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        boolean includeEmpty = args.bool("include_empty");
        return (target, ctx) -> Gabs.flatten(target, includeEmpty);
    }
}

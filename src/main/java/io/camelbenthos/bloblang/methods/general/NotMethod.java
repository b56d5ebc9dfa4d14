package io.camelbenthos.bloblang.methods.general;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.ValueType;

/** {@code not()}: the negation of a boolean target. */
public final class NotMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("not")
                .category("General")
                .description("Returns the logical NOT (negation) of a boolean value. Converts true to false and false to true.")
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> {
            if (!(target instanceof Boolean b)) {
                throw Errors.typeError(target, ValueType.BOOL);
            }
            return !b;
        };
    }
}

package io.camelbenthos.bloblang.methods.coercion;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.ValueType;
import java.util.List;
import java.util.Map;

/** {@code not_empty()}: the target unless it is an empty string, array or object. */
public final class NotEmptyMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("not_empty")
                .category("Type Coercion")
                .description("Ensures a value is not empty")
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> {
            if (target instanceof String s) {
                if (s.isEmpty()) {
                    throw Errors.failure("string value is empty");
                }
            } else if (target instanceof List<?> l) {
                if (l.isEmpty()) {
                    throw Errors.failure("array value is empty");
                }
            } else if (target instanceof Map<?, ?> m) {
                if (m.isEmpty()) {
                    throw Errors.failure("object value is empty");
                }
            } else {
                throw Errors.typeError(target, ValueType.STRING, ValueType.ARRAY, ValueType.OBJECT);
            }
            return target;
        };
    }
}

package io.camelbenthos.bloblang.methods;

import io.camelbenthos.bloblang.go.GoStrings;
import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.ValueType;

/**
 * {@code uppercase()}: Go {@code strings.ToUpper} / {@code bytes.ToUpper}, i.e. simple (one-to-one) case mapping
 * ({@code ß} stays); bytes in, bytes out.
 */
public final class UppercaseMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("uppercase").category("String Manipulation").pure()
                .description("Convert a string value into uppercase.").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> {
            if (target instanceof String s) {
                return GoStrings.toUpper(s);
            }
            if (target instanceof byte[] b) {
                return GoUtf8.encode(GoStrings.toUpper(GoUtf8.decode(b)));
            }
            throw Errors.typeError(target, ValueType.STRING);
        };
    }
}

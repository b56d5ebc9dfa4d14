package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code trim(cutset)}: Go {@code strings.TrimSpace} (Unicode spaces), or {@code strings.Trim} with a cutset. */
public final class TrimMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("trim").category("String Manipulation").pure()
                .description("Removes leading and trailing characters from a string")
                .param(ParamSpec.string("cutset", "An optional string of characters to trim from the target value.")
                        .optional())
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        String cutset = args.optionalString("cutset");
        return (target, ctx) -> {
            String s = StringTarget.text(target);
            String trimmed = cutset == null ? GoText.trimSpace(s) : GoText.trim(s, cutset);
            return target instanceof byte[] ? GoUtf8.encode(trimmed) : trimmed;
        };
    }
}

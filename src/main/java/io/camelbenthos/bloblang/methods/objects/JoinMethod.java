package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.ValueType;
import java.util.List;

/** {@code join(delimiter)}: an array of strings (or bytes) joined into one string. */
public final class JoinMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("join")
                .category("Object & Array Manipulation")
                .description("Joins an array of strings with an optional delimiter")
                .param(ParamSpec.string("delimiter", "An optional delimiter to add between each string.").optional())
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        String delim = args.isSet("delimiter") ? args.string("delimiter") : "";
        return (target, ctx) -> {
            if (!(target instanceof List<?> arr)) {
                throw Errors.typeError(target, ValueType.ARRAY);
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < arr.size(); i++) {
                if (i > 0) {
                    sb.append(delim);
                }
                Object e = arr.get(i);
                if (e instanceof String s) {
                    sb.append(s);
                } else if (e instanceof byte[] b) {
                    sb.append(GoUtf8.string(b));
                } else {
                    throw Errors.typeError(e, ValueType.STRING).prefixed("failed to join element " + i);
                }
            }
            return sb.toString();
        };
    }
}

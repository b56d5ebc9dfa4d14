package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.go.GoStrconv;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code unquote()}: Go {@code strconv.Unquote}; failures read {@code invalid syntax} like Go's ErrSyntax. */
public final class UnquoteMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("unquote").category("String Manipulation").pure()
                .description("Removes surrounding quotes and interprets escape sequences").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> {
            String s = StringTarget.text(target);
            try {
                return GoStrconv.unquote(s);
            } catch (IllegalArgumentException e) {
                throw Errors.failure(e.getMessage());
            }
        };
    }
}

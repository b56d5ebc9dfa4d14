package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.formats.FormatException;
import io.camelbenthos.bloblang.formats.JsonPathQuery;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code json_path(expression)}: the result of a JSONPath expression (Goessner syntax) on the target;
 * definite paths give the value, others an array of matches. */
public final class JsonPathMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("json_path")
                .category("Object & Array Manipulation")
                .description("Executes the given JSONPath expression on an object or array and returns the result. The JSONPath expression syntax can be found at https://goessner.net/articles/JsonPath/. For more complex logic, you can use Gval expressions (https://github.com/PaesslerAG/gval).")
                .param(ParamSpec.string("expression", "The JSONPath expression to execute."))
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        JsonPathQuery query;
        try {
            query = JsonPathQuery.compile(args.string("expression"));
        } catch (FormatException e) {
            throw Errors.failure(e.getMessage());
        }
        return (target, ctx) -> {
            try {
                return query.apply(target);
            } catch (FormatException e) {
                throw Errors.failure(e.getMessage());
            }
        };
    }
}

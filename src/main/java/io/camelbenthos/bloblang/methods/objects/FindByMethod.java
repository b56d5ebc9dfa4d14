package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.plugin.Status;
import java.util.List;

/** {@code find_by(query)}: index of the first element for which the query is true, or -1. */
public final class FindByMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("find_by")
                .category("Object & Array Manipulation")
                .status(Status.BETA)
                .description("Searches an array for the first element that satisfies a condition and returns its index. Returns -1 if no element matches the query.")
                .param(ParamSpec.query("query", "A query to execute for each element.", false))
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        Query query = args.query("query");
        return (target, ctx) -> {
            List<Object> first = MatchingIndexes.of(target, true, MatchingIndexes.query(query, ctx));
            return first.isEmpty() ? -1L : first.get(0);
        };
    }
}

package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.plugin.Status;

/** {@code find_all_by(query)}: indexes of every element for which the query is true. */
public final class FindAllByMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("find_all_by")
                .category("Object & Array Manipulation")
                .status(Status.BETA)
                .description("Searches an array for all elements that satisfy a condition and returns an array of their indexes. Returns an empty array if no elements match.")
                .param(ParamSpec.query("query", "A query to execute for each element.", false))
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        Query query = args.query("query");
        return (target, ctx) -> MatchingIndexes.of(target, false, MatchingIndexes.query(query, ctx));
    }
}

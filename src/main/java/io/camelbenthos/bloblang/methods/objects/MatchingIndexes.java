package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.CallContext;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.ValueType;
import java.util.ArrayList;
import java.util.List;

/** The search {@code find_by} and {@code find_all_by} share: indexes of the elements a boolean query accepts. */
final class MatchingIndexes {
    private MatchingIndexes() {
    }

    /**
     * The indexes (as int64) of the array target's elements for which {@code query} is true, in order; with
     * {@code firstOnly} the search stops at the first match, so later elements are never evaluated.
     */
    static List<Object> of(Query query, Object target, CallContext ctx, boolean firstOnly) {
        if (!(target instanceof List<?> arr)) {
            throw Errors.typeError(target, ValueType.ARRAY);
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            Object r;
            try {
                r = query.eval(ctx.withThis(arr.get(i)));
            } catch (QueryException e) {
                throw e.prefixed("query returned an error for index " + i);
            }
            if (!(r instanceof Boolean match)) {
                throw Errors.typeError(r, ValueType.BOOL).prefixed("query returned a non-boolean value for index " + i);
            }
            if (match) {
                out.add((long) i);
                if (firstOnly) {
                    break;
                }
            }
        }
        return out;
    }
}

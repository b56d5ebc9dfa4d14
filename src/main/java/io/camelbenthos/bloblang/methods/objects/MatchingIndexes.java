package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.CallContext;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.ValueType;
import java.util.ArrayList;
import java.util.List;

/** The search {@code find}, {@code find_all}, {@code find_by} and {@code find_all_by} share: matching indexes. */
final class MatchingIndexes {
    private MatchingIndexes() {
    }

    /** Whether the element at an index matches. */
    @FunctionalInterface
    interface ElementTest {
        boolean matches(int index, Object element);
    }

    /**
     * The indexes (as int64) of the array target's elements that match, in order; with {@code firstOnly} the search
     * stops at the first match, so later elements are never tested.
     */
    static List<Object> of(Object target, boolean firstOnly, ElementTest test) {
        if (!(target instanceof List<?> arr)) {
            throw Errors.typeError(target, ValueType.ARRAY);
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            if (test.matches(i, arr.get(i))) {
                out.add((long) i);
                if (firstOnly) {
                    break;
                }
            }
        }
        return out;
    }

    /** A boolean query run against each element, its errors naming the index as Benthos's {@code find_*by} do. */
    static ElementTest query(Query query, CallContext ctx) {
        return (i, element) -> {
            Object r;
            try {
                r = query.evalWith(ctx, element);
            } catch (QueryException e) {
                throw e.prefixed("query returned an error for index " + i);
            }
            if (!(r instanceof Boolean match)) {
                throw Errors.typeError(r, ValueType.BOOL).prefixed("query returned a non-boolean value for index " + i);
            }
            return match;
        };
    }
}

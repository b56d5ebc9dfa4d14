package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.ValueType;
import java.util.List;

/** The loop {@code all} and {@code any} share: test each element, stop at the first decisive answer. */
final class ArrayQuantifier {
    private ArrayQuantifier() {
    }

    /**
     * @param decisive the test result that ends the loop and is returned ({@code false} for all, {@code true} for
     *     any); when no element gives it the result is its negation, and an empty array is always {@code false}
     */
    static MethodImpl quantifier(Query test, boolean decisive) {
        return (target, ctx) -> {
            if (!(target instanceof List<?> arr)) {
                throw Errors.typeError(target, ValueType.ARRAY);
            }
            if (arr.isEmpty()) {
                return false;
            }
            for (int i = 0; i < arr.size(); i++) {
                Object r;
                try {
                    r = test.evalWith(ctx, arr.get(i));
                } catch (QueryException e) {
                    throw e.prefixed("element " + i);
                }
                if (!(r instanceof Boolean b)) {
                    throw Errors.typeError(r, ValueType.BOOL).prefixed("element " + i);
                }
                if (b == decisive) {
                    return decisive;
                }
            }
            return !decisive;
        };
    }
}

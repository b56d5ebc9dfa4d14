package io.camelbenthos.bloblang.methods.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * A merge sort driven by a "less" predicate over indexes, as Go's {@code sort.Slice} is. It never complains about
 * inconsistent user comparisons (Java's TimSort would throw), and stops at the first comparison that throws.
 */
final class StableSort {
    /** Go's {@code less(i, j)} over the current list; may throw a QueryException. */
    @FunctionalInterface
    interface Less {
        boolean less(List<Object> values, int i, int j);
    }

    private StableSort() {
    }

    static List<Object> sort(List<Object> values, Less less) {
        int n = values.size();
        for (int width = 1; width < n; width *= 2) {
            List<Object> merged = new ArrayList<>(n);
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                while (i < mid && j < hi) {
                    // take from the right only when it is strictly less: keeps equal elements in order
                    if (less.less(values, j, i)) {
                        merged.add(values.get(j++));
                    } else {
                        merged.add(values.get(i++));
                    }
                }
                while (i < mid) {
                    merged.add(values.get(i++));
                }
                while (j < hi) {
                    merged.add(values.get(j++));
                }
            }
            values = merged;
        }
        return values;
    }
}

package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.go.GoFmt;
import io.camelbenthos.bloblang.value.Deleted;
import io.camelbenthos.bloblang.value.Nothing;

/** Go {@code %v} and {@code %T} of model values, for the few error texts that print them. */
final class GoDisplay {
    private GoDisplay() {
    }

    /** Go {@code %T}. */
    static String type(Object v) {
        return GoFmt.goTypeName(v);
    }

    /** Go {@code %v}; the delete/nothing sentinels are nil pointers in Go. */
    static String value(Object v) {
        return v == Deleted.INSTANCE || v == Nothing.INSTANCE ? "<nil>" : GoFmt.sprint(v);
    }
}

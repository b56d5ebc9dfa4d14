package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.plugin.FreshResult;
import io.camelbenthos.bloblang.plugin.NewContainerResult;
import io.camelbenthos.bloblang.value.Values;

/**
 * How a plugin's result is made safe to assign ({@link Node#assignable}), decided once from the plugin's markers:
 * a {@link FreshResult} is stored as it is, a {@link NewContainerResult} has only its elements copied, anything else
 * is deep-copied as Go clones every assigned value.
 */
enum ResultCopy {
    NONE, ELEMENTS, DEEP;

    static ResultCopy of(Object plugin) {
        if (plugin instanceof FreshResult) {
            return NONE;
        }
        return plugin instanceof NewContainerResult ? ELEMENTS : DEEP;
    }

    Object apply(Object v) {
        return switch (this) {
            case NONE -> v;
            case ELEMENTS -> Values.deepCopyElements(v);
            case DEEP -> Values.deepCopy(v);
        };
    }
}

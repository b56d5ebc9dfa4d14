package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.plugin.QueryException;

/** Turns unexpected plugin exceptions into query errors, so a plugin bug never escapes as a raw exception. */
final class PluginFailures {
    private PluginFailures() {
    }

    static QueryException wrap(RuntimeException e) {
        if (e instanceof QueryException q) {
            return q;
        }
        if (e instanceof BloblangException) {
            return new QueryException(e.getMessage());
        }
        String msg = e.getMessage();
        return new QueryException(msg == null ? e.getClass().getSimpleName() : msg);
    }
}

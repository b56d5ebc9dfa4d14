package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.QueryException;

/** A method call on an evaluated target; failures get the target's annotation (Go {@code ErrFrom}). */
public final class MethodNode extends Node {
    private final Node target;
    private final MethodPlugin plugin;
    private final ResultCopy resultCopy;
    private final CallArgs args;
    private final MethodImpl bound;
    private final String annotation;

    /** @throws QueryException when binding static arguments fails (a parse error) */
    public MethodNode(Node target, MethodPlugin plugin, CallArgs args) {
        this.target = target;
        this.plugin = plugin;
        this.resultCopy = ResultCopy.of(plugin);
        this.args = args;
        this.annotation = "method " + plugin.spec().name();
        MethodImpl b = null;
        if (!args.isDynamic()) {
            try {
                b = plugin.bind(args.staticArgs());
            } catch (RuntimeException e) {
                throw PluginFailures.wrap(e);
            }
        }
        this.bound = b;
    }

    @Override
    public Object exec(ExecContext ctx) {
        MethodImpl impl = bound;
        if (impl == null) {
            try {
                impl = plugin.bind(args.resolve(ctx));
            } catch (QueryException e) {
                throw e.prefixed("method '" + plugin.spec().name() + "'");
            } catch (RuntimeException e) {
                throw PluginFailures.wrap(e);
            }
        }
        Object v = target.exec(ctx);
        try {
            return impl.apply(v, ctx);
        } catch (QueryException e) {
            throw e.from(target.annotation());
        } catch (RuntimeException e) {
            throw PluginFailures.wrap(e).from(target.annotation());
        }
    }

    @Override
    public Object assignable(Object v) {
        return resultCopy.apply(v);
    }

    @Override
    public String annotation() {
        return annotation;
    }
}

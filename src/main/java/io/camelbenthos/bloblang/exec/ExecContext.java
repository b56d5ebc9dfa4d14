package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.Environment;
import io.camelbenthos.bloblang.plugin.CallContext;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.message.Message;
import java.util.List;
import java.util.Map;

/**
 * The engine's {@link CallContext}: an immutable view binding {@code this}, the message index and named captures over
 * a shared {@link ExecState} and the current {@link Frame}. Derived contexts are cheap to create.
 */
public final class ExecContext implements CallContext {
    /** Marks "this is the lazily parsed input document". */
    private static final Object LAZY_INPUT = new Object();

    final ExecState state;
    final Frame frame;
    private final ExecContext parent;
    private final Object value;
    private final int index;
    private final Named named;

    /** A named capture binding ({@code x -> ...}), as a persistent linked list. */
    record Named(String name, Object value, Named next) {
    }

    private ExecContext(ExecState state, Frame frame, ExecContext parent, Object value, int index, Named named) {
        this.state = state;
        this.frame = frame;
        this.parent = parent;
        this.value = value;
        this.index = index;
        this.named = named;
    }

    /** The top-level context of an execution: {@code this} is the (lazy) input. */
    static ExecContext root(ExecState state, Frame frame) {
        return new ExecContext(state, frame, null, LAZY_INPUT, state.index, null);
    }

    @Override
    public Object thisValue() {
        return current("");
    }

    /** {@code this}, or the no-context error naming {@code fieldPath}. */
    Object current(String fieldPath) {
        if (value == LAZY_INPUT) {
            return state.input(fieldPath);
        }
        return value;
    }

    @Override
    public ExecContext withThis(Object v) {
        return new ExecContext(state, frame, this, v, index, named);
    }

    /** The context {@code this} was pushed onto (Go {@code PopValue}); itself at the bottom. */
    ExecContext pop() {
        return parent == null ? this : parent;
    }

    /** A context where {@code name} is bound to {@code v}, keeping this context's {@code this}. */
    ExecContext withNamed(String name, Object v) {
        return new ExecContext(state, frame, parent, value, index, new Named(name, v, named));
    }

    /** Same value stack and captures, another frame (a map execution with its own root and variables). */
    ExecContext withFrame(Frame f) {
        return new ExecContext(state, f, parent, value, index, named);
    }

    /** The value bound to capture {@code name}. */
    Object named(String name) {
        for (Named n = named; n != null; n = n.next) {
            if (n.name.equals(name)) {
                return n.value;
            }
        }
        throw new QueryException("context label `" + name + "` was not found");
    }

    @Override
    public Object root() {
        return frame.root;
    }

    @Override
    public Message message() {
        List<Message> b = state.batch;
        return index >= 0 && index < b.size() ? b.get(index) : null;
    }

    @Override
    public List<Message> batch() {
        return state.batch;
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public Map<String, Object> metadata() {
        return state.meta;
    }

    @Override
    public ExecContext forMessage(int i) {
        return new ExecContext(state, frame, parent, value, i, named);
    }

    @Override
    public Object applyMap(String mapName, Object target) {
        MapDefinition m = state.maps == null ? null : state.maps.get(mapName);
        if (m == null) {
            throw new QueryException(state.maps == null ? "no maps were found" : "map " + mapName + " was not found");
        }
        return m.apply(withThis(target));
    }

    @Override
    public Environment environment() {
        return state.env;
    }

    @Override
    public Object variable(String name) {
        Object v = frame.vars.get(name);
        if (v == null && !frame.vars.containsKey(name)) {
            throw new QueryException("variable '" + name + "' undefined");
        }
        return v;
    }

    Map<String, Object> vars() {
        return frame.vars;
    }
}

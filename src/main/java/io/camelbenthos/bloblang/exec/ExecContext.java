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
    /**
     * The named capture ({@code x -> ...}) this context made, or null. Captures live in the contexts themselves, a
     * persistent linked list through {@link #outerBindings}, so binding one per element allocates a single object.
     */
    private final String boundName;
    private final Object boundValue;
    /** The innermost context with a capture made before this one's own, or null. */
    private final ExecContext outerBindings;

    private ExecContext(ExecState state, Frame frame, ExecContext parent, Object value, int index,
            String boundName, Object boundValue, ExecContext outerBindings) {
        this.state = state;
        this.frame = frame;
        this.parent = parent;
        this.value = value;
        this.index = index;
        this.boundName = boundName;
        this.boundValue = boundValue;
        this.outerBindings = outerBindings;
    }

    /** The top-level context of an execution: {@code this} is the (lazy) input. */
    static ExecContext root(ExecState state, Frame frame) {
        return new ExecContext(state, frame, null, LAZY_INPUT, state.index, null, null, null);
    }

    /** The innermost context holding a capture visible here (for derived contexts to link to). */
    private ExecContext bindings() {
        return boundName != null ? this : outerBindings;
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
        return new ExecContext(state, frame, this, v, index, null, null, bindings());
    }

    /** The context {@code this} was pushed onto (Go {@code PopValue}); itself at the bottom. */
    ExecContext pop() {
        return parent == null ? this : parent;
    }

    /** A context where {@code name} is bound to {@code v}, keeping this context's {@code this}. */
    ExecContext withNamed(String name, Object v) {
        return new ExecContext(state, frame, parent, value, index, name, v, bindings());
    }

    /** Same value stack and captures, another frame (a map execution with its own root and variables). */
    ExecContext withFrame(Frame f) {
        return new ExecContext(state, f, parent, value, index, null, null, bindings());
    }

    /** The value bound to capture {@code name}. */
    Object named(String name) {
        for (ExecContext c = bindings(); c != null; c = c.outerBindings) {
            if (c.boundName.equals(name)) {
                return c.boundValue;
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
        return new ExecContext(state, frame, parent, value, i, null, null, bindings());
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
        Object v = frame.var(name);
        if (v == null && !frame.hasVar(name)) {
            throw new QueryException("variable '" + name + "' undefined");
        }
        return v;
    }

    Map<String, Object> vars() {
        return frame.vars();
    }
}

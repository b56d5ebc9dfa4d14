package io.camelbenthos.buffer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A step of a buffer's routes working on the buffer's shared state (a {@link BufferSpace}, a {@link SystemWindow}),
 * which is a bean of its own in the Camel registry: the write side and the read side of one buffer find the same
 * state by its id when they start. A JavaBean for export: {@code state} is that registry id.
 *
 * @param <T> the type of the state
 */
public abstract class BufferStep<T> extends ServiceSupport implements CamelContextAware {
    private final Class<T> stateType;
    private String state = "";
    private CamelContext camelContext;
    private volatile T resolved;

    protected BufferStep(Class<T> stateType) {
        this.stateType = stateType;
    }

    public String getState() {
        return state;
    }

    /** The registry id of the buffer's state bean. */
    public void setState(String state) {
        this.state = state;
    }

    @Override
    @JsonIgnore // not a setting: export must not write the context out
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    /** The state, once started. */
    protected T state() {
        return resolved;
    }

    @Override
    protected void doStart() {
        T found = camelContext.getRegistry().lookupByNameAndType(state, stateType);
        if (found == null) {
            throw new IllegalStateException("no " + stateType.getSimpleName() + " bound under '" + state + "'");
        }
        resolved = found;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + state + "]";
    }
}

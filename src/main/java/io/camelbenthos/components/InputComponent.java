package io.camelbenthos.components;

import io.camelbenthos.readiness.ConnectionProbe;
import io.camelbenthos.config.ComponentConfig;

/** An input: adds the route(s) that consume from its source and deliver each message to the pipeline. */
public interface InputComponent extends BenthosComponent {
    /**
     * Adds this input's route(s) to the context. Each route runs the input's own {@code processors}
     * ({@link TranslationContext#appendProcessors}) and then sends to {@link TranslationContext#pipelineEndpoint()};
     * that call returning normally is the ack, an exception the nack (its message is the error text).
     */
    void translate(ComponentConfig config, TranslationContext context);

    /**
     * Where {@code /ready} learns whether this input is connected; null for wrappers (broker, resource) whose
     * children report instead, as Benthos lists them. By default always connected, as Benthos's inputs without a
     * remote peer are.
     */
    default ConnectionProbe connectionProbe(ComponentConfig config) {
        return ConnectionProbe.ALWAYS_CONNECTED;
    }
}

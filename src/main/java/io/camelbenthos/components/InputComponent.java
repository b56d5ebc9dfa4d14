package io.camelbenthos.components;

import io.camelbenthos.config.ComponentConfig;

/** An input: adds the route(s) that consume from its source and deliver each message to the pipeline. */
public interface InputComponent extends BenthosComponent {
    /**
     * Adds this input's route(s) to the context. Each route runs the input's own {@code processors}
     * ({@link TranslationContext#appendProcessors}) and then sends to {@link TranslationContext#pipelineEndpoint()};
     * that call returning normally is the ack, an exception the nack (its message is the error text).
     */
    void translate(ComponentConfig config, TranslationContext context);
}

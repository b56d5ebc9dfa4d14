package io.camelbenthos.components;

import io.camelbenthos.readiness.ConnectionProbe;
import io.camelbenthos.config.ComponentConfig;
import org.apache.camel.model.ProcessorDefinition;

/**
 * An output: appends the steps that deliver the message. The steps completing normally is the ack; an exception is
 * the nack.
 */
public interface OutputComponent extends BenthosComponent {
    /** Appends this output's steps to {@code tail} and returns the new tail. */
    ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context);

    /**
     * Where {@code /ready} learns whether this output is connected; null for wrappers (broker, resource) whose
     * children report instead, as Benthos lists them. By default always connected, as Benthos's outputs without a
     * remote peer are.
     */
    default ConnectionProbe connectionProbe(ComponentConfig config) {
        return ConnectionProbe.ALWAYS_CONNECTED;
    }
}

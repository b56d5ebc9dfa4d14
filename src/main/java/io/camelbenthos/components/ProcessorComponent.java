package io.camelbenthos.components;

import io.camelbenthos.config.ComponentConfig;
import org.apache.camel.model.ProcessorDefinition;

/** A processor: appends its steps to a route. A failure flags the message (error property) and it flows on. */
public interface ProcessorComponent extends BenthosComponent {
    /** Appends this processor's steps to {@code tail} and returns the new tail. */
    ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context);
}

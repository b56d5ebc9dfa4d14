package io.camelbenthos.components;

/**
 * A Benthos input, processor or output: one class declaring its spec and translating itself into Camel's route
 * model. Implementations are found through {@code META-INF/services/io.camelbenthos.components.BenthosComponent}.
 */
public interface BenthosComponent {
    ComponentSpec spec();
}

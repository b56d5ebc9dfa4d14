package io.camelbenthos.components;

import io.camelbenthos.config.ComponentConfig;

/**
 * A buffer type ({@code none}, {@code memory}, {@code system_window}): what sits between the stream's input and its
 * pipeline (processors reference §21). A buffer cuts the stream in two: the input's routes deliver to the endpoint
 * this returns, and the buffer's own routes send its transactions on to the pipeline.
 */
public interface BufferComponent extends BenthosComponent {
    /**
     * Adds the buffer's routes and steps.
     *
     * @param pipeline the endpoint of the pipeline (processors, then the output) the buffer sends its transactions to
     * @return the endpoint the input's routes deliver to ({@code pipeline} itself for {@code none})
     * @throws io.camelbenthos.config.ConfigException for a config this type cannot honour
     */
    String translate(ComponentConfig config, String pipeline, TranslationContext context);
}

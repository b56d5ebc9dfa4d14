package io.camelbenthos.components.processors;

import io.camelbenthos.camel.endpoints.CamelSendStep;
import io.camelbenthos.camel.endpoints.CamelUris;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import org.apache.camel.model.ProcessorDefinition;

/**
 * The start of the {@code camel} output's and processor's steps: each message of the batch on its own
 * ({@link PerMessageBlock}), made a plain Camel message by a {@link CamelSendStep} for the endpoint.
 */
public final class CamelSendBlock {
    private CamelSendBlock() {
    }

    /** The config's {@code uri}, checked ({@link CamelUris#checked}). */
    public static String uri(ComponentConfig config) {
        return CamelUris.checked(config.string("uri"), config.position("uri"));
    }

    /** Opens the per-message block on {@code tail} with the send step in it; append the send, then close it. */
    public static ProcessorDefinition<?> open(String uri, ProcessorDefinition<?> tail, TranslationContext context) {
        ProcessorDefinition<?> each = PerMessageBlock.open(tail, context, "messages");
        String prepare = context.stepId("prepare");
        CamelSendStep step = new CamelSendStep();
        step.setUri(uri);
        each.process(context.bind(prepare, step)).id(prepare);
        return each;
    }
}

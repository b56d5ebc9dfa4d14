package io.camelbenthos.components.inputs;

import io.camelbenthos.components.InputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.source.SourcePump;

/**
 * An input read through a {@link SourcePump} (file, csv, http_client, sequence, read_until): a delivery route (the
 * input's processors, then the pipeline) and a one-shot route that starts the pump. {@code sequence} and
 * {@code read_until} take such inputs as children, building on their pumps' sources.
 */
public interface PumpedInput extends InputComponent {
    /**
     * The pump, its settings from the config (checked: a bad value is a ConfigException at its field).
     *
     * @param deliveryUri where its batches go (the children of a sequence route theirs through their own processors
     *     to it)
     */
    SourcePump pump(ComponentConfig config, TranslationContext context, String deliveryUri);

    @Override
    default void translate(ComponentConfig config, TranslationContext context) {
        String routeId = context.stepId(null);
        String deliveryUri = "direct:" + routeId;
        SourcePump pump = pump(config, context, deliveryUri);
        var tail = context.appendProcessors(context.addRoute(deliveryUri, routeId), config.processors());
        tail.to(context.pipelineEndpoint()).id(context.stepId("deliver"));

        String readerId = context.stepId("reader");
        pump.setTarget(deliveryUri);
        pump.setStreamId(context.streamId());
        context.addRoute("timer:" + readerId + "?repeatCount=1&delay=0", readerId)
                .process(context.bind(readerId, pump)).id(readerId + ".read");
    }
}

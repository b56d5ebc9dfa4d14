package io.camelbenthos.components.inputs;

import io.camelbenthos.bloblang.go.GoDuration;
import io.camelbenthos.bloblang.go.GoTimeException;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.InputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.runtime.InputClosedStep;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RouteDefinition;

/**
 * {@code generate}: a timer route that makes messages from a mapping every {@code interval}, {@code count} times
 * (0: forever), {@code batch_size} messages per tick. The first message comes at once, as in Benthos.
 */
public class GenerateInput implements InputComponent {
    @Override
    public ComponentSpec spec() {
        return ComponentSpec.of("generate", ComponentKind.INPUT, "Generates messages from a Bloblang mapping at an interval.",
                FieldSpec.required("mapping", FieldType.BLOBLANG, "The mapping that creates each message."),
                FieldSpec.of("interval", FieldType.STRING, "1s", "Time between messages; empty means as fast as possible."),
                FieldSpec.of("count", FieldType.INT, 0L, "Messages to generate before the input closes; 0 means no limit."),
                FieldSpec.of("batch_size", FieldType.INT, 1L, "Messages per tick."),
                FieldSpec.of("auto_replay_nacks", FieldType.BOOL, true, "Resend rejected messages.").asAdvanced());
    }

    @Override
    public void translate(ComponentConfig config, TranslationContext context) {
        String interval = config.string("interval").strip();
        long periodMs;
        if (interval.isEmpty()) {
            // Camel's timer needs a positive period; 1 ms is the closest to "as fast as possible".
            periodMs = 1;
        } else {
            String duration = interval.startsWith("@every ") ? interval.substring("@every ".length()) : interval;
            try {
                periodMs = Math.max(1, GoDuration.parse(duration) / 1_000_000);
            } catch (GoTimeException e) {
                throw new ConfigException(config.position("interval"), "interval '" + interval
                        + "' is not supported: use a duration such as 1s (cron expressions are not supported)");
            }
        }
        long count = config.integer("count");
        long batchSize = Math.max(1, config.integer("batch_size"));
        String routeId = context.stepId(null);
        String uri = "timer:" + routeId + "?delay=0&period=" + periodMs + (count > 0 ? "&repeatCount=" + count : "");
        RouteDefinition route = context.addRoute(uri, routeId);
        if (count > 0) {
            // A generate with a count closes once every tick has completed, which can end the stream.
            InputClosedStep closed = new InputClosedStep();
            closed.setStreamId(context.streamId());
            closed.setExpected(count);
            String closedId = context.stepId("closed");
            route.onCompletion().process(context.bind(closedId, closed)).id(closedId).end();
        }
        GenerateStep step = new GenerateStep();
        step.setMapping(config.string("mapping"));
        step.setBatchSize((int) batchSize);
        String stepId = context.stepId("generate");
        // One tick is one transaction: a batch of batch_size messages.
        ProcessorDefinition<?> tail = route.process(context.bind(stepId, step)).id(stepId);
        tail = context.appendProcessors(tail, config.processors());
        tail.to(context.pipelineEndpoint()).id(context.stepId("deliver"));
    }
}

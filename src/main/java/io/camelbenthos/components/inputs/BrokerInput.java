package io.camelbenthos.components.inputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.InputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.components.outputs.BatchPolicyStep;
import io.camelbenthos.components.outputs.BatchingField;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.readiness.ConnectionProbe;
import java.util.List;
import java.util.Optional;
import org.apache.camel.model.ProcessorDefinition;

/**
 * {@code broker} input: every child input is its own route, so each message's ack (and reply) goes back to the
 * child it came from. The broker's own processors run after the children's, in a shared route.
 */
public class BrokerInput implements InputComponent {
    /** None: its children report to /ready themselves (Benthos lists a broker's children, not the broker). */
    @Override
    public ConnectionProbe connectionProbe(ComponentConfig config) {
        return null;
    }

    @Override
    public ComponentSpec spec() {
        return ComponentSpec.of("broker", ComponentKind.INPUT, "Combines several inputs into one stream.",
                FieldSpec.of("copies", FieldType.INT, 1L, "How many times the list of inputs is instantiated.").asAdvanced(),
                FieldSpec.required("inputs", FieldType.INPUT_LIST, "The child inputs."),
                BatchingField.spec("Allows you to configure a batching policy: the messages of several inputs' "
                        + "transactions go on as one batch, acked together.").asAdvanced());
    }

    @Override
    public void translate(ComponentConfig config, TranslationContext context) {
        List<ComponentConfig> inputs = config.components("inputs");
        if (inputs.isEmpty()) {
            throw new ConfigException(config.position("inputs"), "attempting to create broker input type with no inputs");
        }
        String target = context.pipelineEndpoint();
        if (!config.processors().isEmpty()) {
            String routeId = context.stepId(null);
            target = "direct:" + routeId;
            ProcessorDefinition<?> tail = context.addRoute(target, routeId);
            tail = context.appendProcessors(tail, config.processors());
            tail.to(context.pipelineEndpoint()).id(context.stepId("deliver"));
        }
        Optional<BatchPolicyStep> batching = BatchingField.policy(config);
        if (batching.isPresent()) {
            // The output batching policy, with a writer that sends what it completed on as one transaction.
            MergingBatchWriter writer = new MergingBatchWriter();
            writer.setSendUri(target);
            BatchPolicyStep step = batching.get();
            step.setWriter(context.bind(context.stepId("batching.writer"), writer));
            String routeId = context.stepId("batching");
            target = "direct:" + routeId;
            context.addRoute(target, routeId).process(context.bind(routeId + ".policy", step)).id(routeId + ".policy");
        }
        long copies = Math.max(1, config.integer("copies"));
        for (long copy = 0; copy < copies; copy++) {
            for (ComponentConfig child : inputs) {
                context.addInput(child, target);
            }
        }
    }
}

package io.camelbenthos.components.outputs;

import io.camelbenthos.components.ClientEndpointSteps;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.redis.RedisUri;
import org.apache.camel.model.ProcessorDefinition;

/** What the redis outputs share: {@code max_in_flight} and the steps (batching, then the producer). */
final class RedisOutputs {
    private RedisOutputs() {
    }

    static FieldSpec maxInFlight() {
        return FieldSpec.of("max_in_flight", FieldType.INT, 64L,
                "The maximum number of messages to have in flight at a given time.");
    }

    static FieldSpec batching() {
        return BatchingField.spec("Messages are held until a batch is complete; each message then goes out in its "
                + "own pipelined write.");
    }

    /** The output's batching step (when it has one) and its {@code benthos-redis} producer. */
    static ProcessorDefinition<?> append(RedisUri uri, ComponentConfig config, ProcessorDefinition<?> tail,
                                         TranslationContext context) {
        ProcessorDefinition<?> current = config.declares("batching")
                ? BatchingField.append(config, tail, context) : tail;
        return ClientEndpointSteps.appendOutput(uri.toString(), context.stepId(null), current, context);
    }

    static RedisUri uri(ComponentConfig config, TranslationContext context, String type) {
        return new RedisUri(context.stepId(null), type).client(config);
    }
}

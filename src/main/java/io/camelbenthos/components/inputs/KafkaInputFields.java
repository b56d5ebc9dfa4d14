package io.camelbenthos.components.inputs;

import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.components.outputs.BatchPolicyStep;
import io.camelbenthos.components.outputs.BatchingField;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.util.Optional;
import org.apache.camel.model.ProcessorDefinition;

/** Fields, checks and the route shape the Kafka inputs ({@code kafka}, {@code kafka_franz}, {@code redpanda}) share. */
final class KafkaInputFields {
    private KafkaInputFields() {
    }

    static FieldSpec sasl() {
        return FieldSpec.object("sasl", "SASL authentication.",
                FieldSpec.of("mechanism", FieldType.STRING, "none", "SASL mechanism.")
                        .options("none", "PLAIN", "OAUTHBEARER", "SCRAM-SHA-256", "SCRAM-SHA-512"),
                FieldSpec.of("user", FieldType.STRING, "", "User name."),
                FieldSpec.of("password", FieldType.STRING, "", "Password."),
                FieldSpec.of("access_token", FieldType.STRING, "", "OAUTHBEARER token (not supported)."),
                FieldSpec.of("token_cache", FieldType.STRING, "", "OAUTHBEARER token cache (not supported)."),
                FieldSpec.of("token_key", FieldType.STRING, "", "OAUTHBEARER token key (not supported)."));
    }

    static FieldSpec autoReplayNacks() {
        return FieldSpec.of("auto_replay_nacks", FieldType.BOOL, true,
                "Replay a rejected message until it is delivered; false: a rejected message is dropped (committed).");
    }

    static FieldSpec timelyNacks() {
        return FieldSpec.of("timely_nacks_maximum_wait", FieldType.DURATION, null,
                "Not supported; rejected when set.").asAdvanced();
    }

    static FieldSpec extractTracingMap() {
        return FieldSpec.of("extract_tracing_map", FieldType.BLOBLANG, null, "Tracing is not supported; rejected when set.")
                .asAdvanced();
    }

    /** Refuses what the input cannot honour, at lint time, with a clear message. */
    static void rejectUnsupported(ComponentConfig config) {
        for (String field : new String[] {"timely_nacks_maximum_wait", "extract_tracing_map"}) {
            if (config.declares(field) && config.isSet(field)) {
                throw new ConfigException(config.position(field), config.type() + ": " + field + " is not supported");
            }
        }
    }

    /**
     * The input's route: its {@code benthos-kafka:} endpoint (with the input's {@code /ready} state bound), its
     * processors, then the pipeline.
     *
     * <p>With a {@code batching} policy in {@code batchingOwner} the records are held by the output's batch policy
     * step until a batch completes, which then goes on as <b>one</b> transaction ({@link MergingBatchWriter}) through
     * the processors to the pipeline; each record's exchange acks or nacks with it, so the consumer still commits
     * only the contiguous acked prefix of each partition. Unlike Benthos, one policy batches all partitions of the
     * input together (Benthos batches each partition on its own).
     */
    static void route(String uri, ComponentConfig config, ComponentConfig batchingOwner, TranslationContext context) {
        String routeId = context.stepId(null);
        String connection = context.bind(context.stepId("connection"), context.connectionProbe());
        ProcessorDefinition<?> tail = context.addRoute(uri + "&connection=#" + connection, routeId);
        Optional<BatchPolicyStep> batching = batchingOwner.declares("batching")
                ? BatchingField.policy(batchingOwner) : Optional.empty();
        if (batching.isPresent()) {
            String batchedId = context.stepId("batched");
            MergingBatchWriter writer = new MergingBatchWriter();
            writer.setSendUri("direct:" + batchedId);
            BatchPolicyStep step = batching.get();
            step.setWriter(context.bind(context.stepId("batching.writer"), writer));
            String stepId = context.stepId("batching");
            tail.process(context.bind(stepId, step)).id(stepId);
            tail = context.addRoute("direct:" + batchedId, batchedId);
        }
        tail = context.appendProcessors(tail, config.processors());
        tail.to(context.pipelineEndpoint()).id(context.stepId("deliver"));
    }
}

package io.camelbenthos.components.buffers;

import io.camelbenthos.buffer.BufferReadStep;
import io.camelbenthos.buffer.BufferSpace;
import io.camelbenthos.buffer.BufferWriteStep;
import io.camelbenthos.components.BufferComponent;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.components.inputs.MergingBatchWriter;
import io.camelbenthos.components.outputs.BatchPolicyStep;
import io.camelbenthos.components.outputs.OutputRetry;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.util.List;
import java.util.Optional;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RouteDefinition;

/**
 * {@code buffer: memory} (processors reference §21.1): the stream is cut in two by a bounded in-memory queue, a Camel
 * {@code seda:} endpoint between two routes. The input's route ends at {@code direct:<stream>.buffer}, which holds the
 * batch's bytes ({@link BufferWriteStep}, waiting while the buffer is full) and puts a copy on the queue without
 * waiting for it ({@code waitForTaskToComplete=Never}): the input is acked as soon as the batch is in the buffer.
 * The route reading the queue ({@link BufferReadStep}) sends each batch to the pipeline through Benthos's
 * retry-forever loop, so a nacked batch is sent again rather than lost; its bytes are given back once it was acked.
 * With {@code batch_policy.enabled}, whole stored batches are merged by the batch policy step first (and its
 * {@code processors} run on each merged batch).
 */
public final class MemoryBuffer implements BufferComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("memory", ComponentKind.BUFFER, "stable",
            "Stores consumed messages in memory and acknowledges them at the input level. During shutdown Benthos will "
                    + "make a best attempt at flushing all remaining messages before exiting cleanly.",
            List.of(FieldSpec.of("limit", FieldType.INT, 524_288_000L,
                            "The maximum buffer size (in bytes) to allow before applying backpressure upstream."),
                    FieldSpec.object("batch_policy", "Optionally configure a policy to flush buffered messages in batches.",
                            FieldSpec.of("enabled", FieldType.BOOL, false, "Whether to batch messages as they are flushed."),
                            FieldSpec.of("count", FieldType.INT, 0L,
                                    "A number of messages at which the batch should be flushed. If 0 disables count based batching."),
                            FieldSpec.of("byte_size", FieldType.INT, 0L,
                                    "An amount of bytes at which the batch should be flushed. If 0 disables size based batching."),
                            FieldSpec.of("period", FieldType.DURATION, null,
                                    "A period in which an incomplete batch should be flushed regardless of its size."),
                            FieldSpec.of("check", FieldType.BLOBLANG, "",
                                    "A Bloblang query that should return a boolean value indicating whether a message should end a batch."),
                            FieldSpec.of("processors", FieldType.PROCESSOR_LIST, List.of(),
                                    "A list of processors to apply to a batch as it is flushed.").asAdvanced())));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public String translate(ComponentConfig config, String pipeline, TranslationContext context) {
        if (config.integer("limit") <= 0) {
            throw new ConfigException(config.position("limit"), "memory buffer: limit must be greater than 0");
        }
        String id = context.stepId(null);
        BufferSpace space = new BufferSpace();
        space.setLimit(config.integer("limit"));
        String spaceId = context.bind(id + ".space", space);
        String queue = "seda:" + id;

        BufferWriteStep write = new BufferWriteStep();
        write.setState(spaceId);
        write.setPath(config.path());
        String writeUri = "direct:" + id;
        RouteDefinition writeRoute = context.addRoute(writeUri, id);
        String writeId = context.bind(context.uniqueId(id + ".write"), write);
        writeRoute.process(writeId).id(writeId);
        writeRoute.to(queue + "?waitForTaskToComplete=Never").id(context.uniqueId(id + ".enqueue"));

        BufferReadStep read = new BufferReadStep();
        read.setState(spaceId);
        String readId = context.uniqueId(id + ".read");
        ProcessorDefinition<?> readRoute = context.addRoute(queue, readId);
        String releaseId = context.bind(context.uniqueId(readId + ".release"), read);
        readRoute.process(releaseId).id(releaseId);
        String target = OutputRetry.forever(pipeline, context);
        Optional<BatchPolicyStep> policy = policy(config.object("batch_policy"));
        if (policy.isEmpty()) {
            readRoute.to(target).id(context.uniqueId(id + ".send"));
            return writeUri;
        }
        List<ComponentConfig> processors = config.object("batch_policy").components("processors");
        if (!processors.isEmpty()) {
            String processorsId = context.uniqueId(id + ".batch_policy.processors");
            ProcessorDefinition<?> tail = context.appendProcessors(
                    context.addRoute("direct:" + processorsId, processorsId), processors);
            tail.to(target).id(context.uniqueId(processorsId + ".send"));
            target = "direct:" + processorsId;
        }
        MergingBatchWriter writer = new MergingBatchWriter();
        writer.setSendUri(target);
        BatchPolicyStep step = policy.get();
        step.setWriter(context.bind(id + ".batch_policy.writer", writer));
        String policyId = context.bind(context.uniqueId(id + ".batch_policy"), step);
        readRoute.process(policyId).id(policyId);
        return writeUri;
    }

    /** The batch policy when enabled and not a no-op. */
    private static Optional<BatchPolicyStep> policy(ComponentConfig batchPolicy) {
        if (!batchPolicy.bool("enabled")) {
            return Optional.empty();
        }
        return BatchPolicyStep.from(batchPolicy);
    }
}

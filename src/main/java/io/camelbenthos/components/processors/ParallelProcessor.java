package io.camelbenthos.components.processors;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.message.MessageBatch;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.SplitDefinition;
import org.apache.camel.model.language.SimpleExpression;

/**
 * {@code parallel} (processors reference §11.3): like {@code for_each}, but the messages go through the processors
 * concurrently, re-joined into one batch in their original order. A parallel Camel {@code split} over the messages
 * ({@link PerMessageBlock}), which aggregates in split order. With a {@code cap}, the messages go in waves of
 * {@code cap}: a sequential split over slices of the batch, each slice split in parallel.
 */
public final class ParallelProcessor implements ProcessorComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("parallel", ComponentKind.PROCESSOR, "stable",
            "A processor that applies a list of child processors to messages of a batch as though they were each a "
                    + "batch of one message (similar to the for_each processor), but where each message is processed "
                    + "in parallel.",
            List.of(FieldSpec.of("cap", FieldType.INT, 0L,
                            "The maximum number of messages to have processing at a given time."),
                    FieldSpec.required("processors", FieldType.PROCESSOR_LIST,
                            "A list of child processors to apply.")));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        List<ComponentConfig> processors = config.components("processors");
        if (processors.isEmpty()) {
            return tail;
        }
        long cap = config.integer("cap");
        ProcessorDefinition<?> outer = tail;
        if (cap > 0) {
            String id = context.stepId("waves");
            Slices slices = new Slices();
            slices.setSize(cap);
            String ref = context.bind(id + ".slices", slices);
            SplitDefinition waves = new SplitDefinition(new SimpleExpression("${bean:" + ref + "?method=split}"));
            waves.setAggregationStrategy(context.bind(id + ".rejoin", new RejoinStrategy()));
            waves.setId(id);
            tail.addOutput(waves);
            outer = waves;
        }
        SplitDefinition each = PerMessageBlock.open(outer, context, null);
        each.parallelProcessing();
        context.appendProcessors(each, processors);
        if (cap > 0) {
            PerMessageBlock.close(outer, context, "wave");
        }
        return PerMessageBlock.close(tail, context, null);
    }

    /** The split expression's bean: the batch in slices of {@code size} messages. */
    public static class Slices {
        private long size = 1;

        public long getSize() {
            return size;
        }

        public void setSize(long size) {
            this.size = size;
        }

        public List<MessageBatch> split(Exchange exchange) {
            MessageBatch batch = BenthosExchange.batch(exchange);
            List<MessageBatch> out = new ArrayList<>();
            for (int from = 0; from < batch.size(); from += (int) size) {
                out.add(MessageBatch.of(batch.messages().subList(from, (int) Math.min(batch.size(), from + size))));
            }
            return out;
        }

        @Override
        public String toString() {
            return "Slices";
        }
    }
}

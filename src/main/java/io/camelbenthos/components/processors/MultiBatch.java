package io.camelbenthos.components.processors;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.message.MessageBatch;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.SplitDefinition;
import org.apache.camel.model.language.SimpleExpression;

/**
 * What follows a processor that may return several batches ({@code split}, {@code group_by},
 * {@code group_by_value}; processors reference §1.1): a sequential Camel {@code split} over them, returned as the new
 * tail, so the rest of the chain (the later processors and the output) runs once per batch, each batch a transaction
 * of its own. The input transaction completes when all of them did, and is nacked by the first that was
 * ({@link RejoinStrategy}). Nested in a block that re-joins (try, catch, switch, branch, cached), the batches are
 * flattened back into one when the block's chain ends, as in Benthos.
 */
public final class MultiBatch {
    private MultiBatch() {
    }

    /** Appends the split after the step on {@code tail}; append what follows the processor to the returned split. */
    public static SplitDefinition append(ProcessorDefinition<?> tail, TranslationContext context) {
        String id = context.stepId("batches");
        // simple's bean call rather than a method expression: Camel's YAML writer cannot dump the latter
        String parts = context.bind(id + ".parts", new Parts());
        SplitDefinition split = new SplitDefinition(new SimpleExpression("${bean:" + parts + "?method=split}"));
        split.setAggregationStrategy(context.bind(id + ".rejoin", new RejoinStrategy()));
        split.setId(id);
        tail.addOutput(split);
        return split;
    }

    /** The split expression's bean: the step's batches, or the exchange's one batch. */
    public static class Parts {
        public List<MessageBatch> split(Exchange exchange) {
            @SuppressWarnings("unchecked")
            List<MessageBatch> batches = exchange.getProperty(BatchStep.BATCHES, List.class);
            exchange.removeProperty(BatchStep.BATCHES);
            return batches != null ? batches : List.of(BenthosExchange.batch(exchange));
        }

        @Override
        public String toString() {
            return "Batches";
        }
    }
}

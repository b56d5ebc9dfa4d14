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
 * A block whose processors run on each message of the batch as a batch of its own, the results re-joined into one
 * batch in order: Benthos's {@code try}, {@code catch} and {@code switch} (processors reference §1.2, "re-splits into
 * single-message batches and re-joins"). In Camel's terms a sequential {@code split} over
 * {@link MessageBatch#singles()} with {@link RejoinStrategy}; a message its processors drop leaves nothing, and when
 * every message is dropped the step after the split acks the emptied batch. A nack of any message is the block's nack.
 */
public final class PerMessageBlock {
    private PerMessageBlock() {
    }

    /**
     * Appends the split to {@code tail} and returns it: append the block's processors to it, then {@link #close} it.
     *
     * @param hint the suffix of the block's step ids (null: the component's own id)
     */
    public static SplitDefinition open(ProcessorDefinition<?> tail, TranslationContext context, String hint) {
        String id = context.stepId(hint);
        // simple's bean call rather than a method expression: Camel's YAML writer cannot dump the latter
        String singles = context.bind(id + ".singles", new Singles());
        SplitDefinition split = new SplitDefinition(new SimpleExpression("${bean:" + singles + "?method=split}"));
        split.setAggregationStrategy(context.bind(id + ".rejoin", new RejoinStrategy()));
        split.setId(id);
        tail.addOutput(split);
        return split;
    }

    /** Appends, after the split on {@code tail}, the step that acks a batch the block emptied; returns {@code tail}. */
    public static ProcessorDefinition<?> close(ProcessorDefinition<?> tail, TranslationContext context, String hint) {
        String id = context.stepId(hint == null ? "rejoined" : hint + ".rejoined");
        return tail.process(context.bind(id, new Rejoined())).id(id);
    }

    /** The split expression's bean: each message of the exchange's batch as a batch of one. */
    public static class Singles {
        public List<MessageBatch> split(Exchange exchange) {
            return BenthosExchange.batch(exchange).singles();
        }

        @Override
        public String toString() {
            return "Singles";
        }
    }

    /** After the split: a batch left empty is acked here (the route stops), as for any emptied batch. */
    public static class Rejoined implements org.apache.camel.Processor {
        @Override
        public void process(Exchange exchange) {
            if (BenthosExchange.batch(exchange).isEmpty()) {
                BenthosExchange.markDeleted(exchange);
            }
        }

        @Override
        public String toString() {
            return "Rejoined";
        }
    }
}

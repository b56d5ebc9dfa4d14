package io.camelbenthos.components.processors;

import io.camelbenthos.camel.endpoints.CamelReplyMerger;
import io.camelbenthos.camel.endpoints.CamelSendStep;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import org.apache.camel.model.EnrichDefinition;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.language.ConstantExpression;
import org.apache.camel.model.language.SimpleExpression;

/**
 * The {@code camel} processor (this project's): each message is sent request/reply to a Camel endpoint URI (an
 * {@code enrich}, InOut) and the reply replaces it, its headers merged into the metadata, as the {@code http}
 * processor does with a response; a failure flags the unchanged message, which flows on.
 */
public final class CamelProcessor implements ProcessorComponent {
    private static final ComponentSpec SPEC = ComponentSpec.of("camel", ComponentKind.PROCESSOR,
            "Sends each message request/reply to any Apache Camel endpoint URI and replaces it with the reply.",
            FieldSpec.required("uri", FieldType.INTERPOLATED_STRING,
                    "The Camel endpoint URI, e.g. jms:queue:prices; interpolations make it dynamic (its component "
                            + "must be on the class path: run --dep or lib/)."));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        String uri = CamelSendBlock.uri(config);
        ProcessorDefinition<?> each = CamelSendBlock.open(uri, tail, context);
        String id = context.stepId(null);
        EnrichDefinition enrich = new EnrichDefinition();
        enrich.setExpression(CamelSendStep.isDynamic(uri)
                ? new SimpleExpression(CamelSendStep.URI_EXPRESSION) : new ConstantExpression(uri));
        enrich.setAggregationStrategy(context.bind(context.stepId("reply"), new CamelReplyMerger()));
        enrich.setAggregateOnException("true");
        enrich.setId(id);
        each.addOutput(enrich);
        return PerMessageBlock.close(tail, context, "messages");
    }
}

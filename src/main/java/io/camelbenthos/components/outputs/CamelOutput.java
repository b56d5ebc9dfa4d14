package io.camelbenthos.components.outputs;

import io.camelbenthos.camel.endpoints.CamelSendStep;
import io.camelbenthos.camel.endpoints.CamelSentStep;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.components.processors.CamelSendBlock;
import io.camelbenthos.components.processors.PerMessageBlock;
import io.camelbenthos.config.ComponentConfig;
import org.apache.camel.ExchangePattern;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.ToDefinition;
import org.apache.camel.model.ToDynamicDefinition;

/**
 * The {@code camel} output (this project's): each message of the batch, in order, is sent to a Camel endpoint URI
 * (a {@code to}, or a {@code toD} when the URI holds {@code ${! … }} interpolations), acked once the producer
 * completed and nacked by its failure. Without {@code propagate_response} the send is InOnly (a JMS queue gets a
 * plain message); with it the send is InOut and the endpoint's reply is stored as the synchronous response, as
 * http_client's {@code propagate_response} does.
 */
public final class CamelOutput implements OutputComponent {
    private static final ComponentSpec SPEC = ComponentSpec.of("camel", ComponentKind.OUTPUT,
            "Sends each message to any Apache Camel endpoint URI; the metadata become the Camel headers.",
            FieldSpec.required("uri", FieldType.INTERPOLATED_STRING,
                    "The Camel endpoint URI, e.g. jms:queue:orders; interpolations make it dynamic (its component "
                            + "must be on the class path: run --dep or lib/)."),
            FieldSpec.of("propagate_response", FieldType.BOOL, false,
                    "Send request/reply (InOut) and store the endpoint's reply as the synchronous response."));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        String uri = CamelSendBlock.uri(config);
        boolean propagate = config.bool("propagate_response");
        ProcessorDefinition<?> each = CamelSendBlock.open(uri, tail, context);
        String send = context.stepId("send");
        String sent = context.stepId("sent");
        CamelSentStep after = new CamelSentStep();
        after.setPropagateResponse(propagate);
        String pattern = (propagate ? ExchangePattern.InOut : ExchangePattern.InOnly).name();
        if (CamelSendStep.isDynamic(uri)) {
            ToDynamicDefinition to = new ToDynamicDefinition(CamelSendStep.URI_EXPRESSION);
            to.setPattern(pattern);
            to.setId(send);
            each.addOutput(to);
        } else {
            ToDefinition to = new ToDefinition(uri);
            to.setPattern(pattern);
            to.setId(send);
            each.addOutput(to);
        }
        each.process(context.bind(sent, after)).id(sent);
        return PerMessageBlock.close(tail, context, "messages");
    }
}

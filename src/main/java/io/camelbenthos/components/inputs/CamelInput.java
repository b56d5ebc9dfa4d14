package io.camelbenthos.components.inputs;

import io.camelbenthos.camel.endpoints.CamelInputStep;
import io.camelbenthos.camel.endpoints.CamelReplyStrategy;
import io.camelbenthos.camel.endpoints.CamelUris;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.InputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import org.apache.camel.model.EnrichDefinition;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.language.ConstantExpression;

/**
 * The {@code camel} input (this project's, not Benthos's): any Camel endpoint as a Benthos input. The route is
 * {@code from(uri)}, a {@link CamelInputStep} making the message a batch, then an enrich of a route of its own that
 * runs the input's processors and the pipeline: the exchange completing is the ack (the consumer commits, acks or
 * moves the file), a failure the nack (rollback, redelivery). Being an enrich, the transaction may be emptied (every
 * message deleted) and the {@link CamelReplyStrategy} still answers a request/reply consumer, with the
 * {@code sync_response} settings of http_server.
 */
public final class CamelInput implements InputComponent {
    private static final ComponentSpec SPEC = ComponentSpec.of("camel", ComponentKind.INPUT,
            "Consumes from any Apache Camel endpoint URI; a request/reply consumer is answered with the sync response.",
            FieldSpec.required("uri", FieldType.STRING,
                    "The Camel endpoint URI to consume from, e.g. jms:queue:orders (its component must be on the "
                            + "class path: run --dep or lib/)."),
            HttpServerInput.syncResponseField());

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public void translate(ComponentConfig config, TranslationContext context) {
        String uri = CamelUris.checked(config.string("uri"), config.position("uri"));
        String id = context.stepId(null);
        String adopt = context.stepId("adopt");
        String reply = context.stepId("reply");
        String transaction = "direct:" + context.stepId("transaction");
        RouteDefinition route = context.addRoute(uri, id);
        route.process(context.bind(adopt, new CamelInputStep())).id(adopt);
        EnrichDefinition enrich = new EnrichDefinition();
        enrich.setExpression(new ConstantExpression(transaction));
        enrich.setAggregationStrategy(context.bind(reply, replyStrategy(config.object("sync_response"))));
        enrich.setId(context.stepId("enrich"));
        route.addOutput(enrich);
        RouteDefinition body = context.addRoute(transaction, context.stepId("transaction"));
        ProcessorDefinition<?> tail = context.appendProcessors(body, config.processors());
        tail.to(context.pipelineEndpoint());
    }

    private static CamelReplyStrategy replyStrategy(ComponentConfig sync) {
        CamelReplyStrategy strategy = new CamelReplyStrategy();
        strategy.setStatus(sync.string("status"));
        if (sync.isSet("headers")) { // a map given replaces the default Content-Type entirely, as for http_server
            strategy.setHeaders(sync.stringMap("headers"));
        }
        ComponentConfig meta = sync.object("metadata_headers");
        strategy.setMetadataPrefixes(meta.stringList("include_prefixes"));
        strategy.setMetadataPatterns(meta.stringList("include_patterns"));
        return strategy;
    }
}

package io.camelbenthos.components.processors;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.util.List;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RouteDefinition;

/**
 * {@code branch} (processors reference §2): a copy of the message, shaped by {@code request_map}, goes through the
 * child processors, and {@code result_map} maps what comes back onto the original. In Camel's terms it is an
 * {@code enrich} of a route of its own: the request step and the children form the resource route, the result map is
 * the aggregation strategy. Enrich sends a copy and waits asynchronously, so a child waiting on I/O holds no thread.
 */
public final class BranchProcessor implements ProcessorComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("branch", ComponentKind.PROCESSOR, "stable",
            "The branch processor allows you to create a new request message via a Bloblang mapping, execute a list "
                    + "of processors on the request messages, and, finally, map the result back into the source "
                    + "message using another mapping.",
            List.of(
                    FieldSpec.of("request_map", FieldType.BLOBLANG, "",
                            "A Bloblang mapping that describes how to create a request payload suitable for the "
                                    + "child processors of this branch. If left empty then the branch will begin "
                                    + "with an exact copy of the origin message (including metadata)."),
                    FieldSpec.required("processors", FieldType.PROCESSOR_LIST,
                            "A list of processors to apply to mapped requests. When processing message batches the "
                                    + "resulting batch must match the size and ordering of the input batch, "
                                    + "therefore filtering, grouping should not be performed within these "
                                    + "processors."),
                    FieldSpec.of("result_map", FieldType.BLOBLANG, "",
                            "A Bloblang mapping that describes how the resulting messages from branched processing "
                                    + "should be mapped back into the original payload. If left empty the origin "
                                    + "message will remain unchanged (including metadata).")));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        String uri = requestRoute(config, new BranchRequestStep(), context.stepId("route"), context.stepId("request"),
                context);
        BranchResultStrategy result = new BranchResultStrategy();
        result.setResultMap(config.string("result_map"));
        result.setPath(context.path());
        String id = context.stepId(null);
        String resultId = context.bind(context.stepId("result"), result);
        tail.addOutput(RouteEnrich.of(uri, resultId, id));
        return tail;
    }

    /**
     * Adds the route of a branch ({@code request_map}, {@code processors} and {@code result_map} fields, here or in
     * a {@code workflow}): the {@code request} step, then the children; returns its endpoint.
     */
    static String requestRoute(ComponentConfig branch, BranchRequestStep request, String routeId, String requestId,
                               TranslationContext context) {
        List<ComponentConfig> processors = branch.components("processors");
        if (processors.isEmpty()) {
            throw new ConfigException(branch.position("processors"),
                    "the branch processor requires at least one child processor");
        }
        String uri = "direct:" + routeId;
        RouteDefinition route = context.addRoute(uri, routeId);
        request.setRequestMap(branch.string("request_map"));
        context.appendProcessors(route.process(context.bind(requestId, request)).id(requestId), processors);
        return uri;
    }

    /** The fields of a branch, shared with {@code workflow}'s {@code branches}. */
    static List<FieldSpec> fields() {
        return SPEC.fields();
    }
}

package io.camelbenthos.components.processors;

import io.camelbenthos.cache.TtlField;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import java.util.List;
import org.apache.camel.model.FilterDefinition;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.language.SimpleExpression;

/**
 * {@code cached} (processors reference §5): the result of the child processors is kept in a cache under a key, so a
 * message whose key is cached gets the stored content instead of running them. In Camel's terms: a
 * {@link CachedLookupStep} answers hits itself and marks misses; a miss goes through an {@code enrich} of a route of
 * its own holding the children, and {@link CachedResultStrategy} makes their result the message and stores it. As
 * with {@code branch}, a child waiting on I/O holds no thread.
 */
public final class CachedProcessor implements ProcessorComponent {
    private static final String MISSED = "${exchangeProperty." + CachedLookupStep.MISS + "} != null";

    private static final ComponentSpec SPEC = new ComponentSpec("cached", ComponentKind.PROCESSOR, "stable",
            "Cache the result of applying one or more processors to messages identified by a key. If the key already "
                    + "exists within the cache the contents of the message will be replaced with the cached result "
                    + "instead of applying the processors.",
            List.of(
                    FieldSpec.required("cache", FieldType.CACHE_LABEL,
                            "The cache resource to read and write processor results from."),
                    FieldSpec.of("skip_on", FieldType.BLOBLANG, null,
                            "A condition that can be used to skip caching the results from the processors."),
                    FieldSpec.required("key", FieldType.INTERPOLATED_STRING,
                            "A key to be resolved for each message, if the key already exists in the cache then the "
                                    + "cached result is used, otherwise the processors are applied and the result is "
                                    + "cached under this key."),
                    FieldSpec.of("ttl", FieldType.INTERPOLATED_STRING, null,
                            "An optional expiry period to set for each cache entry. Some caches only have a general "
                                    + "TTL and will therefore ignore this setting."),
                    FieldSpec.required("processors", FieldType.PROCESSOR_LIST,
                            "The list of processors whose result will be cached.")));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        boolean hasTtl = config.isSet("ttl");
        if (hasTtl) {
            TtlField.checkLiteral(config, config.string("ttl"), "failed to parse ttl expression: ", false);
        }
        String cacheRef = context.cacheBean(config.string("cache"));

        String routeId = context.stepId("route");
        String uri = "direct:" + routeId;
        RouteDefinition route = context.addRoute(uri, routeId);
        context.appendProcessors(route, config.components("processors"));

        CachedLookupStep lookup = new CachedLookupStep();
        lookup.setCacheRef(cacheRef);
        lookup.setKey(config.string("key"));
        lookup.setTtl(hasTtl ? config.string("ttl") : null);
        String lookupId = context.stepId("lookup");

        CachedResultStrategy result = new CachedResultStrategy();
        result.setCacheRef(cacheRef);
        result.setSkipOn(config.isSet("skip_on") ? config.string("skip_on") : "");
        String resultId = context.bind(context.stepId("result"), result);
        String id = context.stepId(null);
        // cached is a per-message processor: each message looks up and, on a miss, runs the children on its own.
        ProcessorDefinition<?> each = PerMessageBlock.open(tail, context, "messages");
        FilterDefinition missed = each.process(context.bind(lookupId, lookup)).id(lookupId)
                .filter(new SimpleExpression(MISSED));
        missed.id(context.stepId("miss"));
        missed.addOutput(RouteEnrich.of(uri, resultId, id));
        return PerMessageBlock.close(tail, context, "messages");
    }
}

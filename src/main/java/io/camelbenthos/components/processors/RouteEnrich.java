package io.camelbenthos.components.processors;

import org.apache.camel.model.EnrichDefinition;
import org.apache.camel.model.language.ConstantExpression;

/**
 * The {@code enrich} step of a processor that sends a copy of the message through a route of its own and maps the
 * result back with an aggregation strategy bean ({@code branch}, {@code cached}). Built as a definition with a plain
 * constant expression rather than with {@code enrich().constant(uri)}: the DSL's expression clause is not dumped by
 * Camel's YAML writer, so the exported step would lose its endpoint.
 */
final class RouteEnrich {
    private RouteEnrich() {
    }

    /**
     * @param strategyRef the registry id of the {@link org.apache.camel.AggregationStrategy}, which also sees a copy
     *                    that failed (aggregateOnException)
     */
    static EnrichDefinition of(String uri, String strategyRef, String id) {
        EnrichDefinition enrich = new EnrichDefinition();
        enrich.setExpression(new ConstantExpression(uri));
        enrich.setAggregationStrategy(strategyRef);
        enrich.setAggregateOnException("true");
        enrich.setId(id);
        return enrich;
    }
}

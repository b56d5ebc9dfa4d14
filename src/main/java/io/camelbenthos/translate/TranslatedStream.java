package io.camelbenthos.translate;

import io.camelbenthos.config.StreamConfig;
import java.util.List;
import java.util.Map;
import org.apache.camel.model.RouteDefinition;

/**
 * One stream translated into Camel's route model: the route definitions plus the named beans (bean id → JavaBean)
 * they reference by id. Export dumps both as Camel YAML DSL ({@code beans:} and the routes).
 */
public record TranslatedStream(String id, StreamConfig config, List<RouteDefinition> routes, Map<String, Object> beans) {
}

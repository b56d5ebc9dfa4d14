package io.camelbenthos.camel.loader;

import io.camelbenthos.config.ConfigException;
import io.camelbenthos.config.Position;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;

/**
 * Stands in for the real translation: a config whose text contains {@code broken} fails at line 2, anything else
 * becomes a {@code direct:<file name>} route answering {@code benthos:<location>}.
 */
final class FakeTranslator implements BenthosTranslator {
    final List<String> translated = new ArrayList<>();

    @Override
    public RoutesBuilder translate(String location, String yamlText) {
        translated.add(location);
        if (yamlText.contains("broken")) {
            throw new ConfigException(new Position(location, 2, 3), "field broken not recognised");
        }
        String name = location.substring(location.lastIndexOf('/') + 1);
        String stream = name.substring(0, name.indexOf('.'));
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:" + stream).routeId(stream).setBody(constant("benthos:" + location));
            }
        };
    }
}
